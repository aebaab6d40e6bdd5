// Writes the rendered reports as one swap of the whole folder: readers (and a failed run) see either the old
// reports or the new ones, never a mix, and pages of vendors that were removed disappear.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface RenderedFile {
  path: string;
  content: string;
}

export async function writeReports(root: string, reportsPath: string, files: readonly RenderedFile[]): Promise<void> {
  const target = path.resolve(root, reportsPath);
  const staging = `${target}.staging-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  let movedAside = false;
  try {
    for (const file of files) {
      const destination = path.resolve(staging, file.path);
      if (!destination.startsWith(staging + path.sep)) throw new Error(`Refusing to write outside the reports folder: ${file.path}`);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.content, 'utf8');
    }
    movedAside = await rename(target, previous).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(staging, target);
  } catch (error) {
    if (movedAside) await rename(previous, target).catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
