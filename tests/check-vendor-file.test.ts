import { describe, expect, it } from 'vitest';
import { checkVendorFile } from '../action/src/core/validate/check-vendor-file.js';
import type { Finding } from '../action/src/core/types/findings.js';
import { MINIMAL_VENDOR, vendorWithLine } from './fixtures/minimal-vendor.js';

const FILE = 'vendors/sample.yaml';

function check(text: string): Finding[] {
  return checkVendorFile({ path: FILE, text }).findings;
}

/** The parts of a finding a user reads: where, what kind. */
function where(findings: Finding[]) {
  return findings.map(({ code, line, column }) => ({ code, line, column }));
}

describe('a valid vendor file', () => {
  it('has no findings and yields typed data', () => {
    const result = checkVendorFile({ path: FILE, text: MINIMAL_VENDOR });
    expect(result.findings).toEqual([]);
    expect(result.vendor?.data.team_scale?.support_headcount).toBe(40);
  });
});

describe('YAML that is not one plain YAML 1.2 document', () => {
  it('reports a duplicate key at the second occurrence', () => {
    const findings = check(vendorWithLine(4, 'name: A\nid: again'));
    expect(where(findings)).toEqual([{ code: 'yaml-duplicate-key', line: 5, column: 1 }]);
    expect(findings[0]!.message).toBe('The key `id` appears twice in the same mapping.');
  });

  it('refuses aliases and anchors', () => {
    const findings = check(vendorWithLine(4, 'name: &n Sample\nwebsite: *n'));
    expect(where(findings)).toEqual([
      { code: 'yaml-alias', line: 4, column: 7 },
      { code: 'yaml-alias', line: 5, column: 10 },
    ]);
    expect(findings[1]!.message).toContain('*n');
  });

  it('refuses unknown and YAML 1.1 tags', () => {
    expect(where(check(vendorWithLine(4, 'name: !secret Sample')))).toEqual([{ code: 'yaml-unknown-tag', line: 4, column: 7 }]);
    const binary = check(vendorWithLine(4, 'name: !!binary U2FtcGxl'));
    expect(where(binary)).toEqual([{ code: 'yaml-unknown-tag', line: 4, column: 7 }]);
    expect(binary[0]!.message).toBe('The tag !!binary is not allowed; only plain YAML values are read.');
  });

  it('refuses a second document at its separator', () => {
    const findings = check(`${MINIMAL_VENDOR}---\nid: other\n`);
    expect(where(findings)).toEqual([{ code: 'yaml-multiple-documents', line: 20, column: 1 }]);
  });

  it('refuses a %YAML 1.1 directive', () => {
    const findings = check(`%YAML 1.1\n---\n${MINIMAL_VENDOR}`);
    expect(where(findings)).toEqual([{ code: 'yaml-version', line: 1, column: 1 }]);
    expect(findings[0]!.hint).toContain('true`/`false');
  });

  it('reports an empty file, and a file of comments only', () => {
    expect(where(check(''))).toEqual([{ code: 'file-empty', line: 1, column: 1 }]);
    expect(where(check('# nothing yet\n'))).toEqual([{ code: 'file-empty', line: 1, column: 1 }]);
  });

  it('refuses a file over the size cap without parsing it', () => {
    const findings = check(`${MINIMAL_VENDOR}notes: "${'x'.repeat(300 * 1024)}"\n`);
    expect(where(findings)).toEqual([{ code: 'file-too-large', line: 1, column: 1 }]);
  });

  it('reports a syntax error with its position instead of crashing', () => {
    const findings = check(vendorWithLine(17, '  support_headcount: [40'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'yaml-syntax', file: FILE });
    expect(findings[0]!.line).toBeGreaterThanOrEqual(17);
    expect(check(vendorWithLine(17, '\tsupport_headcount: 40'))[0]).toMatchObject({ code: 'yaml-syntax', line: 17, column: 1 });
  });
});

describe('schema errors point at the offending node', () => {
  it('a typo in a key: one finding at that key with a did-you-mean hint', () => {
    const findings = check(vendorWithLine(17, '  suport_headcount: 40'));
    expect(where(findings)).toEqual([{ code: 'schema-unknown-key', line: 17, column: 3 }]);
    expect(findings[0]!.message).toBe('`team_scale` has no property `suport_headcount`.');
    expect(findings[0]!.hint).toBe('Did you mean `support_headcount`?');
  });

  it('a missing property points at its parent mapping', () => {
    const findings = check(vendorWithLine(10, ''));
    expect(where(findings)).toEqual([{ code: 'schema-required', line: 6, column: 1 }]);
    expect(findings[0]!.message).toBe('`evaluation` is missing the required property `review_by`.');
    expect(findings[0]!.hint).toMatch(/^Add `review_by:`/);
  });

  it('a missing top-level property points at the first key of the document', () => {
    const findings = check(vendorWithLine(5, ''));
    expect(where(findings)).toEqual([{ code: 'schema-required', line: 2, column: 1 }]);
    expect(findings[0]!.message).toBe('The required property `category` is missing.');
  });

  it('an enum error lists the allowed values and suggests the closest', () => {
    const findings = check(vendorWithLine(18, '  coverage: 24x7-hours'));
    expect(where(findings)).toEqual([{ code: 'schema-enum', line: 18, column: 13 }]);
    expect(findings[0]!.message).toBe('`team_scale.coverage` is "24x7-hours"; it must be one of: 24x7, extended, business-hours.');
  });

  it('a wrong type says what was expected and how to write it', () => {
    const findings = check(vendorWithLine(17, '  support_headcount: "forty"'));
    expect(where(findings)).toEqual([{ code: 'schema-type', line: 17, column: 22 }]);
    expect(findings[0]!.message).toBe('`team_scale.support_headcount` must be an integer, not a string ("forty").');
    expect(findings[0]!.hint).toBe('Write the number without quotes or units.');
  });

  it('an impossible date is a format error at the date', () => {
    const findings = check(vendorWithLine(9, '  evaluated_on: "2026-02-30"'));
    expect(where(findings)).toEqual([{ code: 'schema-format', line: 9, column: 17 }]);
    expect(findings[0]!.message).toContain('not a real calendar date');
  });

  it('a negative count is a range error', () => {
    expect(where(check(vendorWithLine(17, '  support_headcount: -3')))).toEqual([{ code: 'schema-range', line: 17, column: 22 }]);
  });

  it('a key with no value points at the key', () => {
    expect(where(check(vendorWithLine(18, '  coverage:')))).toEqual([{ code: 'schema-type', line: 18, column: 3 }]);
  });
});

describe('rules across fields', () => {
  it('the id must equal the file name stem', () => {
    const findings = checkVendorFile({ path: 'vendors/other.yaml', text: MINIMAL_VENDOR }).findings;
    expect(where(findings)).toEqual([{ code: 'id-mismatch', line: 3, column: 5 }]);
    expect(findings[0]!.hint).toBe('Rename the file to `sample.yaml`, or set `id: other`.');
  });

  it('every cited evidence id must exist', () => {
    const findings = check(vendorWithLine(19, '  evidence: [E1, E2]'));
    expect(where(findings)).toEqual([{ code: 'evidence-unknown', line: 19, column: 18 }]);
    expect(findings[0]!.hint).toBe('Did you mean `E1`? Otherwise add it under `evidence:`.');
  });

  it('the review date must come after the evaluation date', () => {
    const findings = check(vendorWithLine(10, '  review_by: "2026-08-01"'));
    expect(where(findings)).toEqual([{ code: 'date-order', line: 10, column: 14 }]);
  });

  it('a rating must name a listed evaluator', () => {
    const text = `${MINIMAL_VENDOR}ratings:\n  - criterion: support-professionalism\n    evaluator: 王方\n    score: 4\n    justification: Clear answers.\n`;
    const findings = check(text);
    expect(where(findings)).toEqual([{ code: 'rating-unknown-evaluator', line: 22, column: 16 }]);
    expect(findings[0]!.hint).toBe('Did you mean `王芳`?');
  });
});
