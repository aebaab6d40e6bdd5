// The committed sample vendors against the committed rubric: every one scores, the scores differ, the output is
// stable, and every number can be explained.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVendorFile } from '../action/src/core/check-vendor-file.js';
import { parseYaml } from '../action/src/core/parse-yaml.js';
import { checkRubric } from '../action/src/core/rubric/check-rubric.js';
import { explainVendor } from '../action/src/core/score/explain-vendor.js';
import { scoreVendors } from '../action/src/core/score/score-vendors.js';
import type { JsonSchema } from '../action/src/core/validate-schema.js';
import vendorSchema from '../schemas/vendor.schema.json' with { type: 'json' };

const rubric = checkRubric(parseYaml({ path: 'rubric.yaml', text: readFileSync('rubric.yaml', 'utf8') }), vendorSchema as JsonSchema).rubric!;
const vendors = readdirSync('vendors')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const path = `vendors/${name}`;
    const checked = checkVendorFile({ path, text: readFileSync(path, 'utf8') });
    expect(checked.findings).toEqual([]);
    return { file: path, data: checked.vendor!.data };
  });
const AS_OF = '2026-11-25';

describe.skipIf(vendors.length === 0)('the sample vendors', () => {
  const report = scoreVendors(vendors, rubric, { asOf: AS_OF });

  it('all score, with distinct totals and lower bounds', () => {
    expect(report.vendors).toHaveLength(vendors.length);
    expect(new Set(report.vendors.map((vendor) => vendor.total.lower)).size).toBe(vendors.length);
    expect(new Set(report.vendors.map((vendor) => vendor.total.score)).size).toBe(vendors.length);
  });

  it('rank the unfinished evaluation last as insufficient data, and flag it stale', () => {
    const farsail = report.vendors.find((vendor) => vendor.id === 'farsail-av');
    if (!farsail) return;
    expect(farsail).toMatchObject({ rank: vendors.length, verdict: 'insufficient-data', band: null });
    const reviewBy = vendors.find((vendor) => vendor.data.id === 'farsail-av')!.data.evaluation.review_by;
    expect(farsail.flags).toContainEqual({ kind: 'stale', review_by: reviewBy });
  });

  it('give the same bytes for the same files', () => {
    expect(JSON.stringify(scoreVendors([...vendors].reverse(), rubric, { asOf: AS_OF }))).toBe(JSON.stringify(report));
  });

  it('can each be explained, criterion by criterion', () => {
    for (const vendor of report.vendors) {
      const data = vendors.find((candidate) => candidate.data.id === vendor.id)!.data;
      const text = explainVendor(vendor, rubric, data);
      for (const criterion of vendor.criteria) expect(text).toContain(`(${criterion.criterion})`);
      expect(text).not.toMatch(/undefined|NaN/);
    }
  });
});
