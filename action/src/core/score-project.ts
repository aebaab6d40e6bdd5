// The score report as reports/scores.json holds it: the vendors ranked, the ranking's robustness, and what it was
// all computed from. Scores computed next to the check (on the threads that checked the files) are ranked as
// they are; otherwise every vendor is scored here.
import type { LoadedVendor } from './check-sources.js';
import type { Rubric } from './rubric-types.js';
import type { ScoreReport } from './score-types.js';
import { describeSources } from './score/describe-sources.js';
import type { ScoredVendor } from './score/score-vendor.js';
import { rankScoredVendors, scoreVendors } from './score/score-vendors.js';

export interface ScoreProjectInput {
  vendors: readonly LoadedVendor[];
  /** The vendors' scores, when they were computed with the check. */
  scored?: readonly ScoredVendor[];
  rubric: Rubric;
  /** YYYY-MM-DD: evaluations past their review date on this day are flagged. */
  asOf: string;
}

export function scoreProject(input: ScoreProjectInput): ScoreReport {
  const { rubric_version, vendors, robustness } = input.scored
    ? rankScoredVendors(input.scored, input.rubric)
    : scoreVendors(input.vendors, input.rubric, { asOf: input.asOf });
  return { rubric_version, sources: describeSources(input.vendors, input.rubric), vendors, robustness };
}
