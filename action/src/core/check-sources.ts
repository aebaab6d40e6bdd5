// The one entry point from source files to validated, typed data plus findings. The CLI, both modes of the
// action and the benchmark all go through here, so a file means the same thing everywhere.
import { VENDOR_SCHEMA, checkVendorFile } from './check-vendor-file.js';
import type { LoadedVendor } from './check-vendor-file.js';
import { checkRatingsAgainstRubric, checkUniqueIds } from './check-vendor-rules.js';
import { compareFindings } from './findings.js';
import type { Finding } from './findings.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceFile } from './parse-yaml.js';
import { checkRubric } from './rubric/check-rubric.js';
import type { Rubric } from './rubric-types.js';

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

export function checkSources(input: CheckInput): CheckResult {
  const findings: Finding[] = [...(input.findings ?? [])];

  const rubricParsed = parseYaml(input.rubric);
  const rubricChecked = rubricParsed.findings.length
    ? { rubric: null, findings: rubricParsed.findings }
    : checkRubric(rubricParsed, VENDOR_SCHEMA);
  findings.push(...rubricChecked.findings);

  const candidates: LoadedVendor[] = [];
  for (const source of [...input.vendors].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const checked = checkVendorFile(source);
    findings.push(...checked.findings);
    if (checked.vendor) candidates.push(checked.vendor);
  }

  const duplicates = checkUniqueIds(candidates);
  findings.push(...duplicates);
  const duplicateFiles = new Set(duplicates.map((finding) => finding.file));
  const vendors: LoadedVendor[] = [];
  for (const vendor of candidates) {
    if (duplicateFiles.has(vendor.file)) continue;
    const ratingFindings = rubricChecked.rubric ? checkRatingsAgainstRubric(vendor, rubricChecked.rubric) : [];
    findings.push(...ratingFindings);
    if (!ratingFindings.length) vendors.push(vendor);
  }
  vendors.sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
  return { findings: findings.sort(compareFindings), vendors, rubric: rubricChecked.rubric };
}
