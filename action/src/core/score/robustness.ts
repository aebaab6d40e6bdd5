// How much does first place depend on the exact weights? Two answers:
//
// Flip margin: the smallest change of one dimension's weight, in weight points, that puts another vendor
// first. The other dimensions are rescaled proportionally so the weights keep their sum. Along such a change
// every vendor's lower bound and coverage move linearly, so first place can only change where two lower bounds
// cross or a coverage crosses the minimum. Those points are computed exactly; first place is then checked at
// each of them and between them, and the first change is pinned down by bisection. The search compares
// unrounded numbers: the margin is a distance, and printed-value rounding would shift it by up to 0.01.
// Deterministic: no randomness, fixed search order.
//
// Win probability: every dimension weight is multiplied by a factor drawn uniformly from
// [1 − spread, 1 + spread] with a seeded generator; the share of samples in which each vendor ranks first.
import type { Rubric } from '../rubric-types.js';
import type { Robustness } from '../score-types.js';
import { combineParts } from './combine-scores.js';
import { compareRankKeys, rankKeyAt } from './rank-vendors.js';
import { round2, round4 } from './round-number.js';
import type { ScoredVendor } from './score-vendor.js';
import { createSeededRandom } from './seeded-random.js';

/** Halvings of the bracket: 2^-50 of at most 100 points is far below the 0.01 that is printed. */
const BISECTION_STEPS = 50;

/** `ranked` is in rank order, so its first vendor is the leader under the rubric's own weights. */
export function assessRobustness(ranked: readonly ScoredVendor[], rubric: Rubric): Robustness {
  const { seed, samples } = rubric.robustness;
  return {
    leader: ranked[0]?.score.id ?? null,
    runner_up: ranked[1]?.score.id ?? null,
    flip: findFlip(ranked, rubric),
    win_probability: estimateWinProbability(ranked, rubric),
    seed,
    samples,
  };
}

interface Search {
  vendors: readonly ScoredVendor[];
  minCoverage: number;
  precision: 'printed' | 'exact';
}

/** Index of the vendor ranked first under `weights`. */
function leaderAt(search: Search, weights: readonly number[]): number {
  let best = 0;
  let bestKey = rankKeyAt(search.vendors[0]!, weights, search.minCoverage, search.precision);
  for (let i = 1; i < search.vendors.length; i++) {
    const key = rankKeyAt(search.vendors[i]!, weights, search.minCoverage, search.precision);
    if (compareRankKeys(key, bestKey) < 0) {
      best = i;
      bestKey = key;
    }
  }
  return best;
}

function findFlip(vendors: readonly ScoredVendor[], rubric: Rubric): Robustness['flip'] {
  if (vendors.length < 2) return null;
  const search: Search = { vendors, minCoverage: rubric.missing_data.min_coverage, precision: 'exact' };
  const base = rubric.dimensions.map((dimension) => dimension.weight);
  const total = base.reduce((sum, weight) => sum + weight, 0);
  let best: { dimension: string; change: number } | null = null;
  for (const [d, dimension] of rubric.dimensions.entries()) {
    const others = total - base[d]!;
    if (others <= 0) continue; // a dimension holding all the weight cannot grow, and the others cannot be rescaled
    // Down to zero first, then up to all of it; on equal margins the earlier dimension and the decrease win.
    for (const end of [-base[d]!, others]) {
      if (end === 0) continue;
      const change = findFlipAlong(search, base, d, end);
      if (change !== null && (!best || Math.abs(change) < Math.abs(best.change))) best = { dimension: dimension.id, change };
    }
  }
  return best && { dimension: best.dimension, change: round2(best.change) };
}

/** Weights with dimension `d` changed by `delta` points and the others rescaled to keep the sum. */
function shiftWeight(base: readonly number[], d: number, delta: number): number[] {
  const others = base.reduce((sum, weight) => sum + weight, 0) - base[d]!;
  const scale = (others - delta) / others;
  return base.map((weight, i) => (i === d ? weight + delta : weight * scale));
}

/**
 * The smallest change towards `end` (a signed number of points) after which the reported leader (index 0) is no
 * longer first, or null. If unrounded numbers already put another vendor first, the lead is within rounding
 * and the margin is 0.
 */
function findFlipAlong(search: Search, base: readonly number[], d: number, end: number): number | null {
  const stillLeads = (fraction: number) => leaderAt(search, shiftWeight(base, d, fraction * end)) === 0;
  const fractions = crossingFractions(search, base, d, end);
  const checkpoints: number[] = [];
  let previous = 0;
  for (const fraction of [...fractions, 1]) {
    checkpoints.push((previous + fraction) / 2, fraction);
    previous = fraction;
  }
  let same = 0;
  for (const checkpoint of checkpoints) {
    if (stillLeads(checkpoint)) {
      same = checkpoint;
      continue;
    }
    let differs = checkpoint;
    for (let step = 0; step < BISECTION_STEPS; step++) {
      const middle = (same + differs) / 2;
      if (stillLeads(middle)) same = middle;
      else differs = middle;
    }
    return differs * end;
  }
  return null;
}

/**
 * Where, as a fraction of the way to `end`, two vendors' lower bounds cross or a vendor's coverage crosses the
 * minimum: with the weight sum held constant both are linear in the change, so each crossing has one solution.
 */
function crossingFractions(search: Search, base: readonly number[], d: number, end: number): number[] {
  const totalsAt = (weights: readonly number[]) =>
    search.vendors.map((vendor) => combineParts(vendor.parts.map((part, i) => ({ ...part, weight: weights[i] ?? 0 }))));
  const start = totalsAt(base);
  const finish = totalsAt(shiftWeight(base, d, end));
  const fractions: number[] = [];
  const addRoot = (from: number, to: number) => {
    if (from === to) return;
    const fraction = from / (from - to);
    if (fraction > 0 && fraction < 1) fractions.push(fraction);
  };
  for (let i = 0; i < start.length; i++) {
    addRoot(start[i]!.coverage - search.minCoverage, finish[i]!.coverage - search.minCoverage);
    for (let j = i + 1; j < start.length; j++) addRoot(start[i]!.lower - start[j]!.lower, finish[i]!.lower - finish[j]!.lower);
  }
  return [...new Set(fractions)].sort((a, b) => a - b);
}

function estimateWinProbability(vendors: readonly ScoredVendor[], rubric: Rubric): Record<string, number> {
  const { seed, samples, spread } = rubric.robustness;
  // Each sample is ranked exactly as a rubric with those weights would be: by the printed numbers.
  const search: Search = { vendors, minCoverage: rubric.missing_data.min_coverage, precision: 'printed' };
  const wins = vendors.map(() => 0);
  if (vendors.length) {
    const random = createSeededRandom(seed);
    const base = rubric.dimensions.map((dimension) => dimension.weight);
    for (let sample = 0; sample < samples; sample++) {
      // One draw per dimension, in rubric order, so the same seed always perturbs the same dimension the same way.
      const weights = base.map((weight) => weight * (1 - spread + 2 * spread * random()));
      wins[leaderAt(search, weights)]! += 1;
    }
  }
  return Object.fromEntries(vendors.map((vendor, i) => [vendor.score.id, round4(wins[i]! / samples)]));
}
