// The second half of a run that renders (see prepare-files.ts): each thread renders the pages of the vendors it
// prepared, now that their ranks are known, and writes them with their score files into the staging folder, and
// their entries into scores.json where the main thread placed them.
// Loaded only by runs that render, so `check` never loads the template engine.
import { SCORE_INDEX, rankIndexEntry, renderVendorPage } from '../core/render/render-reports.js';
import { toVendorPage } from '../core/render/build-report-view.js';
import { createTemplateRenderer } from '../core/render/template-engine.js';
import type { RenderTemplate } from '../core/render/template-engine.js';
import type { Language } from '../core/rubric-types.js';
import { serialiseError } from './pipeline-messages.js';
import type { SerialisedError } from './pipeline-messages.js';
import { takeKeptVendor } from './prepare-files.js';
import { writeStagedAt, writeStagedFile } from './write-reports.js';
import type { StagingFolders } from './write-reports.js';

export interface RenderJob {
  /** The run whose kept vendors are rendered (PrepareJob's). */
  run: string;
  /** The staging folder the files are written into, and the reports folder it replaces (see write-reports.ts). */
  staging: StagingFolders;
  templates: Readonly<Record<string, string>>;
  language: Language;
  rubricVersion: string;
  vendorCount: number;
}

export interface PageItem {
  file: string;
  rank: number;
  /** Where its entry goes in scores.json, and its bytes (measureIndexEntry). */
  indexSlot: { at: number; bytes: number };
}

/**
 * A page's outcome. A template that fails fails on many pages at once, on several threads: the failures come
 * back as data, so that the run reports the one of the best-ranked page, as rendering in rank order would.
 */
export type PageOutcome = { rank: number; error?: SerialisedError };

/** Templates are compiled once per job on each thread, on first use. */
const renderers = new WeakMap<object, RenderTemplate>();

export function rendererFor(job: { templates: Readonly<Record<string, string>>; language: Language }): RenderTemplate {
  let render = renderers.get(job);
  if (!render) {
    render = createTemplateRenderer({ templates: job.templates, language: job.language });
    renderers.set(job, render);
  }
  return render;
}

export async function renderPages(job: RenderJob, items: readonly PageItem[]): Promise<PageOutcome[]> {
  const render = rendererFor(job);
  const entries: Array<{ at: number; text: string }> = [];
  const outcomes = items.map(({ file, rank, indexSlot }): PageOutcome => {
    try {
      const { view, scoreFile, indexEntry } = takeKeptVendor(job.run, file);
      writeStagedFile(job.staging, renderVendorPage(render, toVendorPage({ ...view, rank }, job.rubricVersion, job.vendorCount)));
      writeStagedFile(job.staging, scoreFile);
      const text = rankIndexEntry(indexEntry, rank, rank === job.vendorCount);
      // An entry of another size would overwrite its neighbours: fail the run rather than write a broken index.
      if (Buffer.byteLength(text) !== indexSlot.bytes) throw new Error(`The scores.json entry of ${file} has ${Buffer.byteLength(text)} bytes, not the ${indexSlot.bytes} planned`);
      entries.push({ at: indexSlot.at, text });
      return { rank };
    } catch (error) {
      return { rank, error: serialiseError(error) };
    }
  });
  writeStagedAt(job.staging, SCORE_INDEX, entries);
  return outcomes;
}
