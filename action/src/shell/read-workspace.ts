// Reads the repository's files for the pipeline: only regular files inside the repository root, reached without
// following a symbolic link anywhere on the way. A checkout may be a pull request's, so a link (of a file or of any
// folder above it) becomes a finding or a refusal, never a read: no path, configured or named, leads outside.
import { lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, decodeSource, fileFinding, parseConfig, resolveConfig } from '../core/index.js';
import type { ConfigOverrides, Finding, ProjectConfig, SourceFile } from '../core/index.js';
import { readBuiltInRubric, withBuiltInTemplates } from './built-in.js';

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

export interface Workspace {
  /** The repository root with every link in it resolved: all paths are checked against this. */
  root: string;
  config: ProjectConfig;
  /** Problems found while reading: config errors, refused paths. */
  findings: Finding[];
}

/** The configured paths that the run reads or replaces, by their key in vendor-review.config.yaml. */
const CONFIGURED_PATHS = ['vendors', 'rubric', 'templates', 'reports'] as const;

/** The repository-relative, forward-slash form used in every finding and report. */
export function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

export function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    throw new WorkspaceError(`The repository folder ${root} cannot be read.`);
  }
}

/**
 * Opens the repository at `root` with its configuration. Every configured path must lead to its place without a
 * symbolic link: `reports: l/home/me/.ssh` through a committed link `l -> /` would make a render replace a folder
 * outside the repository.
 */
export function openWorkspace(root: string, overrides: ConfigOverrides = { paths: {}, language: null }): Workspace {
  const real = realRoot(root);
  if (findLink(real, CONFIG_FILE) !== null) throw new WorkspaceError(`${CONFIG_FILE} is a symbolic link; only regular files and folders are read.`);
  const text = statOf(path.join(real, CONFIG_FILE)) ? readConfigText(real) : null;
  const parsed = parseConfig(text === null ? null : { path: CONFIG_FILE, text });
  const config = resolveConfig(parsed.config, overrides);
  for (const key of CONFIGURED_PATHS) {
    const link = findLink(real, config[key]);
    if (link !== null) {
      throw new WorkspaceError(
        `\`${key}: ${config[key]}\` goes through the symbolic link ${link}; vendor-review follows no links, so that no path leads outside the repository. Replace the link with the folder itself.`,
      );
    }
  }
  return { root: real, config, findings: parsed.findings };
}

function readConfigText(root: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, CONFIG_FILE));
  } catch (error) {
    throw new WorkspaceError(`Cannot read ${CONFIG_FILE}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
  const decoded = decodeSource(CONFIG_FILE, bytes);
  if (decoded.finding) throw new WorkspaceError(`${CONFIG_FILE}:${decoded.finding.line}:${decoded.finding.column}: ${decoded.finding.message}`);
  return decoded.source.text;
}

/**
 * The first symbolic link on the way from `root` to `relative` (the link's own repository path), or null.
 * Components that do not exist yet end the walk: there is nothing to follow there.
 */
export function findLink(root: string, relative: string): string | null {
  let current = root;
  for (const part of relative.split('/').filter((segment) => segment !== '' && segment !== '.')) {
    current = path.join(current, part);
    const stat = statOf(current);
    if (!stat) return null;
    if (stat.isSymbolicLink()) return toRepoPath(root, current);
  }
  return null;
}

function statOf(absolute: string) {
  try {
    return lstatSync(absolute);
  } catch {
    return null;
  }
}

/**
 * Lists the YAML files named by `paths` (files or folders, relative to the root); folders are searched
 * recursively. Refused entries (outside the repository, links, missing) come back as findings.
 */
export function listYamlFiles(root: string, paths: readonly string[]): { files: string[]; findings: Finding[] } {
  const files = new Set<string>();
  const findings: Finding[] = [];
  const refuse = (finding: Parameters<typeof fileFinding>[0]) => findings.push(fileFinding(finding));
  // A folder's entries come with their type (readdir's, which never follows a link), so only the paths named
  // are looked up one by one: listing thousands of files costs one call per folder, not one per file.
  const visit = (absolute: string, named: boolean, type?: Dirent): void => {
    const repoPath = toRepoPath(root, absolute);
    if (repoPath.startsWith('..') || path.isAbsolute(repoPath)) {
      refuse({ file: repoPath, code: 'file-outside-repo', message: 'This path is outside the repository.', hint: 'Name files inside the repository, e.g. vendors/x.yaml.' });
      return;
    }
    const link = named ? findLink(root, repoPath) : null;
    if (link !== null && link !== repoPath) {
      refuse({
        file: repoPath,
        code: 'file-not-regular',
        message: `This path goes through the symbolic link ${link}; no link is followed.`,
        hint: 'Replace the link with the folder itself.',
      });
      return;
    }
    const stat = type ?? statOf(absolute);
    if (!stat) {
      if (named) refuse({ file: repoPath, code: 'file-not-regular', message: 'There is no such file or folder.', hint: 'Check the path; vendor files live in vendors/.' });
      return;
    }
    if (stat.isSymbolicLink()) {
      refuse({ file: repoPath, code: 'file-not-regular', message: 'This is a symbolic link; only regular files are read.', hint: 'Replace the link with the file itself.' });
    } else if (stat.isDirectory()) {
      const entries = readdirSync(absolute, { withFileTypes: true });
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) visit(path.join(absolute, entry.name), false, entry);
    } else if (stat.isFile()) {
      if (named || /\.ya?ml$/i.test(absolute)) files.add(repoPath);
    } else if (named) {
      refuse({ file: repoPath, code: 'file-not-regular', message: 'This is not a regular file.', hint: 'Name a YAML file or a folder of them.' });
    }
  };
  for (const named of paths) visit(path.resolve(root, named), true);
  return { files: [...files].sort(), findings };
}

/** Every vendor file of the configured folder; a repository that has no such folder yet simply has none. */
export function listVendorFiles(root: string, config: ProjectConfig): { files: string[]; findings: Finding[] } {
  return statOf(path.join(root, config.vendors)) ? listYamlFiles(root, [config.vendors]) : { files: [], findings: [] };
}

/**
 * The listed files as text; a file that is not UTF-8 is a finding at its first bad byte instead. Synchronous on
 * purpose: vendor files are a few KB, and each fs/promises read is four thread-pool trips (docs/performance.md).
 */
export function readSources(root: string, files: readonly string[]): { sources: SourceFile[]; findings: Finding[] } {
  const sources: SourceFile[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const decoded = decodeSource(file, readFileSync(path.join(root, file)));
    if (decoded.source) sources.push(decoded.source);
    else findings.push(decoded.finding);
  }
  return { sources, findings };
}

/** The rubric is one regular UTF-8 file inside the repository. */
export function readRubric(root: string, rubricPath: string): SourceFile {
  if (!statOf(path.join(root, rubricPath))) {
    throw new WorkspaceError(
      `${rubricPath}: there is no rubric here. Create it, correct \`rubric:\` in ${CONFIG_FILE}, or remove that key to use the built-in rubric.`,
    );
  }
  const { files, findings } = listYamlFiles(root, [rubricPath]);
  const file = files[0];
  const read = file && !findings.length ? readSources(root, [file]) : { sources: [], findings };
  const [source] = read.sources;
  if (!source) {
    const [finding] = read.findings;
    throw new WorkspaceError(
      finding ? `${finding.file}:${finding.line}:${finding.column}: ${finding.message} ${finding.hint ?? ''}`.trim() : `${rubricPath}: not a YAML file.`,
    );
  }
  return source;
}

/** The repository's rubric, or the built-in one where the repository has none at the default path. */
export function readProjectRubric(root: string, config: ProjectConfig): SourceFile {
  return config.builtIn.rubric && !statOf(path.join(root, config.rubric)) ? readBuiltInRubric() : readRubric(root, config.rubric);
}

/** The built-in templates under the repository's own; `own` lists the repository's files (relative to their folder). */
export function readProjectTemplates(root: string, config: ProjectConfig): { templates: Record<string, string>; own: string[] } {
  const own = config.builtIn.templates && !statOf(path.join(root, config.templates)) ? {} : readTemplates(root, config.templates);
  return { templates: withBuiltInTemplates(own), own: Object.keys(own) };
}

/** Every .hbs under the templates folder, keyed by its path relative to that folder; links are refused. */
export function readTemplates(root: string, templatesPath: string): Record<string, string> {
  const folder = path.resolve(root, templatesPath);
  if (findLink(root, templatesPath) !== null) throw new WorkspaceError(`${templatesPath}: the templates folder is a symbolic link; no link is followed.`);
  const templates: Record<string, string> = {};
  const visit = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      throw new WorkspaceError(`${templatesPath}: the templates folder cannot be read.`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(absolute);
      else if (entry.isFile() && entry.name.endsWith('.hbs')) {
        const file = toRepoPath(root, absolute);
        const decoded = decodeSource(file, readFileSync(absolute));
        if (decoded.finding) throw new WorkspaceError(`${file}:${decoded.finding.line}:${decoded.finding.column}: ${decoded.finding.message}`);
        templates[path.relative(folder, absolute).split(path.sep).join('/')] = decoded.source.text;
      }
    }
  };
  visit(folder);
  return templates;
}
