// The pull-request mode: review what a pull request changes in the vendor files and the rubric. The API calls do
// not grow with the repository: one list of changed files, one tree and one blob per changed file of the side
// that is not checked out, one query for the comments and one write.
import * as core from '@actions/core';
import { assembleSides, pathsOnSide, toSide } from '../core/compare/assemble-sides.js';
import type { SideFiles } from '../core/compare/assemble-sides.js';
import { COMMENT_LIMIT, STICKY_MARKER, SUMMARY_LIMIT, buildReviewBody, collectRubricTitles, noticeOf, noticeText } from '../core/compare/build-review-body.js';
import type { Review, ReviewNotice, ReviewView, RubricTitles } from '../core/compare/build-review-body.js';
import { checkPullRequest, workOutKnownChecks } from '../core/compare/check-pull-request.js';
import type { KnownChecks } from '../core/compare/check-pull-request.js';
import { compareReports } from '../core/compare/compare-reports.js';
import type { ReportComparison } from '../core/compare/compare-reports.js';
import { COMMENT_TEMPLATE, compileCommentTemplate } from '../core/compare/compile-comment-template.js';
import { selectChanges, trimPath } from '../core/compare/select-changes.js';
import type { ChangedFile, SelectedChanges } from '../core/compare/select-changes.js';
import type { CheckResult } from '../core/check-sources.js';
import type { ProjectConfig } from '../core/config.js';
import { compareFindings } from '../core/findings.js';
import type { Finding } from '../core/findings.js';
import { scoreVendor } from '../core/score/score-vendor.js';
import { rankScores } from '../core/score/score-vendors.js';
import type { Ranking, VendorSummary } from '../core/score-types.js';
import { annotateFindings } from '../github/annotate-findings.js';
import { explainApiError, explainFailure } from '../github/explain-api-error.js';
import { MAX_LISTED_FILES, listChangedFiles } from '../github/list-changed-files.js';
import type { PullRequestRef } from '../github/list-changed-files.js';
import { readCommitFiles } from '../github/read-commit-files.js';
import { listOwnMarkedComments, upsertStickyComment } from '../github/sticky-comment.js';
import type { ListedComment } from '../github/sticky-comment.js';
import { WorkspaceError, openWorkspace, readTemplates } from '../shell/read-workspace.js';
import { InputError } from './get-inputs.js';
import { readCheckoutSide, readCommittedScores } from './read-checkout-side.js';
import type { ModeOutcome, RunContext } from './run-context.js';
import { SCORE_INDEX } from '../core/render/render-reports.js';
import { summariseScores } from '../core/summarise-scores.js';

interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
}

/** The checked-out side, and what was worked out about it while GitHub answered. */
interface CheckoutSide {
  side: SideFiles;
  known: KnownChecks;
}

interface ChangeReview {
  findings: Finding[];
  comparison: ReportComparison | null;
  preexisting: number;
  head: Ranking | null;
  notices: ReviewNotice[];
  titles: RubricTitles;
}

export async function runPullRequest(run: RunContext): Promise<ModeOutcome> {
  const event = readPullRequestEvent(run);
  const workspace = await openWorkspace(run.root);
  const config: ProjectConfig = {
    ...workspace.config,
    ...run.inputs.paths,
    ...(run.inputs.language ? { language: run.inputs.language } : {}),
  };
  const templates = await readTemplates(run.root, config.templates);
  if (templates[COMMENT_TEMPLATE] === undefined) {
    throw new WorkspaceError(`${config.templates}/${COMMENT_TEMPLATE} is missing: the review comment is rendered from it.`);
  }
  const render = compileCommentTemplate<ReviewView>(templates, config.language);

  const pull: PullRequestRef = { ...run.repo, number: event.number };
  const listing = explainFailure({ doing: "list the pull request's files", permission: 'pull-requests: read' }, () =>
    listChangedFiles(run.octokit, pull),
  );
  // The checkout is read, its rubric checked and its blobs hashed while GitHub answers: none of it needs the
  // pull request's files. Unused when nothing relevant changed.
  const checkout = readCheckoutSide(run.root, config).then((side) => ({ side, known: workOutKnownChecks(side) }));
  checkout.catch(() => undefined);
  const listed = await listing;
  const changes = selectChanges(listed.files, config);
  const relevant = changes.vendors.length > 0 || changes.rubric !== null;
  core.info(
    `Pull request #${event.number} changes ${changes.vendors.length} vendor file(s)${changes.rubric ? ' and the rubric' : ''}.`,
  );
  // The comment is listed as soon as the other side's files are read, so that the query answers while the files
  // are checked, and the requests reach GitHub in the same order on every run.
  let ownComments: Promise<ListedComment[]> | undefined;
  const listComments = () => {
    if (!run.inputs.comment || ownComments) return;
    ownComments = listOwnMarkedComments(run.queries, pull, STICKY_MARKER);
    // Awaited with the write below, where its errors are handled; until then it must not count as unhandled.
    ownComments.catch(() => undefined);
  };
  const reviewed = relevant
    ? await reviewChanges(run, config, { changes, event, checkout, trustsScores: trustsCommittedScores(run, config, listed) }, listComments)
    : {
        findings: [],
        comparison: null,
        preexisting: 0,
        head: null,
        notices: [noticeOf('pr.notice.no-changes')],
        titles: collectRubricTitles([], config.language),
      };
  const findings = [...workspace.findings, ...reviewed.findings].sort(compareFindings);
  const notices = listed.truncated
    ? [noticeOf('pr.notice.files-truncated', MAX_LISTED_FILES), ...reviewed.notices]
    : reviewed.notices;

  const hidden = annotateFindings(findings);
  if (hidden) core.info(`${hidden} more finding(s) are not annotated (GitHub shows 10 per step); the job summary lists them all.`);

  const review: Review = {
    findings,
    comparison: reviewed.comparison,
    preexisting: reviewed.preexisting,
    titles: reviewed.titles,
    notices,
    headSha: event.headSha,
    runUrl: run.runUrl,
  };
  const commentNotices: ReviewNotice[] = [];
  let commentId: number | null = null;
  if (run.inputs.comment) {
    try {
      const comment = buildReviewBody(render, review, COMMENT_LIMIT);
      const result = await upsertStickyComment(
        run.octokit,
        pull,
        { marker: STICKY_MARKER, body: run.redact(comment.body), createIfMissing: relevant },
        ownComments ?? listOwnMarkedComments(run.queries, pull, STICKY_MARKER),
      );
      commentId = result.commentId;
      core.info(`Review comment: ${result.action}${result.removedDuplicates ? `, ${result.removedDuplicates} duplicate(s) removed` : ''}.`);
    } catch (error) {
      const reason = explainApiError(error, { doing: 'post the review comment', permission: 'pull-requests: write' });
      core.warning(run.redact(reason));
      commentNotices.push(noticeText(reason));
    }
  }
  await writeSummary(run.redact(buildReviewBody(render, { ...review, notices: [...notices, ...commentNotices] }, SUMMARY_LIMIT).body));

  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const drops = reviewed.comparison?.scoreDrops ?? [];
  const failure =
    run.inputs.failOn !== 'never' && errors > 0
      ? `${errors} error(s) in the files this pull request changes: see the annotations, the review comment or the job summary.`
      : run.inputs.failOn === 'score-drop' && drops.length > 0
        ? `The total score drops for ${drops.join(', ')} (fail-on: score-drop).`
        : null;
  return {
    valid: errors === 0,
    findings: findings.length,
    scores: summariseScores(reviewed.head),
    commentId,
    failure,
  };
}

/**
 * Reads the side that is not checked out through the API, checks both sides (each file parsed at most once, and
 * not at all when the base's committed scores hold for it), scores both and compares them.
 */
async function reviewChanges(
  run: RunContext,
  config: ProjectConfig,
  { changes, event, checkout, trustsScores }: { changes: SelectedChanges; event: PullRequestEvent; checkout: Promise<CheckoutSide>; trustsScores: boolean },
  onRemoteRead: () => void,
): Promise<ChangeReview> {
  // Under pull_request_target the checkout is the base; the head is read as data, never checked out.
  const localSide = run.eventName === 'pull_request_target' ? 'base' : 'head';
  const remoteSide = localSide === 'base' ? 'head' : 'base';
  const remoteSha = remoteSide === 'head' ? event.headSha : event.baseSha;
  const [{ side: local, known }, read, committed] = await Promise.all([
    checkout,
    explainFailure({ doing: `read the ${remoteSide}'s files through the API`, permission: 'contents: read' }, () =>
      readCommitFiles(run.octokit, { ...run.repo, sha: remoteSha }, pathsOnSide(changes, remoteSide)),
    ).then((files) => (onRemoteRead(), files)),
    trustsScores ? readCommittedScores(run.root, config.reports) : null,
  ]);
  const sides = assembleSides(local, toSide(read, changes, remoteSide, config.rubric), localSide, changes);
  const check = checkPullRequest(sides, changes, config.rubric, committed, known);
  if (check.reused.length) core.info(`${check.reused.length} unchanged vendor file(s) scored as in the base's committed ${config.reports}/${SCORE_INDEX}.`);
  const base = scoreSide(check.base, check.reused, run.today);
  const head = scoreSide(check.head, check.reused, run.today);
  return {
    findings: check.head.findings,
    comparison: head ? compareReports(base, head, check.changedVendorIds, check.rubricChanged) : null,
    preexisting: check.preexisting,
    head,
    titles: collectRubricTitles([check.head.rubric, check.base.rubric], config.language),
    notices: head ? [] : [noticeOf('pr.notice.head-unscorable')],
  };
}

/** A side's ranking: its checked vendors scored now, the reused ones as committed. Comparing needs no robustness. */
function scoreSide(result: CheckResult, reused: readonly VendorSummary[], asOf: string): Ranking | null {
  if (!result.rubric) return null;
  const scored = result.vendors.map((vendor) => scoreVendor(vendor.file, vendor.data, result.rubric!, asOf).score);
  return rankScores([...reused, ...scored], result.rubric);
}

/**
 * Committed scores stand in for files only when they are the base's. Under pull_request_target the checkout is
 * the base. Under pull_request it is the merge result, whose scores.json is the base's unless the pull request
 * changes it, which GitHub's full list of its files tells.
 */
function trustsCommittedScores(run: RunContext, config: ProjectConfig, listed: { files: readonly ChangedFile[]; truncated: boolean }): boolean {
  if (run.eventName === 'pull_request_target') return true;
  const scores = `${trimPath(config.reports)}/${SCORE_INDEX}`;
  return !listed.truncated && !listed.files.some((file) => file.filename === scores || file.previousFilename === scores);
}

function readPullRequestEvent(run: RunContext): PullRequestEvent {
  const pr = run.payload.pull_request as
    | { number?: number; base?: { sha?: string }; head?: { sha?: string } }
    | undefined;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) {
    throw new InputError(
      `The pull-request mode needs a pull_request or pull_request_target event, not \`${run.eventName}\`: set \`mode: publish\` or run on pull requests.`,
    );
  }
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
  };
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set): the review is not written there.');
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}
