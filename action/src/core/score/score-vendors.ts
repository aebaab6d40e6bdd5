// Scoring without files: every vendor scored on its own, then ranked, then the ranking's robustness
// (scoreVendors), or entries ranked on their own (rankScores). Pure and deterministic: the same vendors and rubric
// give the same report, byte for byte, in whatever order the vendors come, and `asOf` only decides which
// evaluations are flagged as stale.
import type { Rubric } from '../rubric-types.js';
import type { Ranking, ScoreReport, VendorSummary } from '../score-types.js';
import type { VendorEvaluation } from '../vendor-types.js';
import { rankVendors } from './rank-vendors.js';
import { assembleScoreReport } from '../score-project.js';
import { scoreVendor } from './score-vendor.js';

/** Every vendor scored and ranked, with the ranking's robustness: a report compared in memory, without sources. */
export function scoreVendors(
  vendors: ReadonlyArray<{ file: string; data: VendorEvaluation }>,
  rubric: Rubric,
  options: { asOf: string /* YYYY-MM-DD, for staleness only */ },
): ScoreReport {
  const scored = vendors.map((vendor) => scoreVendor(vendor.file, vendor.data, rubric, options.asOf));
  return assembleScoreReport(rankVendors(scored, rubric), rubric);
}

/** Entries scored at any time under this rubric (some kept from a committed report), ranked; no robustness. */
export function rankScores(scores: readonly VendorSummary[], rubric: Rubric): Ranking {
  return { rubric_version: rubric.version, vendors: rankVendors(scores.map((score) => ({ score })), rubric).map((vendor) => vendor.score) };
}
