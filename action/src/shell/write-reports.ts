// Writes the rendered reports as one swap of the whole folder: readers (and a failed run) see either the old
// reports or the new ones, never a mix, and pages of vendors that were removed disappear. Files go into a staging
// folder next to the reports first, from any thread (workers write the vendor pages they render), and the
// staging folder replaces the reports folder only when every file is there (see render-on-threads.ts).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderedFile } from '../core/render/render-reports.js';

export interface ReportsStaging {
  /** Absolute path of the staging folder; writeStagedFile writes into it. */
  folder: string;
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

export async function writeStagedFile(folder: string, file: RenderedFile): Promise<void> {
  const destination = path.resolve(folder, file.path);
  if (!destination.startsWith(folder + path.sep)) throw new Error(`Refusing to write outside the reports folder: ${file.path}`);
  // Folders are made when a write finds one missing: a thousand pages in vendors/ make it once, not a thousand times.
  await writeFile(destination, file.content, 'utf8').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, file.content, 'utf8');
  });
}
