// The side of the pull request that is on disk: the base under pull_request_target (only the base is ever
// checked out there), the merge result under pull_request. Read with the same refusals as the CLI: regular files
// inside the repository only.
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileFinding, SCORE_INDEX } from '../core/index.js';
import type { ProjectConfig, SideFiles } from '../core/index.js';
import { WorkspaceError, listYamlFiles, readRubric, readSources } from '../shell/read-workspace.js';

export function readCheckoutSide(root: string, config: ProjectConfig): SideFiles {
  const listed = listYamlFiles(root, [config.vendors]);
  const read = readSources(root, listed.files.filter((file) => file !== config.rubric));
  const findings = [...listed.findings, ...read.findings];
  try {
    return { vendors: read.sources, rubric: readRubric(root, config.rubric), findings };
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    // A missing or refused rubric is a finding on that side, not a crash: the vendor files still get checked.
    return { vendors: read.sources, rubric: null, findings: [...findings, fileFinding({ code: 'file-unreadable', file: config.rubric, message: error.message })] };
  }
}

/**
 * The committed score report of the checkout (reports/scores.json), parsed, or null when there is none to read: a
 * regular file only, like every other read. Whether it can be trusted is the caller's decision.
 */
export async function readCommittedScores(root: string, reportsPath: string): Promise<unknown> {
  const file = path.join(root, reportsPath, SCORE_INDEX);
  const stat = await lstat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}
