import type { Finding } from '../core/index.js';
import { toTerminalLine } from './terminal-safe.js';
import { paint } from './cli-io.js';
import type { CliIo } from './cli-io.js';

/** `vendors/a.yaml:12:5 error <message> (<code>)`, the form editors and CI logs turn into links. */
export function formatFinding(finding: Finding, io: CliIo): string {
  const severity = paint(io, finding.severity === 'error' ? 'red' : 'yellow', finding.severity);
  const head = `${toTerminalLine(finding.file)}:${finding.line}:${finding.column} ${severity} ${toTerminalLine(finding.message)} (${finding.code})`;
  return finding.hint ? `${head}\n  ${paint(io, 'dim', `hint: ${toTerminalLine(finding.hint)}`)}` : head;
}

export function summariseFindings(findings: readonly Finding[], checkedFiles: number): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.length - errors.length;
  const files = new Set(errors.map((f) => f.file)).size;
  // An evaluation repository starts empty: that is no error, and the summary says what comes next.
  const checked =
    checkedFiles === 0
      ? 'No vendor files yet (start one with `vendor-review new <id>`); the rubric checked'
      : `${checkedFiles} vendor file${checkedFiles === 1 ? '' : 's'} and the rubric checked`;
  const warned = warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  if (errors.length)
    return `${checked}: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${warned ? `, ${warned}` : ''}.`;
  return warned ? `${checked}: no errors, ${warned}.` : `${checked}: no problems found.`;
}
