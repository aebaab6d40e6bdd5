// Entry point of scoring: every vendor scored on its own, then ranked, then the ranking's robustness. Pure and
// deterministic: the same vendors and rubric give the same report, byte for byte, in whatever order the vendors
// come, and `asOf` only decides which evaluations are flagged as stale.
import type { Rubric } from '../rubric-types.js';
import type { Ranking, ScoreReport, VendorSummary } from '../score-types.js';
import type { VendorEvaluation } from '../vendor-types.js';
import { rankVendors } from './rank-vendors.js';
import { assessRobustness } from './robustness.js';
import { scoreVendor } from './score-vendor.js';
import type { ScoredVendor } from './score-vendor.js';

export function scoreVendors(
  vendors: ReadonlyArray<{ file: string; data: VendorEvaluation }>,
  rubric: Rubric,
  options: { asOf: string /* YYYY-MM-DD, for staleness only */ },
): ScoreReport {
  return rankScoredVendors(
    vendors.map((vendor) => scoreVendor(vendor.file, vendor.data, rubric, options.asOf)),
    rubric,
  );
}

/** The report of vendors scored one by one (on any thread, in any order): ranked, then the ranking's robustness. */
export function rankScoredVendors(scored: readonly ScoredVendor[], rubric: Rubric): ScoreReport {
  const ranked = rankVendors(scored, rubric);
  return {
    rubric_version: rubric.version,
    vendors: ranked.map((vendor) => vendor.score),
    robustness: assessRobustness(ranked, rubric),
  };
}

/** Entries scored at any time under this rubric (some kept from a committed report), ranked; no robustness. */
export function rankScores(scores: readonly VendorSummary[], rubric: Rubric): Ranking {
  return { rubric_version: rubric.version, vendors: rankVendors(scores.map((score) => ({ score })), rubric).map((vendor) => vendor.score) };
}
