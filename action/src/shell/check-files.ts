// Checking (and scoring) vendor files, the work of a run that splits by file. The same function runs on the main
// thread and in pipeline-worker.ts, so a file is checked the same way wherever it lands; its input and output are
// plain data, which is what crosses between threads.
import { checkVendorSource } from '../core/check-sources.js';
import type { VendorFileCheck } from '../core/check-sources.js';
import type { Rubric } from '../core/rubric-types.js';
import { scoreVendor } from '../core/score/score-vendor.js';
import type { ScoredVendor } from '../core/score/score-vendor.js';
import { readSources } from './read-workspace.js';

export interface CheckJob {
  root: string;
  /** Null when the rubric has errors: the files are still checked, nothing is scored. */
  rubric: Rubric | null;
  /** Score each valid vendor as of this day (YYYY-MM-DD); null to check only. */
  asOf: string | null;
  /** False when only findings are wanted (`check`): the vendors' data is dropped where it was read. */
  keepVendors: boolean;
}

export interface CheckedFile extends VendorFileCheck {
  /** The vendor's score, when asked for and the file passed every check of its own. */
  scored: ScoredVendor | null;
}

export async function checkFiles(job: CheckJob, files: readonly string[]): Promise<CheckedFile[]> {
  const sources = readSources(job.root, files);
  return sources.map((source) => {
    const check = checkVendorSource(source, job.rubric);
    const scorable = job.asOf !== null && job.rubric !== null && check.vendor !== null && !check.ratingFindings.length;
    return {
      ...check,
      vendor: job.keepVendors ? check.vendor : null,
      scored: scorable ? scoreVendor(check.file, check.vendor!.data, job.rubric!, job.asOf!) : null,
    };
  });
}
