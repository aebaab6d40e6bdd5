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

/** Findings reported per file: beyond them a file is rewritten, not fixed finding by finding. */
export const MAX_FINDINGS_PER_FILE = 50;

/** The finding that stands for the problems of a file beyond MAX_FINDINGS_PER_FILE, placed at the first of them. */
export function tooManyProblems(input: { file: string; unlisted: number; at: { line: number; column: number } }): Finding {
  const { unlisted } = input;
  return {
    code: 'file-too-many-problems',
    severity: 'error',
    file: input.file,
    line: input.at.line,
    column: input.at.column,
    message: `From here on, ${unlisted} more problem${unlisted === 1 ? ' is' : 's are'} not listed; the first ${MAX_FINDINGS_PER_FILE} in this file are.`,
    hint: 'Fix the problems listed and check again, or start the file anew from `vendor-review new <id>`.',
  };
}

/** The first MAX_FINDINGS_PER_FILE findings of one file in reading order, and one that counts the rest. */
export function capFindings(file: string, findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const ordered = [...findings].sort(compareFindings);
  const rest = ordered.slice(MAX_FINDINGS_PER_FILE);
  return [...ordered.slice(0, MAX_FINDINGS_PER_FILE), tooManyProblems({ file, unlisted: rest.length, at: rest[0]! })];
}
