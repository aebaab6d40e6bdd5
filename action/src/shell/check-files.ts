// The work of a run that splits by file: a vendor file's text in, its checked (and scored) plain data out. The
// same function runs on this thread and in check-worker.ts, so a file is checked the same way wherever it lands;
// it keeps nothing between calls.
import { checkVendorSource, scoreVendor } from '../core/index.js';
import type { Rubric, ScoredVendor, SourceFile, VendorFileCheck } from '../core/index.js';

export interface CheckJob {
  /** Null when the rubric has errors: the files are still checked, nothing is scored. */
  rubric: Rubric | null;
  /** Score each valid vendor as of this day (YYYY-MM-DD); null to check only. */
  asOf: string | null;
  /** False when only findings are wanted (`check`): a vendor's data is dropped where it was read. */
  keepVendors: boolean;
}

export interface CheckedFile extends VendorFileCheck {
  /** The vendor's score, when asked for and the file passed every check of its own. */
  scored: ScoredVendor | null;
}

export function checkFiles(job: CheckJob, sources: readonly SourceFile[]): CheckedFile[] {
  return sources.map((source) => {
    const check = checkVendorSource(source, job.rubric);
    const scorable = job.asOf !== null && job.rubric !== null && check.vendor !== null && !check.ratingFindings.length;
    return {
      ...check,
      vendor: job.keepVendors ? check.vendor : null,
      scored: scorable ? scoreVendor({ file: check.file, vendor: check.vendor!.data, rubric: job.rubric!, asOf: job.asOf! }) : null,
    };
  });
}
