// The shell's way from files to a checked (and scored) project, for a checkout on disk (the CLI) and for the
// files of a commit (the publish mode) alike: check the rubric, then check and score every vendor file, on every
// core when there are many, then the checks across files.
import { checkRubricSource, combineChecks } from '../core/index.js';
import type { CheckResult, Finding, ProjectConfig, ScoredVendor, SourceFile } from '../core/index.js';
import { checkInParallel } from './check-in-parallel.js';
import type { Progress } from './check-in-parallel.js';
import { listVendorFiles, listYamlFiles, openWorkspace, readProjectRubric, readSources } from './read-workspace.js';

export interface CheckOptions {
  /** Score each valid vendor as of this day (YYYY-MM-DD), next to its check; null to check only. */
  asOf: string | null;
  /** False when only the findings matter (`check`): vendors' data is not kept. */
  keepVendors: boolean;
  onProgress?: Progress;
}

export interface CheckedProject {
  check: CheckResult;
  /** With `asOf` and a valid rubric: the scores of check.vendors, in the same order. */
  scored: ScoredVendor[] | null;
}

export interface LoadedProject extends CheckedProject {
  root: string;
  config: ProjectConfig;
  /** How many vendor files were read. */
  vendorFiles: number;
  /** The rubric's path: the repository's, or the built-in one's (vendor-review@<version>/rubric.yaml). */
  rubricFile: string;
}

/** `paths` narrows the vendor files to check; by default every YAML file under the configured vendors folder. */
export async function loadProject(root: string, options: CheckOptions & { paths?: readonly string[] }): Promise<LoadedProject> {
  const workspace = openWorkspace(root);
  const { config } = workspace;
  const listed = options.paths?.length ? listYamlFiles(workspace.root, options.paths) : listVendorFiles(workspace.root, config);
  // The rubric is always checked as the rubric, even when it is named among the paths.
  const vendorFiles = listed.files.filter((file) => file !== config.rubric);
  const read = readSources(workspace.root, vendorFiles);
  const rubric = readProjectRubric(workspace.root, config);
  const project = await checkProjectSources({
    sources: read.sources,
    rubric,
    findings: [...workspace.findings, ...listed.findings, ...read.findings],
    options,
  });
  return { root: workspace.root, config, ...project, vendorFiles: vendorFiles.length, rubricFile: rubric.path };
}

/** `findings`: problems found while reading, which travel with the result. */
export async function checkProjectSources(input: {
  sources: readonly SourceFile[];
  rubric: SourceFile;
  findings: readonly Finding[];
  options: CheckOptions;
}): Promise<CheckedProject> {
  const { asOf, keepVendors, onProgress } = input.options;
  const rubric = checkRubricSource(input.rubric);
  const files = await checkInParallel({ rubric: rubric.rubric, asOf, keepVendors }, input.sources, { onProgress });
  const check = combineChecks({ rubric, files, findings: input.findings });
  if (asOf === null || !check.rubric) return { check, scored: null };
  const scoredByFile = new Map(files.flatMap((file) => (file.scored ? [[file.file, file.scored] as const] : [])));
  return { check, scored: check.vendors.map((vendor) => scoredByFile.get(vendor.file)!) };
}
