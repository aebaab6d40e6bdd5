// The committed sample vendors against the committed rubric: every one scores, the scores differ, the output is
// stable, and every number can be explained.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../action/src/core/validate/check-sources.js';
import { explainVendor } from '../action/src/core/score/explain-vendor.js';
import { scoreProject } from '../action/src/core/score/score-project.js';

const sources = readdirSync('vendors')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ path: `vendors/${name}`, text: readFileSync(`vendors/${name}`, 'utf8') }));
const check = checkSources({ vendors: sources, rubric: { path: 'rubric.yaml', text: readFileSync('rubric.yaml', 'utf8') } });
const rubric = check.rubric!;
const AS_OF = '2026-11-25';

describe('the sample vendors', () => {
  const report = scoreProject({ vendors: check.vendors, rubric, asOf: AS_OF });

  it('are all valid, seven of them', () => {
    expect(check.findings).toEqual([]);
    expect(check.vendors.map((vendor) => vendor.data.id)).toEqual([
      'clearripple-rtc',
      'cloudbridge-class',
      'farsail-av',
      'glowpane-class',
      'magpie-live',
      'pennyclass',
      'starriver-rtc',
    ]);
  });

  it('all score, with distinct totals and lower bounds', () => {
    expect(new Set(report.vendors.map((vendor) => vendor.total.lower)).size).toBe(7);
    expect(new Set(report.vendors.map((vendor) => vendor.total.score)).size).toBe(7);
  });

  it('list the unfinished evaluation without a rank after the ranked ones, before the knocked-out ones, and flag it stale', () => {
    expect(report.vendors.map((vendor) => [vendor.id, vendor.rank, vendor.standing])).toEqual([
      ['cloudbridge-class', 1, 'ranked'],
      ['glowpane-class', 2, 'ranked'],
      ['starriver-rtc', 3, 'ranked'],
      ['clearripple-rtc', 4, 'ranked'],
      ['farsail-av', null, 'insufficient-data'],
      ['pennyclass', null, 'knocked-out'],
      ['magpie-live', null, 'knocked-out'],
    ]);
    expect(report.vendors[4]).toMatchObject({ verdict: 'insufficient-data', band: null });
    expect(report.vendors[4]!.flags).toContainEqual({ kind: 'stale', review_by: '2026-06-30' });
  });

  it('give the same bytes whatever order the files come in', () => {
    const reversed = checkSources({ vendors: [...sources].reverse(), rubric: { path: 'rubric.yaml', text: readFileSync('rubric.yaml', 'utf8') } });
    expect(JSON.stringify(scoreProject({ vendors: reversed.vendors, rubric, asOf: AS_OF }))).toBe(JSON.stringify(report));
  });

  it('can each be explained, criterion by criterion', () => {
    for (const vendor of report.vendors) {
      const data = check.vendors.find((candidate) => candidate.data.id === vendor.id)!.data;
      const text = explainVendor(vendor, rubric, data);
      for (const criterion of vendor.criteria) expect(text).toContain(`(${criterion.criterion})`);
      expect(text).not.toMatch(/undefined|NaN/);
    }
  });
});
