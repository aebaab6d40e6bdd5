// Rendering vendor pages, the other work of a run that splits by file: like check-files.ts it runs on the main
// thread and in pipeline-worker.ts. Loaded only by runs that render, so `check` never loads the template engine.
import { renderVendorPage } from '../core/render/render-reports.js';
import type { VendorPageView } from '../core/render/report-view.js';
import { createTemplateRenderer } from '../core/render/template-engine.js';
import type { RenderTemplate } from '../core/render/template-engine.js';
import type { Language } from '../core/rubric-types.js';
import { writeStagedFile } from './write-reports.js';

export interface RenderJob {
  /** The staging folder the pages are written into (see write-reports.ts). */
  folder: string;
  templates: Readonly<Record<string, string>>;
  language: Language;
}

/** Templates are compiled once per job on each thread, on first use. */
const renderers = new WeakMap<RenderJob, RenderTemplate>();

export function rendererFor(job: RenderJob): RenderTemplate {
  let render = renderers.get(job);
  if (!render) {
    render = createTemplateRenderer({ templates: job.templates, language: job.language });
    renderers.set(job, render);
  }
  return render;
}

/** Returns the paths written, relative to the reports folder. */
export async function renderPages(job: RenderJob, pages: readonly VendorPageView[]): Promise<string[]> {
  const render = rendererFor(job);
  // Each page is written while the next ones render: waiting for every write would leave the thread idle.
  const writes: Array<Promise<string>> = [];
  try {
    for (const page of pages) {
      const file = renderVendorPage(render, page);
      writes.push(writeStagedFile(job.folder, file).then(() => file.path));
    }
  } finally {
    // Even when a page fails to render, the writes already started finish before the error goes on.
    await Promise.allSettled(writes);
  }
  return Promise.all(writes);
}
