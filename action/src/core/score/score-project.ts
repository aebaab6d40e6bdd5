// The one way to score a project: every vendor scored on its own (or its score taken as computed next to its
// check), then ranked, then the ranking's robustness, with what it was all computed from. Pure and
// deterministic: the same vendors and rubric give the same report, byte for byte, in whatever order they come.
import type { Rubric } from '../types/rubric.js';
import type { Ranking, ScoreReport, VendorSummary } from '../types/score.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { describeSources } from './describe-sources.js';
import { rankVendors } from './rank-vendors.js';
import { assessRobustness } from './robustness.js';
import { scoreVendor } from './score-vendor.js';
import type { ScoredVendor } from './score-vendor.js';

export interface ScoreProjectInput {
  /** Vendors read from files carry the blob SHA the report's `sources` records; vendors built in memory have none. */
  vendors: ReadonlyArray<{ file: string; data: VendorEvaluation; blob?: string }>;
  /** The vendors' scores, in the same order, when they were computed next to the check. */
  scored?: readonly ScoredVendor[];
  rubric: Rubric;
  /** YYYY-MM-DD: evaluations past their review date on this day are flagged. */
  asOf: string;
}

export function scoreProject(input: ScoreProjectInput): ScoreReport {
  const { vendors, rubric, asOf } = input;
  const scored = input.scored ?? vendors.map((vendor) => scoreVendor({ file: vendor.file, vendor: vendor.data, rubric, asOf }));
  const ranked = rankVendors(scored, rubric);
  const files = vendors.flatMap((vendor) => (vendor.blob === undefined ? [] : [{ file: vendor.file, blob: vendor.blob }]));
  return {
    rubric_version: rubric.version,
    ...(files.length === vendors.length && { sources: describeSources(files, rubric) }),
    vendors: ranked.map((vendor) => vendor.score),
    robustness: assessRobustness(ranked, rubric),
  };
}

/** Entries scored at any time under this rubric (some kept from a committed report), ranked; no robustness. */
export function rankScores(scores: readonly VendorSummary[], rubric: Rubric): Ranking {
  return { rubric_version: rubric.version, vendors: rankVendors(scores.map((score) => ({ score })), rubric).map((vendor) => vendor.score) };
}
