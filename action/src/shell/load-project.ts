// The shell half of the pipeline for a checkout on disk (the CLI and the action): read the config, list the
// vendor files, check the rubric, then check (and score) every vendor file, on several threads for large runs.
import { checkRubricSource, combineChecks } from '../core/check-sources.js';
import type { CheckResult } from '../core/check-sources.js';
import type { ProjectConfig } from '../core/config.js';
import type { Finding } from '../core/findings.js';
import type { ScoredVendor } from '../core/score/score-vendor.js';
import { checkFiles } from './check-files.js';
import { PipelinePool } from './pipeline-pool.js';
import type { Progress } from './pipeline-pool.js';
import { listYamlFiles, openWorkspace, readRubric } from './read-workspace.js';

export interface ProjectListing {
  root: string;
  config: ProjectConfig;
  /** The vendor files to check, repository-relative, sorted. */
  vendorFiles: string[];
  /** Problems found while reading the config and listing the files. */
  findings: Finding[];
}

export interface CheckOptions {
  /** Score each valid vendor as of this day (YYYY-MM-DD) on the thread that checks it. */
  asOf?: string;
  /** False when only the findings matter (`check`): vendors' data is not kept. Default true. */
  keepVendors?: boolean;
  onProgress?: Progress;
}

export interface LoadedProject {
  root: string;
  config: ProjectConfig;
  check: CheckResult;
  /** How many vendor files were read. */
  vendorFiles: number;
  /** With `asOf`: the scores of check.vendors, in the same order. */
  scored: ScoredVendor[] | null;
}

/** `paths` narrows the vendor files to check; by default every YAML file under the configured vendors folder. */
export async function listProject(root: string, paths: readonly string[] = []): Promise<ProjectListing> {
  const workspace = await openWorkspace(root);
  const { config } = workspace;
  const listed = await listYamlFiles(root, paths.length ? paths : [config.vendors]);
  // The rubric is always checked as the rubric, even when it is named among the paths.
  const vendorFiles = listed.files.filter((file) => file !== config.rubric);
  return { root, config, vendorFiles, findings: [...workspace.findings, ...listed.findings] };
}

export async function checkProject(listing: ProjectListing, pool: PipelinePool, options: CheckOptions = {}): Promise<LoadedProject> {
  const { root, config, vendorFiles } = listing;
  const rubric = checkRubricSource(await readRubric(root, config.rubric));
  const job = { root, rubric: rubric.rubric, asOf: options.asOf ?? null, keepVendors: options.keepVendors ?? true };
  const files = await pool.run('check', job, vendorFiles, (items) => checkFiles(job, items), { onProgress: options.onProgress });
  const check = combineChecks({ rubric, files, findings: listing.findings });
  const scoredByFile = new Map(files.flatMap((file) => (file.scored ? [[file.file, file.scored] as const] : [])));
  const scored = options.asOf === undefined || !check.rubric ? null : check.vendors.map((vendor) => scoredByFile.get(vendor.file)!);
  return { root, config, check, vendorFiles: vendorFiles.length, scored };
}

/** Lists and checks in one go, on as many threads as the number of files calls for. */
export async function loadProject(root: string, paths: readonly string[] = [], options: CheckOptions = {}): Promise<LoadedProject> {
  const listing = await listProject(root, paths);
  const pool = PipelinePool.open(listing.vendorFiles.length, { checkOnly: options.keepVendors === false && options.asOf === undefined });
  try {
    return await checkProject(listing, pool, options);
  } finally {
    await pool.close();
  }
}
