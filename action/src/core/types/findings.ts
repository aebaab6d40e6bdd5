// Findings are data: every problem the pipeline finds is one of these, with a stable code that tools can
// match on, the position of the offending node, a sentence for people and, where we know it, what to do.

export type FindingCode =
  // reading files
  | 'file-empty'
  | 'file-too-large'
  | 'file-not-regular' // a symlink, submodule or directory where a vendor file was expected
  | 'file-outside-repo'
  | 'file-unreadable'
  | 'file-encoding' // bytes that are not UTF-8
  | 'file-too-many-problems' // the problems of a file beyond the ones listed
  // YAML itself
  | 'yaml-syntax'
  | 'yaml-duplicate-key'
  | 'yaml-alias'
  | 'yaml-unknown-tag'
  | 'yaml-multiple-documents'
  | 'yaml-version'
  // JSON Schema
  | 'schema-required'
  | 'schema-unknown-key'
  | 'schema-enum'
  | 'schema-type'
  | 'schema-format'
  | 'schema-range'
  | 'schema-pattern'
  | 'schema-length'
  | 'schema-invalid'
  // the file's version
  | 'schema-version-old' // a schema 1 file: `vendor-review migrate` rewrites it
  | 'schema-version-new' // a file for a newer schema than this tool reads: update the tool, never guess
  // across fields and files
  | 'id-mismatch'
  | 'id-duplicate'
  | 'name-look-alike' // an id or name that only looks like another vendor's (a warning)
  | 'name-invisible' // a name that shows nothing
  | 'evidence-unknown'
  | 'evidence-duplicate'
  | 'date-order'
  | 'date-invalid' // a month-or-day date that is not in the calendar
  | 'plan-duplicate'
  | 'plan-unknown' // evaluation.plan or a probe's plan that names no plan of the file
  | 'plan-price' // a price that lacks what its model needs, or states what it cannot have
  | 'plan-business-hours' // business-hours terms without business hours, or hours that end before they start
  | 'plan-time-zone'
  | 'probe-opened-at' // an opening time that is not a real time, or missing where a business clock needs it
  | 'rating-unknown-criterion'
  | 'rating-unknown-evaluator'
  // reviewing a pull request
  | 'review-incomplete' // GitHub cut the list of files and no merge result could stand for it
  | 'review-too-many-files' // more vendor files than a review reads (max-vendor-files)
  // configuration
  | 'config-reports-overlap' // the reports folder would replace other files of the repository
  | 'migrate-unsupported' // a file `migrate` cannot convert: unreadable, not a vendor file, or a shape it would have to guess
  // rubric
  | 'rubric-weights' // weights that do not sum to 100
  | 'rubric-fact-path' // a fact the vendor schema lacks, or an aggregate that does not fit it
  | 'rubric-criterion-kind' // neither or both of fact and rating, or fact options on a rating
  | 'rubric-level-mapping' // thresholds and levels both or neither, or the one that does not fit the fact
  | 'rubric-direction' // thresholds without a direction
  | 'rubric-threshold-order' // thresholds not ascending (benefit) or descending (cost)
  | 'rubric-level-unknown-value' // a level for a value the fact can never take
  | 'rubric-level-missing' // a value the fact can take without a level
  | 'rubric-pass-value' // a passing value (gate, condition) the fact can never take
  | 'rubric-band-order' // band minimums out of order, or a last band above 0
  | 'rubric-duplicate-id';

export type FindingSeverity = 'error' | 'warning';

export interface Finding {
  code: FindingCode;
  severity: FindingSeverity;
  /** Repository-relative path with forward slashes, e.g. vendors/lumen.yaml. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  hint?: string;
}
