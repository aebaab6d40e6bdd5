// What the main thread and the pipeline workers say to each other (pipeline-pool.ts, pipeline-worker.ts). Errors
// cross as data and are revived as the same class, so a template problem reads the same from any thread.
import { RenderError } from '../core/render/render-error.js';
import type { RenderErrorLocation } from '../core/render/render-error.js';
import type { CheckJob, CheckedFile } from './check-files.js';
import type { OverviewVendorView } from '../core/render/report-view.js';
import type { PrepareJob, PreparedFile } from './prepare-files.js';
import type { PageItem, PageOutcome, RenderJob } from './render-pages.js';

/** The work that splits by file, with its job (what every chunk shares), its items and its results. */
export interface Work {
  check: { job: CheckJob; item: string; result: CheckedFile };
  prepare: { job: PrepareJob; item: string; result: PreparedFile };
  overview: { job: { run: string }; item: string; result: OverviewVendorView };
  render: { job: RenderJob; item: PageItem; result: PageOutcome };
}

export type WorkKind = keyof Work;
export type JobOf<K extends WorkKind> = Work[K]['job'];
export type ItemOf<K extends WorkKind> = Work[K]['item'];
export type ResultOf<K extends WorkKind> = Work[K]['result'];

/** A chunk of work; the worker replies with the same id. */
export type ChunkMessage = { [K in WorkKind]: { type: 'chunk'; kind: K; id: number; items: ItemOf<K>[] } }[WorkKind];

export type ToWorker = { [K in WorkKind]: { type: 'job'; kind: K; job: JobOf<K> } }[WorkKind] | ChunkMessage;

export type FromWorker = { id: number; result: unknown } | { id: number; error: SerialisedError };

export interface SerialisedError {
  name: string;
  message: string;
  /** RenderError's, so that a template problem reads the same from any thread. */
  detail?: string;
  location?: RenderErrorLocation;
}

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof RenderError) return { name: error.name, message: error.message, detail: error.detail, ...(error.location ? { location: error.location } : {}) };
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

export function reviveError(error: SerialisedError): Error {
  if (error.name === 'RenderError' && error.detail !== undefined) return new RenderError(error.detail, error.location);
  return Object.assign(new Error(error.message), { name: error.name });
}
