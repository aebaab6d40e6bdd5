// Helpers on findings (types/findings.ts): their stable order, whether any is an error, and the finding about a
// file as a whole, which points at its first line.
import { compareText } from '../text/compare-text.js';
import type { Finding, FindingCode } from '../types/findings.js';

/** Stable order for output: file, then position, then code. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** An error about a whole file (missing, refused, too large, empty): where to look is its first line. */
export function fileFinding(input: { code: FindingCode; file: string; message: string; hint?: string }): Finding {
  return { code: input.code, severity: 'error', file: input.file, line: 1, column: 1, message: input.message, ...(input.hint ? { hint: input.hint } : {}) };
}
