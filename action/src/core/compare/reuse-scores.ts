// The base branch's committed scores (reports/scores.json) as a cache for a pull request. The report records the
// blob SHA of every file it scored and what it scored them with (ScoreSources); an entry still holds for a file
// with the same bytes while the engine, the schema and the rubric are the ones in force. Such a file need not be
// parsed at all: its entry is taken as committed. Only the shell decides whether a report can be trusted at all
// (it must come from the base branch); here it is plain data, checked field by field before any entry is used.
import type { SourceFile } from '../validate/parse-yaml.js';
import type { Rubric } from '../types/rubric.js';
import type { ScoreSources, VendorSummary } from '../types/score.js';
import { describeEngine, describeRubric } from '../score/describe-sources.js';
import { computeBlobSha } from '../text/compute-blob-sha.js';

/**
 * The committed entries of the files among `sources` whose bytes the report scored. A reused entry keeps the
 * flags of the day it was scored: a pull request shows the flags of the vendors it changes, which are always
 * scored afresh, and only the totals and ranks of the others.
 */
export function reuseScores(input: { committed: unknown; rubric: Rubric; sources: readonly SourceFile[] }): VendorSummary[] {
  const entries = readEntries(input.committed, input.rubric);
  if (!entries) return [];
  return input.sources.flatMap((source) => {
    const entry = entries.get(source.path);
    return entry && entry.blob === computeBlobSha(source.text) ? [entry.score] : [];
  });
}

/** The report's entries by file with their blobs, or null when it was not computed the way this run computes. */
function readEntries(committed: unknown, rubric: Rubric): Map<string, { blob: string; score: VendorSummary }> | null {
  const report = committed as { sources?: Partial<ScoreSources>; vendors?: unknown } | null;
  const sources = report?.sources;
  const engine = describeEngine();
  if (!sources || sources.engine !== engine.engine || sources.schema !== engine.schema || sources.rubric !== describeRubric(rubric)) return null;
  if (typeof sources.vendors !== 'object' || sources.vendors === null || !Array.isArray(report.vendors)) return null;
  const blobs = sources.vendors;
  const entries = new Map<string, { blob: string; score: VendorSummary }>();
  for (const score of report.vendors as VendorSummary[]) {
    const blob = typeof score?.file === 'string' && Object.hasOwn(blobs, score.file) ? blobs[score.file] : undefined;
    if (typeof blob === 'string') entries.set(score.file, { blob, score });
  }
  return entries;
}
