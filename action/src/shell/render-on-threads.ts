// The main thread's side of a run that renders (`run`, `render`), in two halves around the ranking:
//   1. prepareProject: every thread of the pool checks and scores files and keeps each valid vendor's page view,
//      score file and scores.json entry (prepare-files.ts); this thread gets what ranking needs of each vendor;
//   2. writePreparedReports: once the vendors are ranked, this thread asks for the views of the vendors the
//      comparison shows, then each thread renders the pages it kept (render-pages.ts) and writes their entries
//      into scores.json at the offsets this thread worked out, while this one renders the comparison (README.md)
//      and the rest of scores.json, all into a staging folder that replaces the reports folder only when every
//      file is written.
// The files are those renderReports builds in memory, byte for byte, on one thread or many; when several fail,
// the error is the one renderReports would throw first (README.md, then pages in rank order).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkRubricSource, combineChecks } from '../core/check-sources.js';
import type { CheckResult } from '../core/check-sources.js';
import type { ProjectConfig } from '../core/config.js';
import { buildOverviewView } from '../core/render/build-report-view.js';
import { selectOverview } from '../core/render/select-overview.js';
import { SCORE_INDEX, measureIndexEntry, renderOverview, serialiseIndexHead, serialiseIndexTail } from '../core/render/render-reports.js';
import type { Language, Rubric } from '../core/rubric-types.js';
import type { ScoreReport, VendorStanding } from '../core/score-types.js';
import { assembleScoreReport } from '../core/score-project.js';
import { describeSources } from '../core/score/describe-sources.js';
import { rankVendors } from '../core/score/rank-vendors.js';
import type { ProjectListing } from './load-project.js';
import { reviveError } from './pipeline-messages.js';
import type { PipelinePool, Progress } from './pipeline-pool.js';
import { dropKeptVendors, prepareFiles, viewOverviews } from './prepare-files.js';
import type { PrepareJob, PreparedVendor } from './prepare-files.js';
import { readRubric } from './read-workspace.js';
import { renderPages, rendererFor } from './render-pages.js';
import type { PageItem, RenderJob } from './render-pages.js';
import { stageReports, writeStagedAt, writeStagedFile } from './write-reports.js';

export interface PreparedProject {
  root: string;
  config: ProjectConfig;
  /** The language the page views were built in, and the reports are rendered in. */
  language: Language;
  check: CheckResult<PreparedVendor>;
  /** How many vendor files were read. */
  vendorFiles: number;
  /** Names what the threads keep for this run. */
  run: string;
  /** The thread that keeps each prepared vendor, by file (see PipelinePool.runPlaced). */
  threadOf: ReadonlyMap<string, number>;
  /** Where the threads spill what they keep in a large run (PrepareJob.spill). */
  spill: string | null;
}

export async function prepareProject(
  listing: ProjectListing,
  pool: PipelinePool,
  options: { asOf: string; language: Language; onProgress?: Progress; /** Default: whether the pool is large. */ spill?: boolean },
): Promise<PreparedProject> {
  const { root, config, vendorFiles } = listing;
  const rubric = checkRubricSource(await readRubric(root, config.rubric));
  // A large run's workers have bounded heaps: what they keep goes to disk (PrepareJob.spill).
  const spill = (options.spill ?? pool.large) ? mkdtempSync(path.join(tmpdir(), 'vendor-review-')) : null;
  const job: PrepareJob = { run: randomUUID(), root, rubric: rubric.rubric, asOf: options.asOf, language: options.language, spill };
  try {
    const { results, threads } = await pool.runPlaced('prepare', job, vendorFiles, (items) => prepareFiles(job, items), { onProgress: options.onProgress });
    const threadOf = new Map(results.map((file, index) => [file.file, threads[index]!]));
    const check = combineChecks({ rubric, files: results, findings: listing.findings });
    return { root, config, language: options.language, check, vendorFiles: vendorFiles.length, run: job.run, threadOf, spill };
  } catch (error) {
    release(job.run, spill);
    throw error;
  }
}

export interface ReportsInput {
  templates: Readonly<Record<string, string>>;
  /** vendor-review.config.yaml's comparison_limit. */
  limit: number;
  onProgress?: Progress;
}

/** Ranks the prepared vendors and writes reports/. Returns the ranking and how many files were written. */
export async function writePreparedReports(
  project: PreparedProject & { check: { rubric: Rubric } },
  pool: PipelinePool,
  input: ReportsInput,
): Promise<{ report: ScoreReport<VendorStanding>; written: number }> {
  const { check, run } = project;
  const { rubric } = check;
  const ranked = rankVendors(
    check.vendors.map((vendor) => ({ ...vendor.scored, indexBytes: vendor.indexBytes })),
    rubric,
  );
  const vendors = ranked.map((vendor) => vendor.score);
  const onThread = (files: readonly string[]) => groupBy(files, (file) => project.threadOf.get(file)!);
  // The comparison's views of the vendors it shows, asked for before any page takes its vendor away.
  const selection = selectOverview(vendors, input.limit);
  const shown = onThread(selection.files);
  const overviewJob = { run };
  const overviews = await pool.runOn('overview', overviewJob, (thread) => shown.get(thread) ?? [], (items) => viewOverviews(overviewJob, items));
  const sources = describeSources(check.vendors, rubric);
  const head = serialiseIndexHead({ rubric_version: rubric.version, sources, vendors });
  const { items, end } = placeIndexEntries(ranked, Buffer.byteLength(head));
  const pagesOn = groupBy(items, (item) => project.threadOf.get(item.file)!);
  const staging = await stageReports(project.root, project.config.reports);
  const job: RenderJob = {
    run,
    staging: { folder: staging.folder, live: staging.live },
    templates: input.templates,
    language: project.language,
    rubricVersion: rubric.version,
    vendorCount: vendors.length,
  };
  try {
    writeStagedAt(staging, SCORE_INDEX, [{ at: 0, text: head }], true);
    const pages = pool.runOn('render', job, (thread) => pagesOn.get(thread) ?? [], (items) => renderPages(job, items), {
      onProgress: input.onProgress,
    });
    // Pages need only the ranks; the ranking's robustness, which only the comparison shows, is computed while
    // the workers render.
    const rest = (async () => {
      const report = assembleScoreReport(ranked, rubric, sources);
      const overview = buildOverviewView({
        report,
        rubric,
        language: project.language,
        selection,
        overviews: new Map(overviews.map((view) => [view.file, view])),
      });
      writeStagedFile(staging, renderOverview(rendererFor(job), overview));
      writeStagedAt(staging, SCORE_INDEX, [{ at: end, text: serialiseIndexTail(report) }]);
      return report;
    })();
    const [overviewOutcome, pagesOutcome] = await Promise.allSettled([rest, pages]);
    if (overviewOutcome.status === 'rejected') throw overviewOutcome.reason;
    if (pagesOutcome.status === 'rejected') throw pagesOutcome.reason;
    const outcomes = pagesOutcome.value.sort((a, b) => a.rank - b.rank);
    const failed = outcomes.find((outcome) => outcome.error)?.error;
    if (failed) throw reviveError(failed);
    await staging.commit();
    // README.md and scores.json, and each vendor's page and score file.
    return { report: overviewOutcome.value, written: 2 + 2 * outcomes.length };
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

/** Lets go of what this thread kept for the run (the workers' goes with them when the pool closes). */
export function releasePreparedProject(project: PreparedProject): void {
  release(project.run, project.spill);
}

/**
 * Each vendor's page, in rank order, with where its entry goes in scores.json (after `start` bytes of head);
 * `end` is where the tail goes.
 */
function placeIndexEntries(ranked: ReadonlyArray<{ score: VendorStanding; indexBytes: number }>, start: number): { items: PageItem[]; end: number } {
  let at = start;
  const items = ranked.map(({ score: { file, rank }, indexBytes }): PageItem => {
    const bytes = measureIndexEntry(indexBytes, rank, rank === ranked.length);
    const item = { file, rank, indexSlot: { at, bytes } };
    at += bytes;
    return item;
  });
  return { items, end: at };
}

/** The items in their order, grouped by key. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function release(run: string, spill: string | null): void {
  dropKeptVendors(run);
  if (spill) rmSync(spill, { recursive: true, force: true });
}
