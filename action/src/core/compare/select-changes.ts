// Which vendor files, and whether the rubric and the configuration, a pull request changes, from GitHub's list of
// changed files (or the two trees, diffTrees). Each change becomes a pair of paths (before, after) so that
// renames and deletions read the same way on both sides.
import type { TreeEntry } from '../publish/plan-report-changes.js';
import { compareText } from '../text/compare-text.js';
import { CONFIG_FILE } from '../validate/config.js';

/** The statuses GitHub's "list pull request files" endpoint reports. */
export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  filename: string;
  status: ChangeStatus;
  previousFilename?: string;
}

/** The same file before (base) and after (head) the pull request; null where it does not exist. */
export interface FileChange {
  base: string | null;
  head: string | null;
}

export interface SelectedChanges {
  vendors: FileChange[];
  rubric: FileChange | null;
  /** vendor-review.config.yaml, which steers where files are read and reports written. */
  config: FileChange | null;
}

export interface ProjectPaths {
  vendors: string;
  rubric: string;
}

export function selectChanges(files: readonly ChangedFile[], paths: ProjectPaths): SelectedChanges {
  const vendorsFolder = `${trimPath(paths.vendors)}/`;
  const rubric = trimPath(paths.rubric);
  const isVendorFile = (file: string | null) => file !== null && file !== rubric && file.startsWith(vendorsFolder) && /\.ya?ml$/i.test(file);
  const vendors: FileChange[] = [];
  let rubricChange: FileChange | null = null;
  let configChange: FileChange | null = null;
  for (const file of files) {
    const change = toChange(file);
    if (!change) continue;
    if (change.base === rubric || change.head === rubric) {
      rubricChange = { base: change.base === rubric ? rubric : null, head: change.head === rubric ? rubric : null };
    }
    if (change.base === CONFIG_FILE || change.head === CONFIG_FILE) {
      configChange = { base: change.base === CONFIG_FILE ? CONFIG_FILE : null, head: change.head === CONFIG_FILE ? CONFIG_FILE : null };
    }
    // A rename into or out of the vendors folder is an addition or a removal as far as vendors go.
    const base = isVendorFile(change.base) ? change.base : null;
    const head = isVendorFile(change.head) ? change.head : null;
    if (base !== null || head !== null) vendors.push({ base, head });
  }
  return { vendors, rubric: rubricChange, config: configChange };
}

/**
 * What a pull request changes, from the whole trees of its base and of its merge result: for pull requests past
 * the 3000 files GitHub lists. Files only: a rename shows as a removal and an addition.
 */
export function diffTrees(base: readonly TreeEntry[], head: readonly TreeEntry[]): ChangedFile[] {
  const files = (entries: readonly TreeEntry[]) => new Map(entries.filter((entry) => entry.type !== 'tree').map((entry) => [entry.path, entry]));
  const [before, after] = [files(base), files(head)];
  const changed: ChangedFile[] = [];
  for (const [path, entry] of after) {
    const was = before.get(path);
    if (!was) changed.push({ filename: path, status: 'added' });
    else if (was.sha !== entry.sha || was.mode !== entry.mode) changed.push({ filename: path, status: 'modified' });
  }
  for (const path of before.keys()) if (!after.has(path)) changed.push({ filename: path, status: 'removed' });
  return changed.sort((a, b) => compareText(a.filename, b.filename));
}

function toChange(file: ChangedFile): FileChange | null {
  switch (file.status) {
    case 'added':
    case 'copied':
      return { base: null, head: file.filename };
    case 'removed':
      return { base: file.filename, head: null };
    case 'renamed':
      return { base: file.previousFilename ?? null, head: file.filename };
    case 'unchanged':
      return null;
    default:
      return { base: file.filename, head: file.filename };
  }
}

/** Config paths may be written `./vendors/` or `vendors`; GitHub lists `vendors/x.yaml`. */
export function trimPath(value: string): string {
  return value.replace(/^\.\//, '').replace(/\/+$/, '');
}
