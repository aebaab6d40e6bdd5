// The ranking rule and the robustness of first place, on vendors small enough to compute by hand.
import { describe, expect, it } from 'vitest';
import type { Level, Rubric } from '../action/src/core/types/rubric.js';
import { compareRankKeys } from '../action/src/core/score/rank-vendors.js';
import type { RankKey } from '../action/src/core/score/rank-vendors.js';
import { scoreProject } from '../action/src/core/score/score-project.js';
import { createSeededRandom } from '../action/src/core/score/seeded-random.js';
import type { SupportHours, VendorEvaluation } from '../action/src/core/types/vendor.js';
import { HEADCOUNT_FOR_LEVEL, makeRubric, makeTwoDimensionRubric, makeVendor } from './score-fixtures.js';

const COVERAGE_FOR_LEVEL: Partial<Record<Level, SupportHours>> = { 1: 'business-hours', 3: 'extended', 4: '24x7' };

/** A vendor of the two-dimension rubric with dimension a at `a` × 25 and dimension b at `b` × 25. */
function twoDimensionVendor(id: string, a: Level, b: 1 | 3 | 4): VendorEvaluation {
  return makeVendor(id, { team_scale: { support_headcount: HEADCOUNT_FOR_LEVEL[a] } }, { hours: { critical: COVERAGE_FOR_LEVEL[b] } });
}

function rank(vendors: VendorEvaluation[], rubric: Rubric) {
  return scoreProject({ vendors: vendors.map((data) => ({ file: `vendors/${data.id}.yaml`, data })), rubric, asOf: '2026-11-25' });
}

describe('the ranking rule', () => {
  const key = (id: string, lower: number, score: number | null, flags: Partial<RankKey> = {}): RankKey => ({
    id,
    file: `vendors/${id}.yaml`,
    insufficient: false,
    knockedOut: false,
    lower,
    score,
    ...flags,
  });

  it('ranks by lower bound, score and id, then lists insufficient data, and knocked out last', () => {
    const keys = [
      key('sparse', 90, 100, { insufficient: true }),
      key('failed-gate', 85, 90, { knockedOut: true }),
      key('steady', 60, 70),
      key('promising', 60, 80),
      key('known-good', 70, 70),
      key('twin-b', 50, 50),
      key('twin-a', 50, 50),
    ];
    expect([...keys].sort(compareRankKeys).map((k) => k.id)).toEqual(['known-good', 'promising', 'steady', 'twin-a', 'twin-b', 'sparse', 'failed-gate']);
  });

  it('does not reward missing data: a complete vendor beats a sparse one with a higher score', () => {
    const rubric = makeTwoDimensionRubric();
    const complete = twoDimensionVendor('complete', 3, 3); // (75 + 75) / 2 = 75, coverage 1 → lower 75
    const sparse = makeVendor('sparse', { team_scale: { support_headcount: 100 } }); // score 100, coverage 0.5
    const report = rank([sparse, complete], { ...rubric, missing_data: { min_coverage: 0.5 } });
    // sparse: lower = 0.5 × 100 = 50 < 75, although its score 100 > 75
    expect(report.vendors.map((vendor) => [vendor.id, vendor.rank, vendor.total.score, vendor.total.lower])).toEqual([
      ['complete', 1, 75, 75],
      ['sparse', 2, 100, 50],
    ]);
  });

  it('ranks a knocked-out vendor behind one whose gates are unknown', () => {
    const rubric = makeRubric();
    // Both answer only the team dimension (coverage 0.4): knocked-out at 100 (lower 40), the other at 25 (lower 10).
    const knockedOut = makeVendor('knocked-out', { team_scale: { support_headcount: 100 }, outsourcing: { rnd: 'fully-outsourced' } }, { hours: { critical: '24x7' } });
    const unknownGates = makeVendor('unknown-gates', { team_scale: { support_headcount: 5 } }, { hours: { critical: 'business-hours' } });
    const report = rank([knockedOut, unknownGates], { ...rubric, missing_data: { min_coverage: 0.4 } });
    expect(report.vendors.map((vendor) => [vendor.id, vendor.verdict])).toEqual([
      ['unknown-gates', 'high-risk'],
      ['knocked-out', 'knocked-out'],
    ]);
  });
});

describe('robustness of first place', () => {
  // x: a = 100, b = 25 → total 0.5 × 100 + 0.5 × 25 = 62.5
  // y: a = 50,  b = 100 → total 0.5 × 50 + 0.5 × 100 = 75: y leads
  // With weight w on a (and 100 − w on b): x = 25 + 0.75 w, y = 100 − 0.5 w; equal at 1.25 w = 75, w = 60.
  // So a must rise by 10 points (60 − 50); lowering b by 10 is the same change and ties, and the earlier
  // dimension wins ties.
  const rubric = makeTwoDimensionRubric();
  const vendors = [twoDimensionVendor('x', 4, 1), twoDimensionVendor('y', 2, 4)];

  it('finds the smallest single-weight change that changes the leader', () => {
    const report = rank(vendors, rubric);
    expect(report.vendors.map((vendor) => [vendor.id, vendor.total.score])).toEqual([
      ['y', 75],
      ['x', 62.5],
    ]);
    expect(report.robustness).toMatchObject({ leader: 'y', runner_up: 'x', flip: { dimension: 'a', change: 10 } });
  });

  it('estimates the win probability reproducibly, close to the exact value', () => {
    // x wins when a's share of the weight passes 0.6, i.e. f_a > 1.5 f_b, with f_a, f_b uniform on
    // [0.75, 1.25] (a square of area 0.25). The region: f_a from 1.125 to 1.25, f_b from 0.75 to f_a / 1.5,
    // area ∫ (u / 1.5 − 0.75) du = [u² / 3 − 0.75 u] from 1.125 to 1.25 = 0.005208; P = 0.005208 / 0.25 = 0.0208.
    const sampled = { ...rubric, robustness: { seed: 20261125, samples: 20000, spread: 0.25 } };
    const first = rank(vendors, sampled).robustness.win_probability;
    expect(rank([...vendors].reverse(), sampled).robustness.win_probability).toEqual(first);
    expect(first.x! + first.y!).toBeCloseTo(1, 3); // each rounded to 4 decimals
    expect(Math.abs(first.x! - 0.0208)).toBeLessThan(0.004);
    expect(Object.keys(first)).toEqual(['y', 'x']); // rank order
  });

  it('has no flip when one vendor leads under every weighting', () => {
    const report = rank([twoDimensionVendor('best', 4, 4), twoDimensionVendor('worst', 0, 1)], rubric);
    expect(report.robustness).toMatchObject({ leader: 'best', flip: null, win_probability: { best: 1, worst: 0 } });
  });

  it('has no leader, runner-up or flip without vendors', () => {
    expect(rank([], rubric).robustness).toEqual({ leader: null, runner_up: null, flip: null, win_probability: {}, seed: 7, samples: 500 });
  });
});

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
    expect(createSeededRandom(43)()).not.toBe(draws[0]);
  });
});
