// The score report: the vendors ranked, the ranking's robustness, and what it was all computed from
// (reports/scores.json holds it without each vendor's criteria). Scores computed next to the check (on the threads that checked the files) are ranked as
// they are; otherwise every vendor is scored here.
import type { LoadedVendor } from './check-sources.js';
import type { Rubric } from './rubric-types.js';
import type { ScoreReport, ScoreSources, VendorStanding } from './score-types.js';
import { describeSources } from './score/describe-sources.js';
import { rankVendors } from './score/rank-vendors.js';
import { assessRobustness } from './score/robustness.js';
import { scoreVendor } from './score/score-vendor.js';
import type { ScoredVendor } from './score/score-vendor.js';

export interface ScoreProjectInput {
  vendors: readonly LoadedVendor[];
  /** The vendors' scores, when they were computed with the check. */
  scored?: readonly ScoredVendor[];
  rubric: Rubric;
  /** YYYY-MM-DD: evaluations past their review date on this day are flagged. */
  asOf: string;
}

export function scoreProject(input: ScoreProjectInput): ScoreReport {
  const scored = input.scored ?? input.vendors.map((vendor) => scoreVendor(vendor.file, vendor.data, input.rubric, input.asOf));
  return assembleScoreReport(rankVendors(scored, input.rubric), input.rubric, describeSources(input.vendors, input.rubric));
}

/**
 * The report of vendors already ranked (rankVendors), field order as score-types.ts has it. `sources` describes
 * the scored files (describeSources); reports rendered from files have it, scores compared in memory do not.
 */
export function assembleScoreReport<V extends VendorStanding>(ranked: readonly ScoredVendor<V>[], rubric: Rubric, sources?: ScoreSources): ScoreReport<V> {
  return {
    rubric_version: rubric.version,
    ...(sources && { sources }),
    vendors: ranked.map((vendor) => vendor.score),
    robustness: assessRobustness(ranked, rubric),
  };
}
