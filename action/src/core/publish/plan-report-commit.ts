// The commit a publish makes, as data: its message and the tree entries to send. File contents go inline in the
// tree entries (GitHub writes the blobs itself), so a publish costs the same few requests whether one report
// changed or a thousand did, and stays clear of the secondary rate limit on content-creating requests.
import type { ReportPlan } from './plan-report-changes.js';

export type TreeWrite =
  | { path: string; mode: '100644'; type: 'blob'; content: string }
  // `sha: null` on a path of the base tree removes that file.
  | { path: string; mode: '100644'; type: 'blob'; sha: null };

/** Keeps each tree request well under GitHub's request body limits; more content goes into chained trees. */
export const MAX_TREE_REQUEST_BYTES = 4 * 1024 * 1024;

export function describeReportCommit(plan: ReportPlan, sourceSha: string): string {
  const parts = [
    plan.writes.length ? `${plan.writes.length} ${plan.writes.length === 1 ? 'file' : 'files'} written` : '',
    plan.deletions.length ? `${plan.deletions.length} removed` : '',
  ].filter(Boolean);
  // No "[skip ci]": it would skip every workflow on this commit, including checks other than ours. The publish
  // workflow itself ignores reports/** and the bot's own pushes instead.
  return `Update vendor reports\n\nRendered from ${sourceSha.slice(0, 12)}: ${parts.join(', ')}.\n`;
}

/** The plan as tree entries, split into batches of at most `maxBytes` of content each (one file never splits). */
export function batchTreeWrites(plan: ReportPlan, maxBytes = MAX_TREE_REQUEST_BYTES): TreeWrite[][] {
  const entries: TreeWrite[] = [
    ...plan.writes.map((write) => ({ path: write.path, mode: '100644' as const, type: 'blob' as const, content: write.content })),
    ...plan.deletions.map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null })),
  ];
  const batches: TreeWrite[][] = [];
  let current: TreeWrite[] = [];
  let size = 0;
  for (const entry of entries) {
    const bytes = 'content' in entry ? Buffer.byteLength(entry.content, 'utf8') : 0;
    if (current.length && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}
