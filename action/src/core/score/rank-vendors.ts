// The ranking rule. It must never reward missing data, so it ranks on what is known for certain:
//   1. vendors with insufficient data (coverage below the rubric's minimum) come last;
//   2. then knocked-out vendors (a gate failed), behind every vendor that passed or is unknown on its gates;
//   3. then by the lower bound (missing answers counted as 0), highest first;
//   4. then by the score (renormalised over answered weight), highest first;
//   5. then by id, then by file, alphabetically, so ties are broken the same way every time.
// Numbers are compared as printed (2 decimals), so the order can be checked against the table.
import type { Rubric } from '../rubric-types.js';
import { combineParts, roundRange } from './combine-scores.js';
import type { ScoredVendor } from './score-vendor.js';

export interface RankKey {
  id: string;
  file: string;
  insufficient: boolean;
  knockedOut: boolean;
  lower: number;
  score: number | null;
}

/**
 * The sort key of a vendor when the dimensions weigh `weights` (in rubric order); the robustness check varies
 * them. `printed` compares the numbers as the report prints them (the ranking rule); `exact` compares the
 * unrounded numbers, for the flip margin, which measures a distance rather than deciding an order.
 */
export function rankKeyAt(vendor: ScoredVendor, weights: readonly number[], minCoverage: number, precision: 'printed' | 'exact' = 'printed'): RankKey {
  const raw = combineParts(vendor.parts.map((part, i) => ({ ...part, weight: weights[i] ?? 0 })));
  const total = precision === 'printed' ? roundRange(raw) : raw;
  return {
    id: vendor.score.id,
    file: vendor.score.file,
    insufficient: total.coverage < minCoverage,
    knockedOut: vendor.knockedOut,
    lower: total.lower,
    score: total.score,
  };
}

export function compareRankKeys(a: RankKey, b: RankKey): number {
  return (
    Number(a.insufficient) - Number(b.insufficient) ||
    Number(a.knockedOut) - Number(b.knockedOut) ||
    b.lower - a.lower ||
    (b.score ?? -1) - (a.score ?? -1) ||
    compareText(a.id, b.id) ||
    compareText(a.file, b.file)
  );
}

/** The vendors in rank order with `rank` filled in (1-based). */
export function rankVendors(vendors: readonly ScoredVendor[], rubric: Rubric): ScoredVendor[] {
  const weights = rubric.dimensions.map((dimension) => dimension.weight);
  const minCoverage = rubric.missing_data.min_coverage;
  return vendors
    .map((vendor) => ({ vendor, key: rankKeyAt(vendor, weights, minCoverage) }))
    .sort((a, b) => compareRankKeys(a.key, b.key))
    .map(({ vendor }, index) => ({ ...vendor, score: { ...vendor.score, rank: index + 1 } }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
