// From scores to words: a dimension's level and whether it is good, the band of the total, and the verdict.
import type { Band, Level, Rubric } from '../types/rubric.js';
import type { GateResult, Verdict } from '../types/score.js';
import { isKnockedOut } from './check-gates.js';

/** Level of a dimension score: 0-24.99 → 0, 25-49.99 → 1, … 75-99.99 → 3, 100 → 4. */
export function levelOfScore(score: number | null): Level | null {
  return score === null ? null : (Math.min(4, Math.max(0, Math.floor(score / 25))) as Level);
}

/** The highest band whose minimum the score reaches; no band without a score. */
export function bandOf(score: number | null, bands: Rubric['verdict']['bands']): Band | null {
  if (score === null) return null;
  let best: { id: Band; min: number } | null = null;
  for (const band of bands) if (score >= band.min && (!best || band.min > best.min)) best = band;
  return best?.id ?? null;
}

export interface VerdictInput {
  coverage: number;
  gates: readonly GateResult[];
  goodDimensions: number;
  dimensionCount: number;
}

/**
 * In this order: a failed gate → knocked-out, however little else is known; too little known to judge →
 * insufficient-data; good in at least
 * `low_risk_share` of the dimensions with no gate unknown → low-risk (the article: good in most dimensions,
 * support is nothing to worry about); good in at least half → moderate-risk; otherwise high-risk. An unknown
 * gate blocks low-risk but is not a knock-out: it is a question to ask the vendor.
 */
export function decideVerdict(input: VerdictInput, rubric: Rubric): Verdict {
  if (isKnockedOut(input.gates)) return 'knocked-out';
  if (input.coverage < rubric.missing_data.min_coverage) return 'insufficient-data';
  const share = input.dimensionCount ? input.goodDimensions / input.dimensionCount : 0;
  if (share >= rubric.verdict.low_risk_share && input.gates.every((gate) => gate.status === 'pass')) return 'low-risk';
  return share >= 0.5 ? 'moderate-risk' : 'high-risk';
}
