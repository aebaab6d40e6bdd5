// CONTRACT STUB (lead engineer is writing this file now): the one entry point that turns source files into
// validated, typed data plus findings. Do not edit; code against these signatures.
import type { Finding } from './findings.js';
import type { ParsedYaml, SourceFile } from './parse-yaml.js';
import type { Rubric } from './rubric-types.js';
import type { VendorEvaluation } from './vendor-types.js';

export interface CheckInput {
  vendors: SourceFile[];
  rubric: SourceFile;
}

export interface LoadedVendor {
  file: string;
  data: VendorEvaluation;
  parsed: ParsedYaml;
}

export interface CheckResult {
  findings: Finding[]; // sorted with compareFindings
  vendors: LoadedVendor[]; // only the valid ones, sorted by id
  rubric: Rubric | null; // null when the rubric has errors
}

export declare function checkSources(input: CheckInput): CheckResult;
