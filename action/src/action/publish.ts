// The publish mode: on the default branch (push, workflow_dispatch, schedule), render the reports from the branch
// head and, only when they differ from the head's committed reports/, commit exactly the changed and removed
// files in one commit through the API. If the branch moves meanwhile, read the new head, render again and retry;
// never force. Then keep the tracking issue of evaluations past their review date in step.
//
// The head is read through the API, not from the checkout, because the head may have moved past the commit the
// workflow checked out. The checkout still saves requests: a file whose content (blob SHA) matches the checkout
// is read from disk, so a publish costs a constant number of requests plus one per file the checkout lacks.
import * as core from '@actions/core';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  batchTreeWrites,
  buildReports,
  compareFindings,
  computeBackoffMs,
  computeBlobSha,
  CONFIG_FILE,
  describeReportCommit,
  fileFinding,
  hasErrors,
  hasReportChanges,
  listStaleEvaluations,
  parseConfig,
  planReportChanges,
  RenderError,
  resolveConfig,
} from '../core/index.js';
import type { Finding, ProjectConfig, ReportPlan, ScoreReport, SourceFile, StaleEvaluation, TreeEntry } from '../core/index.js';
import { readBuiltInRubric, withBuiltInTemplates } from '../shell/built-in.js';
import { checkProjectSources } from '../shell/load-project.js';
import { annotateFindings } from '../github/annotate-findings.js';
import { BranchRefusedError, commitReports, readBranchHead, readRepositoryId } from '../github/commit-reports.js';
import type { BranchHead, BranchTarget } from '../github/commit-reports.js';
import { explainApiError, statusOf } from '../github/explain-api-error.js';
import { CommitTreeError, readCommitFiles } from '../github/read-commit-files.js';
import { syncStaleIssue } from '../github/stale-issue.js';
import type { StaleIssueOutcome } from '../github/stale-issue.js';
import { InputError } from './get-inputs.js';
import type { ModeOutcome, RunContext } from './run-context.js';
import { toScoresOutput } from './scores-output.js';

export interface PublishOptions {
  /** Attempts in all when the branch keeps moving; each re-reads the head and renders again. */
  maxAttempts?: number;
  /** The random source of the backoff jitter; tests pin it. */
  random?: () => number;
  /** How to wait between attempts; tests skip the wait. */
  sleep?: (ms: number) => Promise<void>;
}

export interface PublishOutcome extends ModeOutcome {
  status: 'committed' | 'unchanged' | 'failed';
  /** The commit made, when one was. */
  commitSha: string | null;
  /** Repository-relative report files written or removed by that commit. */
  changedFiles: string[];
  stale: StaleEvaluation[];
  staleIssue: StaleIssueOutcome | null;
}

const DEFAULT_ATTEMPTS = 3;

type Rendering = RenderedHead | { ok: false; findings: Finding[]; failure: string };

interface RenderedHead {
  ok: true;
  config: ProjectConfig;
  report: ScoreReport;
  plan: ReportPlan;
  findings: Finding[];
}

interface Published extends Pick<PublishOutcome, 'status' | 'commitSha' | 'changedFiles' | 'failure'> {
  /** The head's last good rendering, which the tracking issue follows even when the commit was refused. */
  rendered: RenderedHead | null;
  findings: Finding[];
}

/** A failure with a sentence for people: the run ends with it, nothing committed. */
class PublishFailure extends Error {
  override readonly name = 'PublishFailure';
}

export async function runPublishMode(run: RunContext, options: PublishOptions = {}): Promise<PublishOutcome> {
  const target: BranchTarget = { ...run.repo, branch: readPublishBranch(run) };
  const published = await publishReports(run, target, options);
  if (published.findings.length) annotateFindings(published.findings);

  const stale = published.rendered ? listStaleEvaluations(published.rendered.report) : [];
  // A protected branch that refuses the report commit must not also silence the review reminders.
  const issue =
    published.rendered && isDefaultBranch(run, target.branch)
      ? await keepStaleIssue(run, stale, published.rendered.config.language)
      : { outcome: null, failure: null };
  const failures = [published.failure, issue.failure].filter((failure): failure is string => failure !== null);
  return {
    valid: !hasErrors(published.findings),
    findings: published.findings.length,
    scores: toScoresOutput(published.rendered?.report ?? null),
    commentId: null,
    failure: failures.length ? failures.join('\n') : null,
    status: published.status,
    commitSha: published.commitSha,
    changedFiles: published.changedFiles,
    stale,
    staleIssue: issue.outcome,
  };
}

async function publishReports(run: RunContext, target: BranchTarget, options: PublishOptions): Promise<Published> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let rendered: RenderedHead | null = null;
  let findings: Finding[] = [];
  const stop = (failure: string): Published => ({ rendered, findings, status: 'failed', commitSha: null, changedFiles: [], failure });

  try {
    const repositoryId = await callApi(readRepositoryId(run.octokit, run.repo, run.payload), 'read the repository', 'contents: read');
    for (let attempt = 1; ; attempt += 1) {
      const head = await callApi(readBranchHead(run.octokit, target), `read branch \`${target.branch}\``, 'contents: read');
      const rendering = await renderHead(run, head);
      findings = rendering.findings;
      rendered = rendering.ok ? rendering : null;
      if (!rendering.ok) return stop(rendering.failure);

      const { plan } = rendering;
      if (!hasReportChanges(plan)) {
        core.info(`The reports of ${target.branch} at ${short(head.commitSha)} are up to date (${plan.unchanged} files); nothing to commit.`);
        return { rendered, findings, status: 'unchanged', commitSha: null, changedFiles: [], failure: null };
      }

      const changedFiles = [...plan.writes.map((write) => write.path), ...plan.deletions];
      core.info(`${changedFiles.length} report file(s) to commit on ${target.branch}: ${changedFiles.join(', ')}`);
      const outcome = await callApi(
        commitReports({
          octokit: run.octokit,
          target,
          repositoryId,
          head,
          change: { batches: batchTreeWrites(plan), message: describeReportCommit(plan, head.commitSha) },
        }),
        `commit the reports to \`${target.branch}\``,
        'contents: write',
      );
      if (outcome.status === 'committed') {
        core.info(`Committed ${short(outcome.commitSha)} on ${target.branch}${outcome.verified ? ' (signed by GitHub)' : ''}.`);
        return { rendered, findings, status: 'committed', commitSha: outcome.commitSha, changedFiles, failure: null };
      }
      if (attempt >= maxAttempts) {
        return stop(
          `\`${target.branch}\` moved while the reports were being committed, ${maxAttempts} times in a row; nothing was ` +
            'committed and no commit was overwritten. The next push or scheduled run publishes them, or re-run this workflow.',
        );
      }
      const wait = computeBackoffMs(attempt, options.random ?? Math.random);
      core.info(`${target.branch} moved after ${short(head.commitSha)}; rendering from the new head in ${wait} ms (attempt ${attempt + 1} of ${maxAttempts}).`);
      await sleep(wait);
    }
  } catch (error) {
    if (error instanceof PublishFailure || error instanceof BranchRefusedError || error instanceof CommitTreeError) return stop(error.message);
    throw error;
  }
}

/** Reads the config, rubric, vendor files and templates of the head, checks, scores and renders them. */
async function renderHead(run: RunContext, head: BranchHead): Promise<Rendering> {
  const configEntry = head.entries.find((entry) => entry.path === CONFIG_FILE);
  const configRead = configEntry ? await readHeadFiles(run, head, [configEntry]) : { files: [], findings: [] };
  const parsed = parseConfig(configRead.files[0] ?? null);
  const configFindings = [...configRead.findings, ...parsed.findings];
  if (hasErrors(configFindings)) {
    return { ok: false, findings: configFindings, failure: failureAt(head, `${CONFIG_FILE} has errors (see the annotations)`) };
  }
  const config = resolveConfig(parsed.config, run.inputs);

  const rubricEntry = head.entries.find((entry) => entry.path === config.rubric);
  const vendorEntries = head.entries.filter((entry) => isUnder(entry, config.vendors) && /\.ya?ml$/i.test(entry.path) && entry.path !== config.rubric);
  const templateEntries = head.entries.filter((entry) => isUnder(entry, config.templates) && entry.path.endsWith('.hbs'));
  const read = await readHeadFiles(run, head, [...(rubricEntry ? [rubricEntry] : []), ...vendorEntries, ...templateEntries]);
  const byPath = new Map(read.files.map((file) => [file.path, file]));
  const rubric = byPath.get(config.rubric) ?? (rubricEntry || !config.builtIn.rubric ? undefined : readBuiltInRubric());
  if (!rubric) {
    const missing = fileFinding({ code: 'file-unreadable', file: config.rubric, message: `The rubric is not in ${short(head.commitSha)}.` });
    const findings = [...read.findings, ...(rubricEntry ? [] : [missing])].sort(compareFindings);
    return { ok: false, findings, failure: failureAt(head, `the rubric ${config.rubric} cannot be read`) };
  }
  const vendors = vendorEntries.flatMap((entry) => byPath.get(entry.path) ?? []);
  const templateFolder = `${trimFolder(config.templates)}/`;
  const templates = withBuiltInTemplates(
    Object.fromEntries(
      templateEntries.flatMap((entry) => {
        const file = byPath.get(entry.path);
        return file ? [[entry.path.slice(templateFolder.length), file.text]] : [];
      }),
    ),
  );

  // Reports never leave a vendor out silently: any error on the branch stops the publish.
  const { check, scored } = await checkProjectSources({ sources: vendors, rubric, findings: read.findings, options: { asOf: run.today, keepVendors: true } });
  if (!check.rubric || !scored || hasErrors(check.findings)) {
    const errors = check.findings.filter((finding) => finding.severity === 'error').length;
    return { ok: false, findings: check.findings, failure: failureAt(head, `the vendor files or the rubric have ${errors} error(s) (see the annotations)`) };
  }
  const { report, files } = buildReports({
    vendors: check.vendors,
    scored,
    rubric: check.rubric,
    templates,
    languages: config.languages,
    limit: config.comparison_limit,
    asOf: run.today,
    redact: run.redact,
  });
  try {
    const plan = planReportChanges({ rendered: files, committed: head.entries, reportsPath: trimFolder(config.reports) });
    if (plan.foreign.length) {
      const listed = plan.foreign.slice(0, 5).join(', ') + (plan.foreign.length > 5 ? ` and ${plan.foreign.length - 5} more` : '');
      return {
        ok: false,
        findings: check.findings,
        failure: failureAt(
          head,
          `the reports folder \`${config.reports}\` holds files that are not reports (${listed}); publishing replaces that folder as a whole, so it would delete them. Point \`reports\` in ${CONFIG_FILE} at a folder of its own`,
        ),
      };
    }
    return { ok: true, config, report, plan, findings: check.findings };
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    return {
      ok: false,
      findings: check.findings,
      failure: `Rendering the reports at ${short(head.commitSha)} failed; nothing was committed. ${error.message}`,
    };
  }
}

/**
 * The given entries of the head as text: from the checkout where the bytes there have the same blob SHA, through
 * the API otherwise. Entries that are not regular files go to the API reader, which refuses them as findings.
 */
async function readHeadFiles(run: RunContext, head: BranchHead, entries: readonly TreeEntry[]): Promise<{ files: SourceFile[]; findings: Finding[] }> {
  const local = await Promise.all(entries.map((entry) => readFromCheckout(run.root, entry)));
  const files = local.flatMap((file) => (file ? [file] : []));
  const remote = entries.filter((_, index) => !local[index]).map((entry) => entry.path);
  if (!remote.length) return { files, findings: [] };
  const read = await callApi(
    readCommitFiles({ client: run.queries, commit: { ...run.repo, sha: head.commitSha }, paths: remote, tree: head.entries }),
    'read the branch head',
    'contents: read',
  );
  return { files: [...files, ...read.files], findings: read.findings };
}

/**
 * A file of the checkout is used only when its content has the head's blob SHA for that path: then it is the
 * head's file, byte for byte, wherever on disk it came from, and nothing else on the runner can be read this way.
 */
async function readFromCheckout(root: string, entry: TreeEntry): Promise<SourceFile | null> {
  if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) return null;
  const absolute = path.join(root, ...entry.path.split('/'));
  const stat = await lstat(absolute).catch(() => null);
  if (!stat?.isFile()) return null;
  const text = (await readFile(absolute)).toString('utf8');
  // Compared on the decoded text: bytes that are not UTF-8 do not survive decoding, so such a file goes to the
  // API reader, which reports it.
  return computeBlobSha(text) === entry.sha ? { path: entry.path, text } : null;
}

async function keepStaleIssue(
  run: RunContext,
  stale: readonly StaleEvaluation[],
  language: ProjectConfig['language'],
): Promise<{ outcome: StaleIssueOutcome | null; failure: string | null }> {
  core.info(
    stale.length
      ? `${stale.length} evaluation(s) past their review date: ${stale.map((entry) => entry.id).join(', ')}.`
      : 'No evaluation is past its review date.',
  );
  try {
    const outcome = await syncStaleIssue({ octokit: run.octokit, queries: run.queries, repository: run.repo, stale, language });
    core.info(`Stale-evaluations issue: ${outcome.action}${'number' in outcome ? ` (#${outcome.number})` : ''}.`);
    return { outcome, failure: null };
  } catch (error) {
    // Also a missing permission reported by GraphQL, which lists the issues.
    const failure = explainApiError(error, { doing: 'update the stale-evaluations issue', permission: 'issues: write', mode: 'publish' });
    return { outcome: null, failure };
  }
}

/** The branch the run is for: the pushed or dispatched ref, or the run's ref (a scheduled run's is the default branch). */
function readPublishBranch(run: RunContext): string {
  const ref = typeof run.payload.ref === 'string' ? run.payload.ref : run.ref;
  if (ref?.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  if (ref) throw new InputError(`The publish mode commits to a branch; this run is for \`${ref}\`.`);
  const defaultBranch = readDefaultBranch(run);
  if (defaultBranch) return defaultBranch;
  throw new InputError(`The publish mode runs on push, workflow_dispatch or schedule; the \`${run.eventName}\` event names no branch.`);
}

/** The tracking issue follows the default branch only: a dispatch on a feature branch must not close it. */
function isDefaultBranch(run: RunContext, branch: string): boolean {
  return run.eventName === 'schedule' || branch === readDefaultBranch(run);
}

function readDefaultBranch(run: RunContext): string | null {
  const repository = run.payload.repository as { default_branch?: unknown } | undefined;
  return typeof repository?.default_branch === 'string' ? repository.default_branch : null;
}

/**
 * GitHub's errors as sentences that say what to do (a missing permission names the `permissions:` entry the
 * publishing job lacks). Errors that are not GitHub's answers (and our own refusals, which already say what to
 * do) pass through.
 */
async function callApi<T>(request: Promise<T>, doing: string, permission: string): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (statusOf(error) === undefined) throw error;
    throw new PublishFailure(`${explainApiError(error, { doing, permission, mode: 'publish' })} Nothing was committed.`);
  }
}

function failureAt(head: BranchHead, what: string): string {
  return `At ${short(head.commitSha)}, ${what}; nothing was committed.`;
}

function isUnder(entry: TreeEntry, folder: string): boolean {
  return entry.type !== 'tree' && entry.path.startsWith(`${trimFolder(folder)}/`);
}

function trimFolder(folder: string): string {
  return folder.replace(/^\.\//, '').replace(/\/+$/, '');
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
