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
    expect(where(findings)).toEqual([{ code: 'yaml-multiple-documents', line: 26, column: 1 }]);
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
    const findings = check(vendorWithLine(18, '  support_headcount: [40'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'yaml-syntax', file: FILE });
    expect(findings[0]!.line).toBeGreaterThanOrEqual(18);
    expect(check(vendorWithLine(18, '\tsupport_headcount: 40'))[0]).toMatchObject({ code: 'yaml-syntax', line: 18, column: 1 });
  });
});

describe('schema errors point at the offending node', () => {
  it('a typo in a key: one finding at that key with a did-you-mean hint', () => {
    const findings = check(vendorWithLine(18, '  suport_headcount: 40'));
    expect(where(findings)).toEqual([{ code: 'schema-unknown-key', line: 18, column: 3 }]);
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
    const findings = check(vendorWithLine(24, '      critical: 24x7-hours'));
    expect(where(findings)).toEqual([{ code: 'schema-enum', line: 24, column: 17 }]);
    expect(findings[0]!.message).toBe('`support_plans[0].hours.critical` is "24x7-hours"; it must be one of: 24x7, extended, business-hours.');
  });

  it('a wrong type says what was expected and how to write it', () => {
    const findings = check(vendorWithLine(18, '  support_headcount: "forty"'));
    expect(where(findings)).toEqual([{ code: 'schema-type', line: 18, column: 22 }]);
    expect(findings[0]!.message).toBe('`team_scale.support_headcount` must be an integer, not a string ("forty").');
    expect(findings[0]!.hint).toBe('Write the number without quotes or units.');
  });

  it('an impossible date is a format error at the date', () => {
    const findings = check(vendorWithLine(9, '  evaluated_on: "2026-02-30"'));
    expect(where(findings)).toEqual([{ code: 'schema-format', line: 9, column: 17 }]);
    expect(findings[0]!.message).toContain('not a real calendar date');
  });

  it('a negative count is a range error', () => {
    expect(where(check(vendorWithLine(18, '  support_headcount: -3')))).toEqual([{ code: 'schema-range', line: 18, column: 22 }]);
  });

  it('a key with no value points at the key', () => {
    expect(where(check(vendorWithLine(24, '      critical:')))).toEqual([{ code: 'schema-type', line: 24, column: 7 }]);
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
    expect(where(findings)).toEqual([{ code: 'rating-unknown-evaluator', line: 28, column: 16 }]);
    expect(findings[0]!.hint).toBe('Did you mean `王芳`?');
  });
});

describe('schema version 1', () => {
  it('is one finding at schema_version that says to migrate, not an error per moved field', () => {
    const findings = check(vendorWithLine(2, 'schema_version: "1"'));
    expect(findings).toEqual([
      {
        code: 'schema-version-old',
        severity: 'error',
        file: FILE,
        line: 2,
        column: 17,
        endLine: 2,
        endColumn: 20,
        message: 'This file is written for schema version 1; vendor-review now reads version 2, where the support terms belong to support plans.',
        hint: 'Run `vendor-review migrate vendors/sample.yaml` to rewrite it in place (comments and facts are kept), then check it again.',
      },
    ]);
  });
});

describe('a newer schema version', () => {
  it('is one finding that says to update vendor-review, never a guess at what the file means', () => {
    const findings = check(vendorWithLine(2, 'schema_version: "3"'));
    expect(findings).toEqual([
      {
        code: 'schema-version-new',
        severity: 'error',
        file: FILE,
        line: 2,
        column: 17,
        endLine: 2,
        endColumn: 20,
        message: 'This file is written for schema version 3, newer than this vendor-review (0.1.0) reads (version 2).',
        hint: 'Update vendor-review: a newer action tag in the workflows, or `npx vendor-review@latest`.',
      },
    ]);
    // Not a version at all: the schema's own finding, with its allowed values.
    expect(check(vendorWithLine(2, 'schema_version: "two"')).map((finding) => finding.code)).toEqual(['schema-enum']);
  });
});

describe('support plans', () => {
  /** The minimal vendor with these lines in place of its plan's last line (its evidence, line 25). */
  const withPlanLines = (...lines: string[]) => vendorWithLine(25, [...lines, '    evidence: [E1]'].join('\n'));

  it('evaluation.plan must name a plan, with the closest as a hint', () => {
    const findings = check(vendorWithLine(11, '  plan: standrd'));
    expect(where(findings)).toEqual([{ code: 'plan-unknown', line: 11, column: 9 }]);
    expect(findings[0]!.message).toBe('The evaluated plan is `standrd`, which is not the id of a plan under `support_plans`.');
    expect(findings[0]!.hint).toBe('Did you mean `standard`?');
  });

  it('plan ids are unique', () => {
    const findings = check(`${MINIMAL_VENDOR}  - id: standard\n    name: Standard again\n`);
    expect(where(findings)).toEqual([{ code: 'plan-duplicate', line: 26, column: 9 }]);
  });

  it('a trial probe names a plan of the file, and its opening time is a real time', () => {
    const probes = 'trial_probes:\n  - date: "2026-08-02"\n    opened_at: "2026-08-02T25:10+08:00"\n    plan: premium\n    channel: ticket\n    severity: high\n    first_response_minutes: 30\n    templated_reply: false\n    reached_engineer: true\n';
    const findings = check(`${MINIMAL_VENDOR}${probes}`);
    expect(where(findings)).toEqual([
      { code: 'plan-unknown', line: 29, column: 11 },
      { code: 'probe-opened-at', line: 28, column: 16 },
    ]);
    expect(findings[0]!.message).toBe('The probe ran under the plan `premium`, which is not the id of a plan under `support_plans`.');
    expect(findings[1]!.message).toBe('`2026-08-02T25:10+08:00` is not a real time: the date or the time of day is not on the calendar or the clock.');
  });

  it('a price states what its model needs, and nothing it cannot have', () => {
    const fixed = check(withPlanLines('    price:', '      model: fixed', '      amount: 12000'));
    expect(where(fixed)).toEqual([{ code: 'plan-price', line: 26, column: 14 }]);
    expect(fixed[0]!.message).toBe('A `fixed` price needs `currency`, `period`.');
    const share = check(withPlanLines('    price:', '      model: percent-of-spend', '      percent: 8', '      minimum: 250', '      period: month'));
    expect(where(share)).toEqual([{ code: 'plan-price', line: 26, column: 14 }]);
    expect(share[0]!.message).toBe('A `percent-of-spend` price needs `currency`.');
    const free = check(withPlanLines('    price:', '      model: free', '      amount: 100'));
    expect(where(free)).toEqual([{ code: 'plan-price', line: 27, column: 15 }]);
    expect(free[0]!.message).toBe('A `free` price has no `amount`.');
    expect(check(withPlanLines('    price:', '      model: percent-of-spend', '      percent: 8', '      minimum: 250', '      currency: USD', '      period: month'))).toEqual([]);
  });

  it('business-hours terms need business hours, in a known zone, that end after they start', () => {
    const missing = check(withPlanLines('    first_response:', '      high: { minutes: 240, clock: business }'));
    expect(where(missing)).toEqual([{ code: 'plan-business-hours', line: 26, column: 36 }]);
    expect(missing[0]!.message).toBe('`first_response.high.clock` counts in business hours, but the plan has no `business_hours`.');
    const hours = (zone: string, from: string, to: string) =>
      check(withPlanLines('    business_hours:', `      time_zone: ${zone}`, '      days: [mon, tue, wed, thu, fri]', `      from: "${from}"`, `      to: "${to}"`));
    expect(where(hours('Asia/Shanghai', '09:00', '18:00'))).toEqual([]);
    expect(where(hours('Asia/Shanghia', '09:00', '18:00'))).toEqual([{ code: 'plan-time-zone', line: 26, column: 18 }]);
    expect(where(hours('Asia/Shanghai', '18:00', '09:00'))).toEqual([{ code: 'plan-business-hours', line: 29, column: 11 }]);
  });

  it('a plan cites evidence of the register', () => {
    expect(where(check(vendorWithLine(25, '    evidence: [E1, E9]')))).toEqual([{ code: 'evidence-unknown', line: 25, column: 20 }]);
  });
});

describe('evidence dates', () => {
  it('a published month or day is on the calendar and not after the day it was retrieved', () => {
    expect(check(vendorWithLine(16, '    retrieved: "2026-08-01"\n    published: "2026-07"'))).toEqual([]);
    expect(check(vendorWithLine(16, '    retrieved: "2026-08-01"\n    published: "2026-08"'))).toEqual([]);
    const late = check(vendorWithLine(16, '    retrieved: "2026-08-01"\n    published: "2026-09-15"'));
    expect(where(late)).toEqual([{ code: 'date-order', line: 17, column: 16 }]);
    expect(late[0]!.message).toBe('The evidence was published 2026-09-15, after it was retrieved on 2026-08-01.');
    expect(where(check(vendorWithLine(16, '    retrieved: "2026-08-01"\n    published: "2026-02-30"')))).toEqual([{ code: 'date-invalid', line: 17, column: 16 }]);
  });
});
