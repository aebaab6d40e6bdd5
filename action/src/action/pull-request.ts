// The pull-request mode: review what a pull request changes in the vendor files and the rubric, as a sequence of
// steps: read the event and the configuration, list the changed files, read both sides, review, annotate, keep the
// comment, write the job summary, decide the exit. Its API calls do not grow with the repository: the list of
// changed files, one tree and one query per hundred distinct blobs of the side that is not checked out (at most
// max-vendor-files of them), one query for the comments and one write.
import * as core from '@actions/core';
import {
  assembleSides,
  buildReviewBody,
  COMMENT_LIMIT,
  compareFindings,
  compileCommentTemplate,
  diffTrees,
  fileFinding,
  noticeOf,
  noticeText,
  pathsOnSide,
  reviewNothing,
  reviewPullRequest,
  SCORE_INDEX,
  selectChanges,
  STICKY_MARKER,
  SUMMARY_LIMIT,
  toSide,
  trimPath,
} from '../core/index.js';
import type {
  ChangedFile,
  Finding,
  ProjectConfig,
  PullRequestReview,
  PullRequestSides,
  RenderComment,
  Review,
  ReviewNotice,
  ReviewView,
  SelectedChanges,
} from '../core/index.js';
import { annotateFindings } from '../github/annotate-findings.js';
import { explainApiError, explainFailure } from '../github/explain-api-error.js';
import { MAX_LISTED_FILES, listChangedFiles } from '../github/list-changed-files.js';
import type { PullRequestRef } from '../github/list-changed-files.js';
import { readCommitFiles, readTree } from '../github/read-commit-files.js';
import { listOwnMarkedComments, upsertStickyComment } from '../github/sticky-comment.js';
import { readBuiltInRubric } from '../shell/built-in.js';
import { openWorkspace, readProjectTemplates } from '../shell/read-workspace.js';
import type { Workspace } from '../shell/read-workspace.js';
import { InputError } from './get-inputs.js';
import { readCheckoutSide, readCommittedScores } from './read-checkout-side.js';
import type { ModeOutcome, RunContext } from './run-context.js';
import { toScoresOutput } from './scores-output.js';

interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  /** The test merge of head into base, when GitHub has made one. */
  mergeSha: string | null;
}

/** What the pull request changes, and the commit its head's files are read from. */
interface Listing {
  files: ChangedFile[];
  headSha: string;
  /** How the list was made: GitHub's list, the two trees compared (past GitHub's 3000 files), or neither. */
  source: 'listed' | 'trees' | 'truncated';
}

export async function runPullRequest(run: RunContext): Promise<ModeOutcome> {
  const event = readPullRequestEvent(run);
  // The checkout's configuration (the base's under pull_request_target), with every path free of links.
  const workspace = openWorkspace(run.root, run.inputs);
  const { config, root } = workspace;
  const render = loadCommentTemplate({ root, config, redact: run.redact });
  const pull: PullRequestRef = { ...run.repo, number: event.number };

  const listing = await listChanges({ run, event, pull });
  const changes = selectChanges(listing.files, config);
  core.info(
    `Pull request #${event.number} changes ${changes.vendors.length} vendor file(s)${changes.rubric ? ' and the rubric' : ''}${changes.config ? ' and the configuration' : ''}.`,
  );
  const refusal = refuseReview({ listing, changes, config, maxFiles: run.inputs.maxVendorFiles });
  const relevant = changes.vendors.length > 0 || changes.rubric !== null || changes.config !== null || refusal !== null;
  const reviewed = refusal
    ? { ...reviewNothing(config.language), findings: [refusal], notices: [] }
    : relevant
      ? await reviewChanges({
          run,
          workspace,
          event: { ...event, headSha: listing.headSha },
          changes,
          trustsScores: trustsCommittedScores(run, config, listing),
        })
      : reviewNothing(config.language);

  const findings = [...workspace.findings, ...reviewed.findings].sort(compareFindings);
  const notices = listing.source === 'trees' ? [noticeOf('pr.notice.files-compared', MAX_LISTED_FILES), ...reviewed.notices] : reviewed.notices;
  const review: Review = { ...reviewed, findings, notices, headSha: event.headSha, runUrl: run.runUrl };
  const hidden = annotateFindings(findings);
  if (hidden) core.info(`${hidden} more finding(s) are not annotated (GitHub shows 10 per step); the job summary lists them all.`);

  const comment = run.inputs.comment ? await keepComment({ run, pull, render, review, createIfMissing: relevant }) : { commentId: null, notices: [] };
  // Values were redacted before they were escaped, by the renderer (redacting the rendered text could re-form Markdown).
  await writeSummary(buildReviewBody(render, { ...review, notices: [...notices, ...comment.notices] }, SUMMARY_LIMIT).body);
  return decideOutcome({ run, reviewed, findings, commentId: comment.commentId });
}

/**
 * GitHub lists at most 3000 files of a pull request. Past that, the whole trees of the base and of the merge
 * result (the Git Data API lists up to 100,000 entries) say what changes instead; without a merge result the
 * list stays cut, and the review refuses rather than pass what it did not see.
 */
async function listChanges(input: { run: RunContext; event: PullRequestEvent; pull: PullRequestRef }): Promise<Listing> {
  const { run, event, pull } = input;
  const listed = await explainFailure({ doing: "list the pull request's files", permission: 'pull-requests: read' }, () => listChangedFiles(run.octokit, pull));
  if (!listed.truncated) return { files: listed.files, headSha: event.headSha, source: 'listed' };
  if (!event.mergeSha) return { files: listed.files, headSha: event.headSha, source: 'truncated' };
  const trees = await explainFailure({ doing: 'read the trees of the base and the merge result', permission: 'contents: read' }, async () => [
    await readTree(run.queries, { ...run.repo, sha: event.baseSha }),
    await readTree(run.queries, { ...run.repo, sha: event.mergeSha! }),
  ]);
  return { files: diffTrees(trees[0]!.entries, trees[1]!.entries), headSha: event.mergeSha, source: 'trees' };
}

/** A pull request whose files were not all seen, or that changes more vendor files than a review reads, is not reviewed. */
function refuseReview(input: { listing: Listing; changes: SelectedChanges; config: ProjectConfig; maxFiles: number }): Finding | null {
  const { listing, changes, config, maxFiles } = input;
  if (listing.source === 'truncated') {
    return fileFinding({
      code: 'review-incomplete',
      file: config.vendors,
      message: `GitHub lists only the first ${MAX_LISTED_FILES} files of this pull request and has made no merge commit to compare whole trees with, so it was not reviewed: files past those could be vendor files or the rubric.`,
      hint: 'Split the pull request, or wait until GitHub shows it as mergeable and run the check again.',
    });
  }
  if (changes.vendors.length > maxFiles) {
    return fileFinding({
      code: 'review-too-many-files',
      file: config.vendors,
      message: `This pull request changes ${changes.vendors.length} vendor files; a review reads at most ${maxFiles} (the \`max-vendor-files\` input), so it was not reviewed.`,
      hint: 'Split the pull request, or raise `max-vendor-files` in the workflow if such pull requests are expected.',
    });
  }
  return null;
}

/** The comment template is the checkout's (the base's under pull_request_target): a pull request cannot change it. */
function loadCommentTemplate({ root, config, redact }: { root: string; config: ProjectConfig; redact: (text: string) => string }): RenderComment<ReviewView> {
  const { templates } = readProjectTemplates(root, config);
  return compileCommentTemplate<ReviewView>({ templates, language: config.language, redact });
}

/**
 * Reads the side that is not checked out through the API, checks both sides (each file parsed at most once, and
 * not at all when the base's committed scores hold for it), scores both and compares them.
 */
async function reviewChanges(input: {
  run: RunContext;
  workspace: Workspace;
  event: PullRequestEvent;
  changes: SelectedChanges;
  trustsScores: boolean;
}): Promise<PullRequestReview> {
  const { run, changes } = input;
  const { root, config } = input.workspace;
  const sides = await readSides(input);
  const committed = input.trustsScores ? await readCommittedScores(root, config.reports) : null;
  const review = reviewPullRequest({ sides, changes, rubricPath: config.rubric, committed, asOf: run.today, language: config.language });
  if (review.reused) core.info(`${review.reused} unchanged vendor file(s) scored as in the base's committed ${config.reports}/${SCORE_INDEX}.`);
  return review;
}

/** The checkout is one side (the base under pull_request_target, where the head is only ever read as data). */
async function readSides(input: { run: RunContext; workspace: Workspace; event: PullRequestEvent; changes: SelectedChanges }): Promise<PullRequestSides> {
  const { run, event, changes } = input;
  const { root, config } = input.workspace;
  const localSide = run.eventName === 'pull_request_target' ? 'base' : 'head';
  const remoteSide = localSide === 'base' ? 'head' : 'base';
  const local = readCheckoutSide({ root, config, readsConfig: changes.config !== null });
  const commit = { ...run.repo, sha: remoteSide === 'head' ? event.headSha : event.baseSha };
  const remote = await explainFailure({ doing: `read the ${remoteSide}'s files through the API`, permission: 'contents: read' }, () =>
    readCommitFiles({ client: run.queries, commit, paths: pathsOnSide(changes, remoteSide) }),
  );
  return assembleSides({
    local,
    remote: toSide({ read: remote, changes, side: remoteSide, rubricPath: config.rubric, builtInRubric: config.builtIn.rubric ? readBuiltInRubric() : null }),
    localSide,
    changes,
  });
}

/** Keeps the one review comment up to date; a refusal is a warning and a notice in the summary, not a failure. */
async function keepComment(input: {
  run: RunContext;
  pull: PullRequestRef;
  render: RenderComment<ReviewView>;
  review: Review;
  createIfMissing: boolean;
}): Promise<{ commentId: number | null; notices: ReviewNotice[] }> {
  const { run, pull } = input;
  try {
    const body = buildReviewBody(input.render, input.review, COMMENT_LIMIT).body;
    const listed = await listOwnMarkedComments(run.queries, pull, STICKY_MARKER);
    const result = await upsertStickyComment({
      octokit: run.octokit,
      pull,
      comment: { marker: STICKY_MARKER, body, createIfMissing: input.createIfMissing },
      listed,
    });
    core.info(`Review comment: ${result.action}${result.removedDuplicates ? `, ${result.removedDuplicates} duplicate(s) removed` : ''}.`);
    return { commentId: result.commentId, notices: [] };
  } catch (error) {
    const reason = explainApiError(error, { doing: 'post the review comment', permission: 'pull-requests: write' });
    core.warning(run.redact(reason));
    return { commentId: null, notices: [noticeText(reason)] };
  }
}

function decideOutcome(input: { run: RunContext; reviewed: PullRequestReview; findings: readonly Finding[]; commentId: number | null }): ModeOutcome {
  const { run, reviewed, findings } = input;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const drops = reviewed.comparison?.scoreDrops ?? [];
  const failure =
    run.inputs.failOn !== 'never' && errors > 0
      ? `${errors} error(s) in the files this pull request changes: see the annotations, the review comment or the job summary.`
      : run.inputs.failOn === 'score-drop' && drops.length > 0
        ? `The total score drops for ${drops.join(', ')} (fail-on: score-drop).`
        : null;
  return { valid: errors === 0, findings: findings.length, scores: toScoresOutput(reviewed.head), commentId: input.commentId, failure };
}

/**
 * Committed scores stand in for files only when they are the base's. Under pull_request_target the checkout is
 * the base. Under pull_request it is the merge result, whose scores.json is the base's unless the pull request
 * changes it, which GitHub's full list of its files tells.
 */
function trustsCommittedScores(run: RunContext, config: ProjectConfig, listing: Listing): boolean {
  if (run.eventName === 'pull_request_target') return true;
  const scores = `${trimPath(config.reports)}/${SCORE_INDEX}`;
  return listing.source !== 'truncated' && !listing.files.some((file) => file.filename === scores || file.previousFilename === scores);
}

function readPullRequestEvent(run: RunContext): PullRequestEvent {
  const pr = run.payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string }; merge_commit_sha?: unknown } | undefined;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) {
    throw new InputError(
      `The pull-request mode needs a pull_request or pull_request_target event, not \`${run.eventName}\`: set \`mode: publish\` or run on pull requests.`,
    );
  }
  const merge = typeof pr.merge_commit_sha === 'string' && /^[0-9a-f]{40}$/.test(pr.merge_commit_sha) ? pr.merge_commit_sha : null;
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, mergeSha: merge };
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set): the review is not written there.');
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}
