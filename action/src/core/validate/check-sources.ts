// The one entry point from source files to validated, typed data plus findings. The CLI, both modes of the
// action and the benchmark all go through here, so a file means the same thing everywhere.
//
// A check has two halves: each vendor file on its own (checkVendorSource: parse, schema, rules, ratings against
// the rubric), which can run on any thread in any order, and the checks across files (combineChecks: unique ids,
// order), which see every file. checkSources runs both on this thread.
import { VENDOR_SCHEMA, checkVendorFile } from './check-vendor-file.js';
import type { LoadedVendor } from './check-vendor-file.js';
import { checkIdentities, checkRatingsAgainstRubric, identify } from './check-vendor-rules.js';
import type { VendorIdentity } from './check-vendor-rules.js';
import { compareText } from '../text/compare-text.js';
import { compareFindings } from './findings.js';
import type { Finding } from '../types/findings.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceFile } from './parse-yaml.js';
import { checkRubric } from './check-rubric.js';
import type { Rubric } from '../types/rubric.js';

export type { LoadedVendor };

export interface CheckInput {
  vendors: readonly SourceFile[];
  rubric: SourceFile;
  /** Findings found before reading (a symlink, a path outside the repository) travel with the result. */
  findings?: readonly Finding[];
}

export interface CheckResult {
  findings: Finding[];
  /** Only the valid vendors, sorted by id. */
  vendors: LoadedVendor[];
  /** Null when the rubric has errors: nothing can be scored then. */
  rubric: Rubric | null;
}

export interface RubricCheck {
  rubric: Rubric | null;
  findings: Finding[];
}

/** One vendor file checked on its own and against the rubric. */
export interface VendorFileCheck {
  file: string;
  /** The file's own findings: YAML, schema, the rules within one file. */
  findings: Finding[];
  /** Set when the file passed its own checks: ids must be unique across files. */
  identity: VendorIdentity | null;
  /** Ratings of criteria the rubric does not have: the vendor is left out when there are any. */
  ratingFindings: Finding[];
  /** The vendor when it passed its own checks, unless the caller only wants findings (then null). */
  vendor: LoadedVendor | null;
}

export function checkSources(input: CheckInput): CheckResult {
  return checkSourcesAgainst(checkRubricSource(input.rubric), input.vendors, input.findings ?? []);
}

/** checkSources with the rubric already checked (a pull request checks one rubric file once for both sides). */
export function checkSourcesAgainst(rubric: RubricCheck, vendors: readonly SourceFile[], findings: readonly Finding[]): CheckResult {
  return combineChecks({ rubric, files: vendors.map((source) => checkVendorSource(source, rubric.rubric)), findings });
}

export function checkRubricSource(source: SourceFile): RubricCheck {
  const parsed = parseYaml(source);
  return parsed.findings.length ? { rubric: null, findings: parsed.findings } : checkRubric(parsed, VENDOR_SCHEMA);
}

/** Without a valid rubric the ratings cannot be checked against it (nothing is scored then either). */
export function checkVendorSource(source: SourceFile, rubric: Rubric | null): VendorFileCheck {
  const { vendor, findings } = checkVendorFile(source);
  return {
    file: source.path,
    findings,
    identity: vendor && identify(vendor),
    ratingFindings: vendor && rubric ? checkRatingsAgainstRubric(vendor, rubric) : [],
    vendor,
  };
}

/**
 * The checks across files. A file whose id another file (earlier by path) already uses is left out with that
 * finding alone; the others are left out when a rating names no criterion of the rubric.
 */
export function combineChecks(input: { rubric: RubricCheck; files: readonly VendorFileCheck[]; findings: readonly Finding[] }): CheckResult {
  const files = [...input.files].sort((a, b) => compareText(a.file, b.file));
  const findings: Finding[] = [...input.findings, ...input.rubric.findings, ...files.flatMap((file) => file.findings)];
  const candidates = files.filter((file) => file.identity !== null);
  const { duplicates, lookAlikes } = checkIdentities(candidates.map((file) => file.identity!));
  findings.push(...duplicates, ...lookAlikes);
  const duplicateFiles = new Set(duplicates.map((finding) => finding.file));
  const kept: Array<{ id: string; vendor: LoadedVendor }> = [];
  for (const candidate of candidates) {
    if (duplicateFiles.has(candidate.file)) continue;
    findings.push(...candidate.ratingFindings);
    if (!candidate.ratingFindings.length && candidate.vendor) kept.push({ id: candidate.identity!.id, vendor: candidate.vendor });
  }
  kept.sort((a, b) => compareText(a.id, b.id));
  return { findings: findings.sort(compareFindings), vendors: kept.map(({ vendor }) => vendor), rubric: input.rubric.rubric };
}
