// The review of a pull request, from its two sides to what the comment says: both sides checked (checkPullRequest),
// scored and ranked, then compared. Pure; the shell reads the sides and writes the comment.
import { rankScores } from '../score/score-project.js';
import { scoreVendor } from '../score/score-vendor.js';
import type { Language } from '../types/rubric.js';
import type { Ranking, VendorSummary } from '../types/score.js';
import type { CheckResult } from '../validate/check-sources.js';
import type { PullRequestSides } from './assemble-sides.js';
import { collectRubricTitles, noticeOf } from './build-review-body.js';
import type { Review } from './build-review-body.js';
import { checkPullRequest } from './check-pull-request.js';
import { compareReports } from './compare-reports.js';
import type { SelectedChanges } from './select-changes.js';

export interface PullRequestReview extends Pick<Review, 'findings' | 'comparison' | 'preexisting' | 'configChanges' | 'notices' | 'titles'> {
  /** The head's ranking, for the action's `scores` output; null when the head cannot be scored. */
  head: Ranking | null;
  /** How many unchanged vendors were taken from the base's committed scores instead of being parsed. */
  reused: number;
}

export function reviewPullRequest(input: {
  sides: PullRequestSides;
  changes: SelectedChanges;
  rubricPath: string;
  /** The base's reports/scores.json as parsed JSON, when the shell could trust one; null otherwise. */
  committed: unknown;
  /** YYYY-MM-DD, for staleness. */
  asOf: string;
  language: Language;
}): PullRequestReview {
  const check = checkPullRequest(input);
  const base = scoreSide(check.base, check.reused, input.asOf);
  const head = scoreSide(check.head, check.reused, input.asOf);
  return {
    findings: check.head.findings,
    comparison: head
      ? compareReports({ base, head, changedVendorIds: check.changedVendorIds, rubricChanged: check.rubricChanged, planChanges: check.planChanges })
      : null,
    preexisting: check.preexisting,
    configChanges: check.configChanges,
    head,
    reused: check.reused.length,
    titles: collectRubricTitles([check.head.rubric, check.base.rubric], input.language),
    notices: head ? [] : [noticeOf('pr.notice.head-unscorable')],
  };
}

/** The review of a pull request that changes no vendor file and not the rubric. */
export function reviewNothing(language: Language): PullRequestReview {
  return {
    findings: [],
    comparison: null,
    configChanges: [],
    preexisting: 0,
    head: null,
    reused: 0,
    notices: [noticeOf('pr.notice.no-changes')],
    titles: collectRubricTitles([], language),
  };
}

/** A side's ranking: its checked vendors scored now, the reused ones as committed. Comparing needs no robustness. */
function scoreSide(result: CheckResult, reused: readonly VendorSummary[], asOf: string): Ranking | null {
  const { rubric } = result;
  if (!rubric) return null;
  const scored = result.vendors.map((vendor) => scoreVendor({ file: vendor.file, vendor: vendor.data, rubric, asOf }).score);
  return rankScores([...reused, ...scored], rubric);
}
