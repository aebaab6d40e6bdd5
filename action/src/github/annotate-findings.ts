// Findings as annotations on the changed lines. GitHub shows at most 10 error and 10 warning annotations per
// step and drops the rest silently, so we choose which ones it shows: the first by file and position, with one
// of each kept free for the action's own messages (the step's failure, a comment it could not post). Every
// finding is in the comment and the job summary.
import * as core from '@actions/core';
import type { Finding } from '../core/index.js';

export const ANNOTATIONS_PER_STEP = { error: 10, warning: 10 } as const;

export function selectAnnotations(findings: readonly Finding[], reserved: number): { shown: Finding[]; hidden: number } {
  const room = { error: ANNOTATIONS_PER_STEP.error - reserved, warning: ANNOTATIONS_PER_STEP.warning - reserved };
  const shown = findings.filter((finding) => room[finding.severity]-- > 0);
  return { shown, hidden: findings.length - shown.length };
}

/** Prints the annotations; returns how many findings were left out. */
export function annotateFindings(findings: readonly Finding[]): number {
  const { shown, hidden } = selectAnnotations(findings, 1);
  for (const finding of shown) {
    const properties: core.AnnotationProperties = {
      title: `vendor-review: ${finding.code}`,
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
      // GitHub ignores columns on annotations that span lines.
      ...(finding.endLine === finding.line && finding.endColumn ? { endLine: finding.endLine, endColumn: finding.endColumn } : {}),
    };
    const message = finding.hint ? `${finding.message}\n${finding.hint}` : finding.message;
    if (finding.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
  return hidden;
}
