// Writes the rendered reports as one swap of the whole folder: readers (and a failed run) see either the old
// reports or the new ones, never a mix, and pages of vendors that were removed disappear. Files go into a staging
// folder next to the reports first; the staging folder replaces the reports folder only when every file is there.
// A file that comes out as the reports folder already has it is linked, not written (docs/performance.md).
import { closeSync, constants, linkSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isReportPath } from '../core/index.js';
import type { RenderedFile } from '../core/index.js';
import { WorkspaceError } from './read-workspace.js';

/** Writes `files` (rendered one by one as they are asked for) and returns how many were written. */
export async function writeReports(options: { root: string; reports: string; files: Iterable<RenderedFile> }): Promise<number> {
  const live = path.resolve(options.root, options.reports);
  refuseOtherFiles(live, options.reports);
  const staging = `${live}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  let written = 0;
  try {
    for (const file of options.files) {
      writeStagedFile({ staging, live }, file);
      written += 1;
    }
    await swapFolders(staging, live);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return written;
}

/** The reports folder is replaced as a whole: it must hold nothing but reports, or nothing at all. */
function refuseOtherFiles(live: string, shown: string): void {
  const visit = (folder: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const file = `${prefix}${entry.name}`;
      // A link named as a report is only replaced with the folder, never followed.
      if (entry.isDirectory()) visit(path.join(folder, entry.name), `${file}/`);
      else if (!isReportPath(file)) {
        throw new WorkspaceError(
          `${shown}/${file} is not a report, and ${shown}/ is replaced as a whole when reports are written: nothing was written. Point \`reports\` in vendor-review.config.yaml at a folder of its own.`,
        );
      }
    }
  };
  visit(live, '');
}

/** Puts `staging` where `live` is, moving the old folder aside first and back if the move fails. */
async function swapFolders(staging: string, live: string): Promise<void> {
  const previous = `${live}.previous-${process.pid}`;
  const movedAside = await rename(live, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, live);
  } catch (error) {
    if (movedAside) await rename(previous, live);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

/** Synchronous, like reading (read-workspace.ts): a page is a few KB, and each fs/promises call is four thread-pool trips. */
function writeStagedFile(folders: { staging: string; live: string }, file: RenderedFile): void {
  const destination = path.resolve(folders.staging, file.path);
  if (!destination.startsWith(folders.staging + path.sep)) throw new Error(`Refusing to write outside the reports folder: ${file.path}`);
  const live = path.resolve(folders.live, file.path);
  // Folders are made when a write finds one missing: a thousand pages in vendors/ make it once, not a thousand times.
  try {
    placeFile(live, destination, file.content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(destination), { recursive: true });
    placeFile(live, destination, file.content);
  }
}

function placeFile(live: string, destination: string, content: string): void {
  if (readLiveFile(live) === content) {
    try {
      linkSync(live, destination);
      return;
    } catch (error) {
      // Another file system, or one without hard links: write it after all.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    }
  }
  writeFileSync(destination, content, 'utf8');
}

/** The live report's text, or null when there is none or it is not a regular file (a link is never followed). */
function readLiveFile(live: string): string | null {
  let descriptor: number;
  try {
    descriptor = openSync(live, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    return readFileSync(descriptor, 'utf8');
  } catch {
    return null;
  } finally {
    closeSync(descriptor);
  }
}
