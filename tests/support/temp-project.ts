// A throwaway copy of this repository's project files (config, rubric, schemas, templates, sample vendors), so
// tests can add, break or remove files without touching the checkout.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const PROJECT_FILES = ['vendor-review.config.yaml', 'rubric.yaml', 'schemas', 'templates', 'vendors'];

export interface TempProject {
  root: string;
  write(file: string, text: string): void;
  remove(): void;
}

export function createTempProject(options: { vendors?: boolean; reports?: boolean } = {}): TempProject {
  const root = mkdtempSync(path.join(tmpdir(), 'vendor-review-'));
  for (const file of PROJECT_FILES) {
    if (file === 'vendors' && options.vendors === false) continue;
    cpSync(path.join(REPO_ROOT, file), path.join(root, file), { recursive: true });
  }
  if (options.reports) cpSync(path.join(REPO_ROOT, 'reports'), path.join(root, 'reports'), { recursive: true });
  mkdirSync(path.join(root, 'vendors'), { recursive: true });
  return {
    root,
    write(file, text) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every regular file under `root` but git's own, keyed by its forward-slash path: a checkout, or a reports folder. */
export function readProjectFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const file = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory() && file !== '.git') visit(file);
      else if (entry.isFile()) files[file] = readFileSync(path.join(root, file), 'utf8');
    }
  };
  visit('');
  return files;
}
