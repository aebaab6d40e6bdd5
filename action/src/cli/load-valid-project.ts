// For the commands that score: load the project, scoring every vendor as of `asOf`, and stop, showing every
// finding, unless it is all valid. Scoring or rendering a partly broken project would publish numbers that
// silently leave vendors out.
import { hasErrors } from '../core/index.js';
import type { Rubric, ScoredVendor } from '../core/index.js';
import { loadProject } from '../shell/load-project.js';
import type { LoadedProject } from '../shell/load-project.js';
import type { CliIo } from './cli-io.js';
import { formatFinding, summariseFindings } from './format-findings.js';
import { showProgress } from './show-progress.js';

export type ValidProject = LoadedProject & { check: { rubric: Rubric }; scored: ScoredVendor[] };

/** Returns the valid project, or prints every finding and returns null. */
export async function loadValidProject(io: CliIo, asOf: string): Promise<ValidProject | null> {
  const progress = showProgress(io, 'Checking');
  const project = await loadProject(io.cwd, { asOf, keepVendors: true, onProgress: progress.update }).finally(progress.clear);
  const { findings, rubric } = project.check;
  if (!hasErrors(findings) && rubric) return project as ValidProject;
  for (const finding of findings) io.stderr(`${formatFinding(finding, io)}\n`);
  io.stderr(`${summariseFindings(findings, project.vendorFiles)}\nFix these first: nothing was scored or written.\n`);
  return null;
}
