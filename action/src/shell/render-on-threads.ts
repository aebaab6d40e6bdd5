// Renders reports/ on every thread of the pool: vendor pages in chunks on all of them, the comparison (README.md)
// and the scores (scores.json and vendors/<id>.json) on this one meanwhile, everything into a staging folder that replaces the reports folder only
// once every file is written. The files are the ones renderReports builds in memory, byte for byte, and when
// several fail, the error is the one renderReports would throw first (README.md, then pages in rank order).
import { buildReportView } from '../core/render/build-report-view.js';
import { renderOverview, serialiseScores } from '../core/render/render-reports.js';
import type { RenderReportsInput } from '../core/render/render-reports.js';
import type { PipelinePool, Progress } from './pipeline-pool.js';
import { renderPages, rendererFor } from './render-pages.js';
import { stageReports, writeStagedFile } from './write-reports.js';

/** Pages a worker holds ahead: enough to last while this thread renders README.md and scores.json. */
const PAGES_IN_FLIGHT = 6;

/** Returns how many files were written. */
export async function writeReportsOnThreads(
  root: string,
  reportsPath: string,
  input: RenderReportsInput,
  pool: PipelinePool,
  onProgress?: Progress,
): Promise<number> {
  const { report: overview, vendorPages } = buildReportView(input);
  const staging = await stageReports(root, reportsPath);
  const job = { folder: staging.folder, templates: input.templates, language: input.language };
  try {
    const pages = pool.run('render', job, vendorPages, (items) => renderPages(job, items), { onProgress, inFlight: PAGES_IN_FLIGHT });
    const rest = (async () => {
      await writeStagedFile(staging.folder, renderOverview(rendererFor(job), overview));
      for (const file of serialiseScores(input.report)) await writeStagedFile(staging.folder, file);
    })();
    const failure = (await Promise.allSettled([rest, pages])).find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  } catch (error) {
    await staging.discard();
    throw error;
  }
  await staging.commit();
  return 2 * vendorPages.length + 2;
}
