// The ranking rule. It must never reward missing data, so it ranks on what is known for certain:
//   1. vendors with insufficient data (coverage below the rubric's minimum) come last;
//   2. then knocked-out vendors (a gate failed), behind every vendor that passed or is unknown on its gates;
//   3. then by the lower bound (missing answers counted as 0), highest first;
//   4. then by the score (renormalised over answered weight), highest first;
//   5. then by id, then by file, alphabetically, so ties are broken the same way every time.
// Numbers are compared as printed (2 decimals), so the order can be checked against the table.
import { compareText } from '../text/compare-text.js';
import type { Rubric } from '../types/rubric.js';
import type { VendorSummary } from '../types/score.js';
import { isKnockedOut } from './check-gates.js';

export interface RankKey {
  id: string;
  file: string;
  insufficient: boolean;
  knockedOut: boolean;
  lower: number;
  score: number | null;
}

/** The sort key of a scored vendor under the rubric's own weights: its total as the report prints it. */
function rankKeyOf(score: VendorSummary, minCoverage: number): RankKey {
  return {
    id: score.id,
    file: score.file,
    insufficient: score.total.coverage < minCoverage,
    knockedOut: isKnockedOut(score.gates),
    lower: score.total.lower,
    score: score.total.score,
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

/**
 * The vendors in rank order with `rank` filled in (1-based). Only the report entries are read, so entries kept
 * from an earlier run rank exactly as freshly scored ones.
 */
export function rankVendors<T extends { score: VendorSummary }>(vendors: readonly T[], rubric: Rubric): T[] {
  const minCoverage = rubric.missing_data.min_coverage;
  return vendors
    .map((vendor) => ({ vendor, key: rankKeyOf(vendor.score, minCoverage) }))
    .sort((a, b) => compareRankKeys(a.key, b.key))
    .map(({ vendor }, index) => ({ ...vendor, score: { ...vendor.score, rank: index + 1 } }));
}
