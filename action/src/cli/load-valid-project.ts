// For the commands that score: load the project and stop, showing every finding, unless it is all valid.
// Scoring or rendering a partly broken project would publish numbers that silently leave vendors out.
import { hasErrors } from '../core/findings.js';
import type { Rubric } from '../core/rubric-types.js';
import { loadProject } from '../shell/load-project.js';
import type { LoadedProject } from '../shell/load-project.js';
import type { CliIo } from './cli-io.js';
import { formatFinding, summariseFindings } from './format-findings.js';

export type ValidProject = LoadedProject & { check: { rubric: Rubric } };

export async function loadValidProject(io: CliIo): Promise<ValidProject | null> {
  const project = await loadProject(io.cwd);
  const { findings, rubric } = project.check;
  if (!hasErrors(findings) && rubric) return project as ValidProject;
  for (const finding of findings) io.stderr(`${formatFinding(finding, io)}\n`);
  io.stderr(`${summariseFindings(findings, project.vendorFiles)}\nFix these first: nothing was scored or written.\n`);
  return null;
}
