// The first half of a run that renders (`run`, `render`), on every thread of the pool: each thread checks and
// scores the files it is given and builds each valid vendor's page view, score file and scores.json entry, which
// it keeps. The main thread gets only what ranking needs of every vendor (its standing, the dimension results
// robustness re-weights, and the size of its scores.json entry). Once the ranks are known it asks for the
// comparison's view of the few vendors the comparison shows (viewOverviews), and each thread renders the pages it
// kept (render-pages.ts): a vendor's details never cross threads, and nothing is built twice.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { VendorFileCheck } from '../core/check-sources.js';
import { createVendorViewBuilder, toOverviewVendor } from '../core/render/build-report-view.js';
import { serialiseIndexEntry, serialiseVendorScore } from '../core/render/render-reports.js';
import type { RenderedFile } from '../core/render/render-reports.js';
import type { OverviewVendorView, VendorView } from '../core/render/report-view.js';
import type { Language, Rubric } from '../core/rubric-types.js';
import type { VendorStanding } from '../core/score-types.js';
import type { ScoredVendor } from '../core/score/score-vendor.js';
import { summariseScore, toStanding } from '../core/score/summarise-score.js';
import { checkFiles } from './check-files.js';

export interface PrepareJob {
  /** Names this run's kept vendors on every thread, so that two runs in one process never mix. */
  run: string;
  root: string;
  /** Null when the rubric has errors: files are checked, nothing is scored or kept. */
  rubric: Rubric | null;
  /** YYYY-MM-DD, for staleness. */
  asOf: string;
  language: Language;
  /**
   * A folder for large runs: kept vendors wait there as JSON instead of in memory (a page view is ~50 KB of heap,
   * which at 10,000 vendors would be 500 MB). Null: kept in memory.
   */
  spill: string | null;
}

/** What the main thread gets of a vendor that passed its own checks. */
export interface PreparedVendor {
  file: string;
  /** For reports/scores.json's sources. */
  blob: string;
  /** Ranked with the others (and re-weighted for robustness) on the main thread. */
  scored: ScoredVendor<VendorStanding>;
  /** Bytes of its scores.json entry at rank 0 as the last entry (see measureIndexEntry). */
  indexBytes: number;
}

export type PreparedFile = VendorFileCheck<PreparedVendor>;

/** What a thread keeps of a vendor until its page is rendered. */
export interface KeptVendor {
  /** Its page's view; its rank is 0 until ranked. */
  view: VendorView;
  /** vendors/<id>.json: complete already, it holds no rank. */
  scoreFile: RenderedFile;
  /** Its scores.json entry, serialised at rank 0 (see rankIndexEntry). */
  indexEntry: string;
}

/** Where a spilled vendor's JSON is in its thread's spill file. */
interface SpillSlot {
  offset: number;
  length: number;
}

/** Per run on this thread: the vendors kept (or where they were spilled), and one view builder. */
interface RunState {
  kept: Map<string, KeptVendor | SpillSlot>;
  buildView: ReturnType<typeof createVendorViewBuilder>;
  /**
   * One file per thread that prepared vendors are appended to: creating a file per vendor cost 0.5 ms each on
   * the benchmark machine, appending costs next to nothing.
   */
  spill: { descriptor: number; size: number } | null;
}

const runs = new Map<string, RunState>();

/** Checks and scores the files as `check` does (check-files.ts), then keeps what each valid vendor's page needs. */
export async function prepareFiles(job: PrepareJob, files: readonly string[]): Promise<PreparedFile[]> {
  const checked = await checkFiles({ root: job.root, rubric: job.rubric, asOf: job.asOf, keepVendors: true }, files);
  return checked.map(({ vendor, scored, ...check }): PreparedFile => {
    if (!vendor || !scored) return { ...check, vendor: null };
    const { score, parts, knockedOut } = scored;
    const state = stateFor(job, job.rubric!);
    const summary = summariseScore(score);
    const indexEntry = serialiseIndexEntry(summary, true);
    keep(state, vendor.file, { view: state.buildView(score, vendor.data), scoreFile: serialiseVendorScore(score), indexEntry });
    return {
      ...check,
      vendor: {
        file: vendor.file,
        blob: vendor.blob,
        scored: { score: toStanding(summary), parts, knockedOut },
        indexBytes: Buffer.byteLength(indexEntry),
      },
    };
  });
}

/** The comparison's views of kept vendors (their ranks 0), which stay kept for their pages. */
export async function viewOverviews(job: { run: string }, files: readonly string[]): Promise<OverviewVendorView[]> {
  return files.map((file) => toOverviewVendor(readKeptVendor(job.run, file).view));
}

/** The kept vendor of `file`, handed over once: the thread lets go of it, and of its spill file after the last. */
export function takeKeptVendor(run: string, file: string): KeptVendor {
  const kept = readKeptVendor(run, file);
  const state = runs.get(run)!;
  state.kept.delete(file);
  if (state.kept.size === 0) dropKeptVendors(run);
  return kept;
}

function readKeptVendor(run: string, file: string): KeptVendor {
  const state = runs.get(run);
  const kept = state?.kept.get(file);
  if (!state || !kept) throw new Error(`${file} was not prepared on this thread`);
  if (!('offset' in kept)) return kept;
  const bytes = Buffer.alloc(kept.length);
  readSync(state.spill!.descriptor, bytes, 0, kept.length, kept.offset);
  return JSON.parse(bytes.toString('utf8')) as KeptVendor;
}

function keep(state: RunState, file: string, vendor: KeptVendor): void {
  if (!state.spill) {
    state.kept.set(file, vendor);
    return;
  }
  const bytes = Buffer.from(JSON.stringify(vendor), 'utf8');
  writeSync(state.spill.descriptor, bytes, 0, bytes.length, state.spill.size);
  state.kept.set(file, { offset: state.spill.size, length: bytes.length });
  state.spill.size += bytes.length;
}

/** Lets go of whatever a run kept on this thread: after its pages are rendered, or when it stopped before. */
export function dropKeptVendors(run: string): void {
  const spill = runs.get(run)?.spill;
  if (spill) closeSync(spill.descriptor);
  runs.delete(run);
}

function stateFor(job: PrepareJob, rubric: Rubric): RunState {
  let state = runs.get(job.run);
  if (!state) {
    // The run names the file: every thread spills into the same folder.
    const spill = job.spill === null ? null : { descriptor: openSync(path.join(job.spill, `${threadId}-${job.run}`), 'w+'), size: 0 };
    state = { kept: new Map(), buildView: createVendorViewBuilder(rubric, job.language), spill };
    runs.set(job.run, state);
  }
  return state;
}
