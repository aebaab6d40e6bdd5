// The side of the pull request that is on disk: the base under pull_request_target (only the base is ever
// checked out there), the merge result under pull_request. Read with the same refusals as the CLI: regular files
// inside the repository only.
import { lstatSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, fileFinding, SCORE_INDEX } from '../core/index.js';
import type { ProjectConfig, SideFiles } from '../core/index.js';
import { WorkspaceError, listVendorFiles, listYamlFiles, readProjectRubric, readSources } from '../shell/read-workspace.js';

/** `readsConfig`: the pull request changes vendor-review.config.yaml, so the checkout's is read as a side's file too. */
export function readCheckoutSide(input: { root: string; config: ProjectConfig; readsConfig: boolean }): SideFiles {
  const { root, config } = input;
  // A configuration the checkout does not have is no finding: the defaults hold there.
  const hasConfig = input.readsConfig && lstatSync(path.join(root, CONFIG_FILE), { throwIfNoEntry: false }) !== undefined;
  const vendorFiles = listVendorFiles(root, config);
  const configFile = hasConfig ? listYamlFiles(root, [CONFIG_FILE]) : { files: [], findings: [] };
  const listed = { files: [...vendorFiles.files, ...configFile.files], findings: [...vendorFiles.findings, ...configFile.findings] };
  const read = readSources(
    root,
    listed.files.filter((file) => file !== config.rubric),
  );
  const configSource = read.sources.find((source) => source.path === CONFIG_FILE) ?? null;
  const vendors = read.sources.filter((source) => source !== configSource);
  const findings = [...listed.findings, ...read.findings];
  try {
    return { vendors, rubric: readProjectRubric(root, config), findings, config: configSource };
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    // A missing or refused rubric is a finding on that side, not a crash: the vendor files still get checked.
    return {
      vendors,
      rubric: null,
      findings: [...findings, fileFinding({ code: 'file-unreadable', file: config.rubric, message: error.message })],
      config: configSource,
    };
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
