import { describe, expect, it } from 'vitest';
import { comparePlanTerms } from '../action/src/core/compare/compare-plans.js';
import { compareReports } from '../action/src/core/compare/compare-reports.js';
import type { SupportPlan, VendorEvaluation } from '../action/src/core/types/vendor.js';
import type { DimensionScore, ScoreReport, VendorScore } from '../action/src/core/types/score.js';

function dimension(id: string, score: number | null): DimensionScore {
  return { dimension: id, weight: 50, score, lower: score ?? 0, upper: score ?? 100, coverage: 1, confidence: 0.8, level: null, good: false };
}

function vendor(id: string, rank: number, score: number | null, extra: Partial<VendorScore> = {}): VendorScore {
  const total = { score, lower: score ?? 0, upper: score ?? 100, coverage: 0.9, confidence: 0.7 };
  return {
    id,
    name: `Vendor ${id}`,
    file: `vendors/${id}.yaml`,
    rank,
    standing: 'ranked',
    plan: 'standard',
    total,
    band: 'good',
    verdict: 'moderate-risk',
    good_dimensions: 1,
    gates: [{ gate: 'data-residency', status: 'pass', observed: true }],
    plans: [{ plan: 'standard', name: 'Standard', evaluated: true, total, band: 'good', verdict: 'moderate-risk' }],
    flags: [],
    dimensions: [dimension('support', score), dimension('price', 50)],
    criteria: [],
    ...extra,
  };
}

function report(vendors: VendorScore[], version = '1'): ScoreReport {
  return {
    rubric_version: version,
    vendors,
    robustness: { leader: vendors[0]?.id ?? null, runner_up: null, flip: null, win_probability: {}, seed: 1, samples: 0 },
  };
}

describe('compareReports', () => {
  it('reports total, dimension, rank, gate, flag, coverage and confidence changes of a changed vendor', () => {
    const base = report([vendor('a', 1, 80), vendor('b', 2, 70)]);
    const head = report([
      vendor('b', 1, 85.04, {
        gates: [{ gate: 'data-residency', status: 'fail', observed: false }],
        flags: [{ kind: 'stale', review_by: '2026-01-01' }],
        total: { score: 85.04, lower: 80, upper: 90, coverage: 0.95, confidence: 0.75 },
      }),
      vendor('a', 2, 80),
    ]);

    const comparison = compareReports({ base, head, changedVendorIds: ['b'], rubricChanged: false });

    expect(comparison.vendors).toHaveLength(1);
    const [b] = comparison.vendors;
    expect(b).toMatchObject({
      id: 'b',
      status: 'changed',
      total: { before: 70, after: 85.04, delta: 15 },
      rank: { before: 2, after: 1, delta: 1 },
      gates: [{ gate: 'data-residency', before: 'pass', after: 'fail' }],
      newFlags: [{ kind: 'stale', review_by: '2026-01-01' }],
      resolvedFlags: [],
      coverage: { before: 0.9, after: 0.95, delta: 0.05 },
      confidence: { delta: 0.05 },
      scoreDropped: false,
    });
    expect(b!.dimensions).toEqual([{ dimension: 'support', before: 70, after: 85.04, delta: 15 }]);
    expect(comparison.ranking).toEqual([]);
    expect(comparison.leader).toEqual({ before: 'a', after: 'b' });
    expect(comparison.scoreDrops).toEqual([]);
  });

  it('lists added and removed vendors and flags score drops', () => {
    const base = report([vendor('a', 1, 80), vendor('gone', 2, 60)]);
    const head = report([vendor('new', 1, 90), vendor('a', 2, 79.9)]);

    const comparison = compareReports({ base, head, changedVendorIds: ['a', 'gone', 'new', 'invalid-on-both-sides'], rubricChanged: false });

    expect(comparison.vendors.map((v) => [v.id, v.status])).toEqual([
      ['new', 'added'],
      ['a', 'changed'],
      ['gone', 'removed'],
    ]);
    expect(comparison.vendors[0]!.dimensions.map((d) => d.before)).toEqual([null, null]);
    expect(comparison.vendors[2]).toMatchObject({ dimensions: [], gates: [], newFlags: [], resolvedFlags: [] });
    expect(comparison.vendors[1]!.rank.delta).toBe(-1);
    expect(comparison.scoreDrops).toEqual(['a']);
  });

  it('shows how the whole ranking moves when the rubric changes', () => {
    const base = report([vendor('a', 1, 80), vendor('b', 2, 70), vendor('c', 3, 60)], '1');
    const head = report([vendor('c', 1, 90), vendor('a', 2, 75), vendor('b', 3, 70)], '2');

    const comparison = compareReports({ base, head, changedVendorIds: [], rubricChanged: true });

    expect(comparison.vendors).toEqual([]);
    expect(comparison.rubricVersion).toEqual({ before: '1', after: '2' });
    expect(comparison.ranking.map((move) => [move.id, move.rank.before, move.rank.after, move.rank.delta, move.lower.delta, move.known.delta])).toEqual([
      ['c', 3, 1, 2, 30, 30],
      ['a', 1, 2, -1, -5, -5],
      ['b', 2, 3, -1, 0, 0],
    ]);
  });

  it('leads with the range that ranks and shows no score on what is known for a side with too little known', () => {
    const thin = { score: 100, lower: 9, upper: 100, coverage: 0.09, confidence: 0.5 };
    const base = report([vendor('a', 1, 80), vendor('t', 2, 60)]);
    const head = report([
      vendor('a', 1, 80),
      vendor('t', null as unknown as number, 100, { rank: null, standing: 'insufficient-data', verdict: 'insufficient-data', total: thin }),
    ]);

    const [t] = compareReports({ base, head, changedVendorIds: ['t'], rubricChanged: false }).vendors;

    expect(t).toMatchObject({
      range: { before: { lower: 60, upper: 60 }, after: { lower: 9, upper: 100 } },
      lower: { before: 60, after: 9, delta: -51 },
      standing: { before: 'ranked', after: 'insufficient-data' },
      known: { before: 60, after: null, delta: null },
      rank: { before: 2, after: null, delta: null },
      // fail-on: score-drop still reads the score on what is known, which rose.
      total: { before: 60, after: 100, delta: 40 },
      scoreDropped: false,
    });
  });

  it('compares against no base at all (the base rubric was invalid)', () => {
    const comparison = compareReports({ base: null, head: report([vendor('a', 1, 80)]), changedVendorIds: ['a'], rubricChanged: true });
    expect(comparison.vendors[0]).toMatchObject({ status: 'added', total: { before: null, after: 80, delta: null } });
    expect(comparison.ranking[0]!.rank).toEqual({ before: null, after: 1, delta: null });
  });

  it('never reads an unchanged score as a drop (rounding noise, -0)', () => {
    const base = report([vendor('a', 1, 70.00000001)]);
    const head = report([vendor('a', 1, 70)]);
    const [a] = compareReports({ base, head, changedVendorIds: ['a'], rubricChanged: false }).vendors;
    expect(a!.total.delta).toBe(0);
    expect(Object.is(a!.total.delta, -0)).toBe(false);
    expect(a!.scoreDropped).toBe(false);
    expect(a!.dimensions).toEqual([]);
  });

  it('names the evaluated plan on each side, the totals per plan that moved, and the plans whose terms changed', () => {
    const plan = (id: string, name: string, score: number, evaluated: boolean) => ({
      plan: id,
      name,
      evaluated,
      total: { score, lower: score, upper: score, coverage: 1, confidence: 0.7 },
      band: 'good' as const,
      verdict: 'moderate-risk' as const,
    });
    const base = report([
      vendor('a', 1, 65.2, { plan: 'business', plans: [plan('business', 'Business', 65.2, true), plan('personal', 'Personalized', 70.6, false)] }),
    ]);
    const head = report([
      vendor('a', 1, 70.6, { plan: 'personal', plans: [plan('business', 'Business', 65.2, false), plan('personal', 'Personalized', 70.6, true)] }),
    ]);
    const terms = [{ plan: 'Personalized', status: 'changed' as const, terms: ['price' as const] }];

    const [a] = compareReports({ base, head, changedVendorIds: ['a'], rubricChanged: false, planChanges: { a: terms } }).vendors;

    expect(a!.plan).toEqual({ before: 'Business', after: 'Personalized' });
    // Both plans total as before: only the choice of plan moved the vendor (65.2 → 70.6, +5.4).
    expect(a!.planTotals).toEqual([]);
    expect(a!.total).toEqual({ before: 65.2, after: 70.6, delta: 5.4 });
    expect(a!.planTerms).toBe(terms);
  });
});

describe('comparePlanTerms', () => {
  const vendor = (plans: SupportPlan[]): VendorEvaluation => ({
    schema_version: '2',
    id: 'v',
    name: 'V',
    category: ['rtc-paas'],
    evaluation: { evaluators: [{ name: 'Ann' }], evaluated_on: '2026-09-01', review_by: '2027-09-01', plan: plans[0]!.id },
    support_plans: plans,
  });
  const business: SupportPlan = { id: 'business', name: 'Business', price: { model: 'percent-of-spend', percent: 4, period: 'month' }, commitment: 'target' };

  it('names plans added, removed, and the terms that differ in the plans on both sides', () => {
    const before = vendor([business, { id: 'legacy', name: 'Legacy', notes: 'Sunset in 2027.' }]);
    const after = vendor([
      { ...business, price: { model: 'percent-of-spend', percent: 6, period: 'month' }, commitment: 'sla-with-credits' },
      { id: 'developer', name: 'Developer', price: { model: 'free' } },
    ]);
    expect(comparePlanTerms(before, after)).toEqual([
      { plan: 'Business', status: 'changed', terms: ['price', 'commitment'] },
      { plan: 'Developer', status: 'added', terms: ['name', 'price'] },
      { plan: 'Legacy', status: 'removed', terms: ['name', 'notes'] },
    ]);
  });

  it('sees no change in the same terms written in another key order, and none for a vendor new or gone', () => {
    const reordered: SupportPlan = {
      commitment: 'target',
      price: { period: 'month', percent: 4, model: 'percent-of-spend' },
      name: 'Business',
      id: 'business',
    };
    expect(comparePlanTerms(vendor([business]), vendor([reordered]))).toEqual([]);
    expect(comparePlanTerms(null, vendor([business]))).toEqual([]);
    expect(comparePlanTerms(vendor([business]), null)).toEqual([]);
  });
});
