// How much does first place depend on the exact weights? Two answers:
//
// Flip margin: the smallest change of one dimension's weight, in weight points, that puts another vendor
// first. The other dimensions are rescaled proportionally so the weights keep their sum. Along such a change
// every vendor's lower bound and coverage move linearly, so first place can only change where a rival's lower
// bound crosses the leader's or a coverage crosses the minimum. Those points are computed exactly; first place
// is then checked at each of them and between them, and the first change is pinned down by bisection. The search
// compares unrounded numbers: the margin is a distance, and printed-value rounding would shift it by up to 0.01.
// Deterministic: no randomness, fixed search order.
//
// Win probability: every dimension weight is multiplied by a factor drawn uniformly from
// [1 − spread, 1 + spread] with a seeded generator; the share of samples in which each vendor ranks first.
//
// Both look at every vendor under many weightings, so the per-vendor numbers they need (each dimension's
// coverage and lower bound) are laid out once in flat arrays and combined in tight loops, with the arithmetic of
// combineParts in the same order: the results are those of combining each vendor's parts, bit for bit, at a
// cost that grows linearly with the number of vendors.
import { compareText } from '../text/compare-text.js';
import type { Rubric } from '../types/rubric.js';
import type { Robustness } from '../types/score.js';
import { round2, round4 } from './round-number.js';
import type { ScoredVendor } from './score-vendor.js';
import { createSeededRandom } from './seeded-random.js';

/** Halvings of the bracket: 2^-50 of at most 100 points is far below the 0.01 that is printed. */
const BISECTION_STEPS = 50;

/** `ranked` is in rank order, so its first vendor is the leader under the rubric's own weights. */
export function assessRobustness(ranked: readonly ScoredVendor[], rubric: Rubric): Robustness {
  const { seed, samples } = rubric.robustness;
  const field = layOutField(ranked, rubric.dimensions.length, rubric.missing_data.min_coverage);
  return {
    leader: ranked[0]?.score.id ?? null,
    runner_up: ranked[1]?.score.id ?? null,
    flip: findFlip(field, rubric),
    win_probability: estimateWinProbability(field, ranked, rubric),
    seed,
    samples,
  };
}

/** The vendors' dimension results in flat arrays (vendor-major), and scratch space for their totals. */
interface Field {
  count: number;
  dimensions: number;
  minCoverage: number;
  coverage: Float64Array;
  lower: Float64Array;
  knockedOut: Uint8Array;
  ids: readonly string[];
  files: readonly string[];
  totals: Totals;
}

/** One weighting's totals: lower bound, coverage and score (−1 where nothing is answered, as ranking reads it). */
interface Totals {
  lower: Float64Array;
  coverage: Float64Array;
  score: Float64Array;
}

function layOutField(vendors: readonly ScoredVendor[], dimensions: number, minCoverage: number): Field {
  const count = vendors.length;
  const field: Field = {
    count,
    dimensions,
    minCoverage,
    coverage: new Float64Array(count * dimensions),
    lower: new Float64Array(count * dimensions),
    knockedOut: new Uint8Array(count),
    ids: vendors.map((vendor) => vendor.score.id),
    files: vendors.map((vendor) => vendor.score.file),
    totals: createTotals(count),
  };
  vendors.forEach((vendor, i) => {
    field.knockedOut[i] = vendor.knockedOut ? 1 : 0;
    for (let d = 0; d < dimensions; d++) {
      // A vendor scored under another rubric could lack a part; rankKeyAt read it as weight 0, so does this.
      const part = vendor.parts[d];
      field.coverage[i * dimensions + d] = part?.coverage ?? 0;
      field.lower[i * dimensions + d] = part?.lower ?? 0;
    }
  });
  return field;
}

function createTotals(count: number): Totals {
  return { lower: new Float64Array(count), coverage: new Float64Array(count), score: new Float64Array(count) };
}

/** A weighting of the dimensions, whether totals are compared as printed (rounded), and where they go. */
interface Weighting {
  weights: readonly number[];
  printed: boolean;
  into: Totals;
}

/** Vendor i's totals under the weighting, as combineParts (and, when printed, roundRange) computes them. */
function combineAt(field: Field, { weights, printed, into }: Weighting, i: number): void {
  let total = 0;
  let answered = 0;
  let points = 0;
  const offset = i * field.dimensions;
  for (let d = 0; d < field.dimensions; d++) {
    const weight = weights[d] ?? 0;
    total += weight;
    answered += weight * field.coverage[offset + d]!;
    points += weight * field.lower[offset + d]!;
  }
  let lower = 0;
  let coverage = 0;
  let score = -1;
  if (total > 0) {
    lower = points / total;
    coverage = answered / total;
    if (answered > 0) score = points / answered;
  }
  into.lower[i] = printed ? round2(lower) : lower;
  into.coverage[i] = printed ? round2(coverage) : coverage;
  into.score[i] = printed && score !== -1 ? round2(score) : score;
}

/** compareRankKeys on the totals of vendors a and b (`field.totals`): negative when a ranks before b. */
function compareAt(field: Field, a: number, b: number): number {
  const { minCoverage: min, totals } = field;
  return (
    field.knockedOut[a]! - field.knockedOut[b]! ||
    Number(totals.coverage[a]! < min) - Number(totals.coverage[b]! < min) ||
    totals.lower[b]! - totals.lower[a]! ||
    totals.score[b]! - totals.score[a]! ||
    compareText(field.ids[a]!, field.ids[b]!) ||
    compareText(field.files[a]!, field.files[b]!)
  );
}

/** Index of the vendor ranked first under `weights`. */
function leaderAt(field: Field, weighting: Weighting): number {
  combineAt(field, weighting, 0);
  let best = 0;
  for (let i = 1; i < field.count; i++) {
    combineAt(field, weighting, i);
    if (compareAt(field, i, best) < 0) best = i;
  }
  return best;
}

function findFlip(field: Field, rubric: Rubric): Robustness['flip'] {
  if (field.count < 2) return null;
  const base = rubric.dimensions.map((dimension) => dimension.weight);
  const total = base.reduce((sum, weight) => sum + weight, 0);
  let best: { dimension: string; change: number } | null = null;
  for (const [d, dimension] of rubric.dimensions.entries()) {
    const others = total - base[d]!;
    if (others <= 0) continue; // a dimension holding all the weight cannot grow, and the others cannot be rescaled
    // Down to zero first, then up to all of it; on equal margins the earlier dimension and the decrease win.
    for (const end of [-base[d]!, others]) {
      if (end === 0) continue;
      const change = findFlipAlong(field, { base, dimension: d, end });
      if (change !== null && (!best || Math.abs(change) < Math.abs(best.change))) best = { dimension: dimension.id, change };
    }
  }
  return best && { dimension: best.dimension, change: round2(best.change) };
}

/** Dimension `dimension`'s weight moved from `base` towards `end` (a signed number of points), the others rescaled. */
interface Shift {
  base: readonly number[];
  dimension: number;
  end: number;
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
function findFlipAlong(field: Field, shift: Shift): number | null {
  const { base, dimension, end } = shift;
  const { rivals, fractions } = findCrossings(field, shift);
  // Only rivals can overtake the leader, so only they are compared with it.
  const stillLeads = (fraction: number) => {
    const weighting = { weights: shiftWeight(base, dimension, fraction * end), printed: false, into: field.totals };
    combineAt(field, weighting, 0);
    for (const rival of rivals) {
      combineAt(field, weighting, rival);
      if (compareAt(field, rival, 0) < 0) return false;
    }
    return true;
  };
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
 * The rivals that could rank before the leader somewhere along the change, and where, as a fraction of the way
 * to `end`, first place can change: a rival's lower bound crosses the leader's, or the leader's or a rival's
 * coverage crosses the minimum. With the weight sum held constant both are linear in the change, so each
 * crossing has one solution. A vendor never at least as sufficient as the leader, or knocked out while the leader
 * is not and never more sufficient, cannot overtake it: its crossings change nothing and are left out.
 */
function findCrossings(field: Field, { base, dimension, end }: Shift): { rivals: number[]; fractions: number[] } {
  const start = createTotals(field.count);
  const finish = createTotals(field.count);
  const atStart = { weights: base, printed: false, into: start };
  const atFinish = { weights: shiftWeight(base, dimension, end), printed: false, into: finish };
  for (let i = 0; i < field.count; i++) {
    combineAt(field, atStart, i);
    combineAt(field, atFinish, i);
  }
  const min = field.minCoverage;
  const fractions: number[] = [];
  const addRoot = (from: number, to: number) => {
    if (from === to) return;
    const fraction = from / (from - to);
    if (fraction > 0 && fraction < 1) fractions.push(fraction);
  };
  // Insufficiency is monotonic along the change (coverage is linear), so its extremes are at the two ends.
  const insufficient = (i: number) => [Number(start.coverage[i]! < min), Number(finish.coverage[i]! < min)] as const;
  const [leaderFrom, leaderTo] = insufficient(0);
  const leaderMost = Math.max(leaderFrom, leaderTo);
  addRoot(start.coverage[0]! - min, finish.coverage[0]! - min);
  const rivals: number[] = [];
  for (let j = 1; j < field.count; j++) {
    const [from, to] = insufficient(j);
    const least = Math.min(from, to);
    // Knocked out behind a leader who is not, or never as sufficient as the leader at its most: never first.
    if (field.knockedOut[j]! > field.knockedOut[0]! || (field.knockedOut[j] === field.knockedOut[0] && least > leaderMost)) continue;
    rivals.push(j);
    addRoot(start.coverage[j]! - min, finish.coverage[j]! - min);
    addRoot(start.lower[0]! - start.lower[j]!, finish.lower[0]! - finish.lower[j]!);
  }
  return { rivals, fractions: [...new Set(fractions)].sort((a, b) => a - b) };
}

function estimateWinProbability(field: Field, vendors: readonly ScoredVendor[], rubric: Rubric): Record<string, number> {
  const { seed, samples, spread } = rubric.robustness;
  const wins = vendors.map(() => 0);
  if (vendors.length) {
    const random = createSeededRandom(seed);
    const base = rubric.dimensions.map((dimension) => dimension.weight);
    for (let sample = 0; sample < samples; sample++) {
      // One draw per dimension, in rubric order, so the same seed always perturbs the same dimension the same way.
      const weights = base.map((weight) => weight * (1 - spread + 2 * spread * random()));
      // Each sample is ranked exactly as a rubric with those weights would be: by the printed numbers.
      wins[leaderAt(field, { weights, printed: true, into: field.totals })]! += 1;
    }
  }
  return Object.fromEntries(vendors.map((vendor, i) => [vendor.score.id, round4(wins[i]! / samples)]));
}
