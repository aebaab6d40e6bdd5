// Which report files a publish must write or delete, decided from the head's tree listing and the freshly
// rendered files. The reports folder belongs to the renderer as a whole (as on disk, where it is swapped in one
// piece), so a committed file the renderer no longer produces, such as the page of a removed vendor, is deleted.
import { compareText } from '../text/compare-text.js';
import { computeBlobSha } from '../text/compute-blob-sha.js';
import { isReportPath } from '../render/render-reports.js';
import type { RenderedFile } from '../render/render-reports.js';

/** One entry of a recursive git tree listing, as GitHub returns it. */
export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface ReportWrite {
  /** Repository-relative. */
  path: string;
  content: string;
}

export interface ReportPlan {
  writes: ReportWrite[];
  /** Repository-relative paths of committed report files to remove. */
  deletions: string[];
  unchanged: number;
  /**
   * Committed files in the reports folder that no rendering writes (vendor files, the action, templates): the
   * folder is replaced as a whole, so a publish refuses to run while there are any.
   */
  foreign: string[];
}

const REGULAR_FILE = '100644';

export function planReportChanges(input: {
  /** Read once, as rendered: only the files that differ from the committed ones are kept. */
  rendered: Iterable<RenderedFile>;
  committed: readonly TreeEntry[];
  reportsPath: string;
}): ReportPlan {
  const folder = input.reportsPath.replace(/\/+$/, '');
  const committed = new Map(
    input.committed.filter((entry) => entry.type !== 'tree' && entry.path.startsWith(`${folder}/`)).map((entry) => [entry.path, entry]),
  );
  const writes: ReportWrite[] = [];
  let unchanged = 0;
  const renderedPaths = new Set<string>();
  for (const file of input.rendered) {
    const path = `${folder}/${assertReportPath(file.path)}`;
    if (renderedPaths.has(path)) throw new Error(`The renderer produced ${path} twice.`);
    renderedPaths.add(path);
    const entry = committed.get(path);
    // A symlink or an executable with the same bytes is still replaced: reports are plain files.
    if (entry && entry.type === 'blob' && entry.mode === REGULAR_FILE && entry.sha === computeBlobSha(file.content)) unchanged += 1;
    else writes.push({ path, content: file.content });
  }
  const deletions = [...committed.keys()].filter((path) => !renderedPaths.has(path));
  const foreign = [...committed.keys()].filter((path) => !isReportPath(path.slice(folder.length + 1)));
  return { writes: writes.sort(byPath), deletions: deletions.sort(), unchanged, foreign: foreign.sort() };
}

export function hasReportChanges(plan: ReportPlan): boolean {
  return plan.writes.length > 0 || plan.deletions.length > 0;
}

/** Rendered paths come from vendor ids; checked again here because they become paths in a commit. */
function assertReportPath(path: string): string {
  const unsafe = !path || path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..');
  if (unsafe) throw new Error(`The renderer produced an unsafe report path: ${JSON.stringify(path)}.`);
  return path;
}

function byPath(a: { path: string }, b: { path: string }): number {
  return compareText(a.path, b.path);
}
