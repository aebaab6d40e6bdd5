// What a report was computed from (ScoreSources): the engine's version, SHAs of the schema and the rubric, and
// the blob SHA of every scored vendor file. A pull request compares them with its own to reuse committed scores.
import packageJson from '../../../../package.json' with { type: 'json' };
import { VENDOR_SCHEMA } from '../validate/check-vendor-file.js';
import { compareText } from '../text/compare-text.js';
import { computeBlobSha } from '../text/compute-blob-sha.js';
import type { Rubric } from '../types/rubric.js';
import type { ScoreSources } from '../types/score.js';

/** The schema is compiled into the engine, so its SHA is the same for a whole run. */
let schemaBlob: string | undefined;

/** The engine and schema this code scores with: what committed scores must match to be reused. */
export function describeEngine(): Pick<ScoreSources, 'engine' | 'schema'> {
  schemaBlob ??= computeBlobSha(JSON.stringify(VENDOR_SCHEMA));
  return { engine: `vendor-review ${packageJson.version}`, schema: schemaBlob };
}

/** The rubric as checked, not its file: an edit that changes nothing scored (a comment) keeps the scores. */
export function describeRubric(rubric: Rubric): string {
  return computeBlobSha(JSON.stringify(rubric));
}

export function describeSources(vendors: ReadonlyArray<{ file: string; blob: string }>, rubric: Rubric): ScoreSources {
  const byPath = [...vendors].sort((a, b) => compareText(a.file, b.file));
  return { ...describeEngine(), rubric: describeRubric(rubric), vendors: Object.fromEntries(byPath.map((vendor) => [vendor.file, vendor.blob])) };
}
