// The ranking rule. It must never reward missing data, so it ranks on what is known for certain:
//   1. knocked-out vendors (a gate failed) come last, whatever else is known: they are known to fail;
//   2. before them, vendors with insufficient data (coverage below the rubric's minimum): not comparable yet;
//   3. the others, the comparable ones, first, by the lower bound (missing answers counted as 0), highest first;
//   4. then by the score (renormalised over answered weight), highest first;
//   5. then by id, then by file, alphabetically, so ties are broken the same way every time.
// Only comparable vendors get a rank number; the others are listed by their standing, in the same order.
// Numbers are compared as printed (2 decimals), so the order can be checked against the table.
import { compareText } from '../text/compare-text.js';
import type { Rubric } from '../types/rubric.js';
import type { Standing, Verdict, VendorSummary } from '../types/score.js';
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
    Number(a.knockedOut) - Number(b.knockedOut) ||
    Number(a.insufficient) - Number(b.insufficient) ||
    b.lower - a.lower ||
    (b.score ?? -1) - (a.score ?? -1) ||
    compareText(a.id, b.id) ||
    compareText(a.file, b.file)
  );
}

/**
 * The vendors in rank order, with `rank` filled in (1-based) for the comparable ones and null for the others. Only
 * the report entries are read, so entries kept from an earlier run rank exactly as freshly scored ones.
 */
export function rankVendors<T extends { score: VendorSummary }>(vendors: readonly T[], rubric: Rubric): T[] {
  const minCoverage = rubric.missing_data.min_coverage;
  return vendors
    .map((vendor) => ({ vendor, key: rankKeyOf(vendor.score, minCoverage) }))
    .sort((a, b) => compareRankKeys(a.key, b.key))
    .map(({ vendor, key }, index) => ({ ...vendor, score: { ...vendor.score, rank: key.knockedOut || key.insufficient ? null : index + 1 } }));
}

/** Where a verdict puts a vendor: in the ranking, or listed after it for what keeps it out. */
export function standingOf(verdict: Verdict): Standing {
  return verdict === 'knocked-out' || verdict === 'insufficient-data' ? verdict : 'ranked';
}
