// Reads the repository's files for the pipeline: only regular files inside the repository root. A symlink or a
// path outside becomes a finding, never a read, so a vendor file cannot make the runner read /etc/passwd.
import { readFileSync } from 'node:fs';
import { lstat, readFile, readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, fileFinding, parseConfig } from '../core/index.js';
import type { Finding, ProjectConfig, SourceFile } from '../core/index.js';

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

export interface Workspace {
  root: string;
  config: ProjectConfig;
  /** Problems found while reading: config errors, refused paths. */
  findings: Finding[];
}

/** The repository-relative, forward-slash form used in every finding and report. */
export function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** A checkout may be a pull request's: follow no symlink, so no file outside the repository is ever read. */
async function assertNotSymlink(absolute: string, shown: string): Promise<boolean> {
  const stat = await lstat(absolute).catch(() => null);
  if (stat?.isSymbolicLink()) throw new WorkspaceError(`${shown} is a symbolic link; only regular files and folders are read.`);
  return stat !== null;
}

export async function openWorkspace(root: string): Promise<Workspace> {
  const configPath = path.join(root, CONFIG_FILE);
  const exists = await assertNotSymlink(configPath, CONFIG_FILE);
  const text = !exists
    ? null
    : await readFile(configPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new WorkspaceError(`Cannot read ${CONFIG_FILE}: ${error.code ?? 'unknown error'}.`);
      });
  const { config, findings } = parseConfig(text === null ? null : { path: CONFIG_FILE, text });
  return { root, config, findings };
}

/**
 * Lists the YAML files named by `paths` (files or folders, relative to the root); folders are searched
 * recursively. Refused entries come back as findings.
 */
export async function listYamlFiles(root: string, paths: readonly string[]): Promise<{ files: string[]; findings: Finding[] }> {
  const files = new Set<string>();
  const findings: Finding[] = [];
  // A folder's entries come with their type (readdir's, which never follows a link), so only the paths named
  // are looked up one by one: listing thousands of files costs one call per folder, not one per file.
  const visit = async (absolute: string, named: boolean, type?: Dirent): Promise<void> => {
    const repoPath = toRepoPath(root, absolute);
    if (repoPath.startsWith('..') || path.isAbsolute(repoPath)) {
      findings.push(
        fileFinding({
          code: 'file-outside-repo',
          file: repoPath,
          message: 'This path is outside the repository.',
          hint: 'Name files inside the repository, e.g. vendors/x.yaml.',
        }),
      );
      return;
    }
    const stat = type ?? (await lstat(absolute).catch(() => null));
    if (!stat) {
      if (named)
        findings.push(
          fileFinding({
            code: 'file-not-regular',
            file: repoPath,
            message: 'There is no such file or folder.',
            hint: 'Check the path; vendor files live in vendors/.',
          }),
        );
      return;
    }
    if (stat.isSymbolicLink()) {
      findings.push(
        fileFinding({
          code: 'file-not-regular',
          file: repoPath,
          message: 'This is a symbolic link; only regular files are read.',
          hint: 'Replace the link with the file itself.',
        }),
      );
    } else if (stat.isDirectory()) {
      const entries = await readdir(absolute, { withFileTypes: true });
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) await visit(path.join(absolute, entry.name), false, entry);
    } else if (stat.isFile()) {
      if (named || /\.ya?ml$/i.test(absolute)) files.add(repoPath);
    } else if (named) {
      findings.push(
        fileFinding({ code: 'file-not-regular', file: repoPath, message: 'This is not a regular file.', hint: 'Name a YAML file or a folder of them.' }),
      );
    }
  };
  for (const named of paths) await visit(path.resolve(root, named), true);
  return { files: [...files].sort(), findings };
}

/** Synchronous on purpose: vendor files are a few KB, and each fs/promises read is four thread-pool trips (docs/performance.md). */
export function readSources(root: string, files: readonly string[]): SourceFile[] {
  return files.map((file) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') }));
}

/** The rubric is one regular file inside the repository. */
export async function readRubric(root: string, rubricPath: string): Promise<SourceFile> {
  const { files, findings } = await listYamlFiles(root, [rubricPath]);
  const file = files[0];
  if (findings.length || !file) {
    throw new WorkspaceError(`${rubricPath}: ${findings[0]?.message ?? 'not a YAML file.'} ${findings[0]?.hint ?? ''}`.trim());
  }
  const [source] = readSources(root, [file]);
  return source!;
}

/** Every .hbs under the templates folder, keyed by its path relative to that folder. */
export async function readTemplates(root: string, templatesPath: string): Promise<Record<string, string>> {
  const folder = path.resolve(root, templatesPath);
  await assertNotSymlink(folder, templatesPath);
  const templates: Record<string, string> = {};
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => {
      throw new WorkspaceError(`${templatesPath}: the templates folder cannot be read.`);
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(absolute);
      else if (entry.isFile() && entry.name.endsWith('.hbs')) {
        templates[path.relative(folder, absolute).split(path.sep).join('/')] = await readFile(absolute, 'utf8');
      }
    }
  };
  await visit(folder);
  return templates;
}
