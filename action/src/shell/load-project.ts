// The shell half of the pipeline for a checkout on disk (the CLI and the publish mode): read the config, the
// rubric and the vendor files, then hand them to the pure core.
import { checkSources } from '../core/check-sources.js';
import type { CheckResult } from '../core/check-sources.js';
import type { ProjectConfig } from '../core/config.js';
import { listYamlFiles, openWorkspace, readRubric, readSources } from './read-workspace.js';

export interface LoadedProject {
  root: string;
  config: ProjectConfig;
  check: CheckResult;
  /** How many vendor files were read. */
  vendorFiles: number;
}

/** `paths` narrows the vendor files to check; by default every YAML file under the configured vendors folder. */
export async function loadProject(root: string, paths: readonly string[] = []): Promise<LoadedProject> {
  const workspace = await openWorkspace(root);
  const { config } = workspace;
  const listed = await listYamlFiles(root, paths.length ? paths : [config.vendors]);
  // The rubric is always checked as the rubric, even when it is named among the paths.
  const vendorFiles = listed.files.filter((file) => file !== config.rubric);
  const [vendors, rubric] = await Promise.all([readSources(root, vendorFiles), readRubric(root, config.rubric)]);
  const check = checkSources({ vendors, rubric, findings: [...workspace.findings, ...listed.findings] });
  return { root, config, check, vendorFiles: vendorFiles.length };
}
