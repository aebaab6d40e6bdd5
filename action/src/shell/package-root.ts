// Where the package's own files are (rubric.yaml, templates/, schemas/, scaffold/): the folder of the
// package.json named vendor-review above this module. The same walk finds it from the TypeScript sources (tests),
// from action/dist in a checkout of the action, and from node_modules/vendor-review when installed.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function packageRoot(): string {
  if (cached !== null) return cached;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isThisPackage(path.join(folder, 'package.json'))) return (cached = folder);
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('vendor-review cannot find its own package folder (no package.json named vendor-review above it); reinstall it.');
    folder = parent;
  }
}

function isThisPackage(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'vendor-review';
  } catch {
    return false;
  }
}

/** The files of one of the package's folders (templates, scaffold), by their forward-slash path in it. */
export function readPackageFolder(name: string, accept: (file: string) => boolean = () => true): Record<string, string> {
  const folder = path.join(packageRoot(), name);
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(folder, absolute).split(path.sep).join('/');
    if (entry.isFile() && accept(file)) files[file] = readFileSync(absolute, 'utf8');
  }
  return files;
}
