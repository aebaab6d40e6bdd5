// For the commands that score: load the project and stop, showing every finding, unless it is all valid.
// Scoring or rendering a partly broken project would publish numbers that silently leave vendors out.
import type { CheckResult } from '../core/check-sources.js';
import { hasErrors } from '../core/findings.js';
import type { Rubric } from '../core/rubric-types.js';
import type { ScoredVendor } from '../core/score/score-vendor.js';
import { checkProject, listProject } from '../shell/load-project.js';
import type { LoadedProject, ProjectListing } from '../shell/load-project.js';
import { PipelinePool } from '../shell/pipeline-pool.js';
import type { Progress } from '../shell/pipeline-pool.js';
import type { CliIo } from './cli-io.js';
import { formatFinding, summariseFindings } from './format-findings.js';
import { showProgress } from './show-progress.js';

type ValidProject = LoadedProject & { check: { rubric: Rubric }; scored: ScoredVendor[] };

/**
 * Checks the project, scoring every vendor as of `asOf` on the thread that checks it, and hands it to `use`; or
 * lists every finding and returns 1.
 */
export async function withValidProject(io: CliIo, asOf: string, use: (project: ValidProject) => Promise<number>): Promise<number> {
  return withValidProjectLoaded(io, (listing, pool, onProgress) => checkProject(listing, pool, { asOf, onProgress }), (project) =>
    use(project as ValidProject),
  );
}

/**
 * The same with another way of checking the files (`run` and `render` prepare them for rendering); `use` gets
 * the threads that checked them, which kept what rendering needs.
 */
export async function withValidProjectLoaded<P extends { check: CheckResult<unknown>; vendorFiles: number }>(
  io: CliIo,
  load: (listing: ProjectListing, pool: PipelinePool, onProgress: Progress) => Promise<P>,
  use: (project: P & { check: { rubric: Rubric } }, pool: PipelinePool) => Promise<number>,
): Promise<number> {
  const listing = await listProject(io.cwd);
  const pool = PipelinePool.open(listing.vendorFiles.length);
  try {
    const progress = showProgress(io, 'Checking');
    const project = await load(listing, pool, progress.update).finally(progress.clear);
    const { findings, rubric } = project.check;
    if (!hasErrors(findings) && rubric) return await use(project as P & { check: { rubric: Rubric } }, pool);
    for (const finding of findings) io.stderr(`${formatFinding(finding, io)}\n`);
    io.stderr(`${summariseFindings(findings, project.vendorFiles)}\nFix these first: nothing was scored or written.\n`);
    return 1;
  } finally {
    await pool.close();
  }
}
