// Findings are data: every problem the pipeline finds is one of these, with a stable code that tools can
// match on, the position of the offending node, a sentence for people and, where we know it, what to do.
import { compareText } from '../text/compare-text.js';

export type FindingCode =
  // reading files
  | 'file-empty'
  | 'file-too-large'
  | 'file-not-regular' // a symlink, submodule or directory where a vendor file was expected
  | 'file-outside-repo'
  | 'file-unreadable'
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
  // across fields and files
  | 'id-mismatch'
  | 'id-duplicate'
  | 'evidence-unknown'
  | 'evidence-duplicate'
  | 'date-order'
  | 'rating-unknown-criterion'
  | 'rating-unknown-evaluator'
  // rubric
  | 'rubric-weights'
  | 'rubric-fact-path'
  | 'rubric-thresholds'
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

/** Stable order for output: file, then position, then code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.code, b.code)
  );
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
