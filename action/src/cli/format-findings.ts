import type { Finding } from '../core/index.js';
import { toTerminalText } from './terminal-safe.js';
import { paint } from './cli-io.js';
import type { CliIo } from './cli-io.js';

/** `vendors/a.yaml:12:5 error <message> (<code>)`, the form editors and CI logs turn into links. */
export function formatFinding(finding: Finding, io: CliIo): string {
  const severity = paint(io, finding.severity === 'error' ? 'red' : 'yellow', finding.severity);
  const head = `${toTerminalText(finding.file)}:${finding.line}:${finding.column} ${severity} ${toTerminalText(finding.message)} (${finding.code})`;
  return finding.hint ? `${head}\n  ${paint(io, 'dim', `hint: ${toTerminalText(finding.hint)}`)}` : head;
}

export function summariseFindings(findings: readonly Finding[], checkedFiles: number): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const files = new Set(errors.map((f) => f.file)).size;
  const checked = `${checkedFiles} vendor file${checkedFiles === 1 ? '' : 's'} and the rubric checked`;
  return errors.length
    ? `${checked}: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`
    : `${checked}: no problems found.`;
}
