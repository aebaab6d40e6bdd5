import { hasErrors } from '../../core/index.js';
import { readBuiltInTemplates } from '../../shell/built-in.js';
import { loadProject } from '../../shell/load-project.js';
import type { LoadedProject } from '../../shell/load-project.js';
import { readProjectTemplates } from '../../shell/read-workspace.js';
import { describeInputs } from '../describe-inputs.js';
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
                       json: {"valid", "files", "rubric": {file, version}, "templates": {folder, own},
                              "findings": [{code, severity, file, line, column, message, hint}]}
  -h, --help           show this help

The last line names the rubric and the templates used: the repository's own, or those built into vendor-review
(a repository's rubric.yaml replaces the built-in rubric; each of its templates/*.hbs replaces the built-in one).

Exit code: 0 when valid, 1 when any error was found, 2 on wrong usage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('check', args, { format: { type: 'string' } });
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    const format = readFormat('check', values.format);
    const progress = showProgress(io, 'Checking');
    const project = await loadProject(io.cwd, { paths: positionals, asOf: null, keepVendors: false, onProgress: progress.update }).finally(progress.clear);
    const { findings } = project.check;
    if (format === 'json') {
      const rubric = { file: project.rubricFile, version: project.check.rubric?.version ?? null };
      const templates = { folder: project.config.templates, own: readProjectTemplates(project.root, project.config).own };
      io.stdout(`${toTerminalJson(JSON.stringify({ valid: !hasErrors(findings), files: project.vendorFiles, rubric, templates, findings }, null, 2))}\n`);
    } else {
      for (const finding of findings) io.stdout(`${formatFinding(finding, io)}\n`);
      io.stdout(`${summariseFindings(findings, project.vendorFiles)}\n${describeProjectInputs(project)}\n`);
    }
    return hasErrors(findings) ? 1 : 0;
  },
};

function describeProjectInputs(project: LoadedProject): string {
  const { own } = readProjectTemplates(project.root, project.config);
  const builtInTemplates = Object.keys(readBuiltInTemplates());
  return describeInputs({
    rubricFile: project.rubricFile,
    rubric: project.check.rubric,
    templatesFolder: project.config.templates,
    ownTemplates: own,
    builtInTemplates,
  });
}
