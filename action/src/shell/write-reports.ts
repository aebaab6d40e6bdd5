// Writes the rendered reports as one swap of the whole folder: readers (and a failed run) see either the old
// reports or the new ones, never a mix, and pages of vendors that were removed disappear. Files go into a staging
// folder next to the reports first, from any thread (workers write the vendor pages they render), and the
// staging folder replaces the reports folder only when every file is there (see render-on-threads.ts).
//
// A file that comes out as the reports folder already has it is not written again but linked into the staging
// folder: creating a file costs a new inode, which on the benchmark machine took 0.5 ms each (a run of 1,000
// vendors writes 2,002 files), while reading the old one and linking it takes 0.04 ms. Unchanged reports also
// keep their inodes and times.
import { closeSync, constants, linkSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RenderedFile } from '../core/render/render-reports.js';

/** Where staged files go (`folder`) and the reports folder they will replace (`live`); absolute paths. */
export interface StagingFolders {
  folder: string;
  live: string;
}

export interface ReportsStaging extends StagingFolders {
  /** Replaces the reports folder with the staging folder. */
  commit(): Promise<void>;
  /** Removes the staging folder; the reports folder stays as it was. */
  discard(): Promise<void>;
}

export async function stageReports(root: string, reportsPath: string): Promise<ReportsStaging> {
  const target = path.resolve(root, reportsPath);
  const folder = `${target}.staging-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const discard = () => rm(folder, { recursive: true, force: true });
  return {
    folder,
    live: target,
    discard,
    async commit() {
      let movedAside = false;
      try {
        movedAside = await rename(target, previous).then(
          () => true,
          (error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') return false;
            throw error;
          },
        );
        await rename(folder, target);
      } catch (error) {
        if (movedAside) await rename(previous, target).catch(() => undefined);
        await discard();
        throw error;
      }
      await rm(previous, { recursive: true, force: true });
    },
  };
}

/**
 * Synchronous, like reading (read-workspace.ts): a page is a few KB, and each fs/promises write costs four trips
 * through libuv's thread pool, which left threads idle between pages.
 */
export function writeStagedFile(staging: StagingFolders, file: RenderedFile): void {
  const destination = stagedPath(staging, file.path);
  const live = path.resolve(staging.live, file.path);
  // Folders are made when a write finds one missing: a thousand pages in vendors/ make it once, not a thousand times.
  try {
    placeFile(live, destination, file.content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(destination), { recursive: true });
    placeFile(live, destination, file.content);
  }
}

/**
 * Writes pieces of a staged file at their byte offsets, creating the file when `create` (which the first writer
 * does): every thread writes its vendors' entries of scores.json where they go, and nobody holds the whole file.
 */
export function writeStagedAt(staging: StagingFolders, file: string, pieces: ReadonlyArray<{ at: number; text: string }>, create = false): void {
  const descriptor = openSync(stagedPath(staging, file), create ? 'w' : 'r+');
  try {
    for (const { at, text } of pieces) writeSync(descriptor, text, at, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}

/** Where a report file goes in the staging folder; never outside it. */
function stagedPath(staging: StagingFolders, file: string): string {
  const destination = path.resolve(staging.folder, file);
  if (!destination.startsWith(staging.folder + path.sep)) throw new Error(`Refusing to write outside the reports folder: ${file}`);
  return destination;
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
