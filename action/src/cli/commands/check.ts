import { hasErrors } from '../../core/index.js';
import { loadProject } from '../../shell/load-project.js';
import type { Command } from '../cli-io.js';
import { formatFinding, summariseFindings } from '../format-findings.js';
import { parseCommandArgs, readFormat } from '../parse-command-args.js';
import { showProgress } from '../show-progress.js';
import { toTerminalJson } from '../terminal-safe.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate vendor files and the rubric; every problem with its file, line and column.',
  help: `Usage: vendor-review check [paths…] [--format text|json]

Validates vendor evaluations (by default every YAML file under the configured vendors folder) against
schemas/vendor.schema.json, the rubric against schemas/rubric.schema.json, and the rules across fields and files
(ids, evidence citations, dates, evaluators). Paths are files or folders inside the repository.

Options:
  --format text|json   text (default): one line per problem, e.g. vendors/a.yaml:12:5 error … (code)
                       json: {"valid", "files", "findings": [{code, severity, file, line, column, message, hint}]}
  -h, --help           show this help

Exit code: 0 when valid, 1 when any error was found, 2 on wrong usage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('check', args, { format: { type: 'string' } });
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    const format = readFormat('check', values.format);
    const progress = showProgress(io, 'Checking');
    const project = await loadProject(io.cwd, { paths: positionals, asOf: null, keepVendors: false, onProgress: progress.update }).finally(progress.clear);
    const { findings } = project.check;
    if (format === 'json') {
      io.stdout(`${toTerminalJson(JSON.stringify({ valid: !hasErrors(findings), files: project.vendorFiles, findings }, null, 2))}\n`);
    } else {
      for (const finding of findings) io.stdout(`${formatFinding(finding, io)}\n`);
      io.stdout(`${summariseFindings(findings, project.vendorFiles)}\n`);
    }
    return hasErrors(findings) ? 1 : 0;
  },
};
