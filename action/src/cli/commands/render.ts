import { buildReports, formatScoreTable } from '../../core/index.js';
import type { Language } from '../../core/index.js';
import { readProjectTemplates } from '../../shell/read-workspace.js';
import { writeReports } from '../../shell/write-reports.js';
import { UsageError } from '../cli-io.js';
import type { CliIo, Command } from '../cli-io.js';
import { loadValidProject } from '../load-valid-project.js';
import { parseCommandArgs, readDate } from '../parse-command-args.js';
import { toTerminalLine, toTerminalText } from '../terminal-safe.js';

const renderOptions = { lang: { type: 'string' }, 'as-of': { type: 'string' } } as const;

/** check + score → render → write: what `render` and `run` both do; `run` also prints the ranking. */
async function renderProject(command: 'render' | 'run', args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(command, args, renderOptions);
  const asOf = readDate(command, values['as-of'], io.today);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh-CN') {
    throw new UsageError(`${command}: --lang is en or zh-CN, not ${JSON.stringify(values.lang)}.`);
  }
  const project = await loadValidProject(io, asOf);
  if (!project) return 1;
  const { root, config, check, scored } = project;
  // --lang renders that one language; otherwise every language the configuration lists.
  const languages = values.lang ? [values.lang as Language] : config.languages;
  const { templates } = readProjectTemplates(root, config);
  const { report, files } = buildReports({ vendors: check.vendors, scored, rubric: check.rubric, asOf, templates, languages, limit: config.comparison_limit });
  const written = await writeReports({ root, reports: config.reports, files });
  if (command === 'run') io.stdout(`${toTerminalText(formatScoreTable(report))}\n\n`);
  io.stdout(`${project.vendorFiles} vendor files checked and scored; wrote ${written} files to ${toTerminalLine(config.reports)}/ (${languages.join(', ')}).\n`);
  return 0;
}

const sharedOptions = `Options:
  --lang en|zh-CN   render only this language (default: every language of vendor-review.config.yaml)
  --as-of DATE      the day evaluations are judged stale against (default: today, UTC)
  -h, --help        show this help

Nothing is written unless every file is valid and every report renders; then reports/ is replaced as a whole.`;

export const renderCommand: Command = {
  name: 'render',
  summary: 'Render the comparison report, one page per vendor and scores.json into reports/.',
  help: `Usage: vendor-review render [--lang en|zh-CN] [--as-of YYYY-MM-DD]

Checks and scores the project, then renders templates/*.hbs into the reports folder: README.md (the comparison),
vendors/<id>.md (one page per vendor), vendors/<id>.json (each vendor's whole score) and scores.json (the
ranking, machine-readable).

${sharedOptions}`,
  async run(args, io) {
    if (args.includes('--help') || args.includes('-h')) return (io.stdout(`${this.help}\n`), 0);
    return renderProject('render', args, io);
  },
};

export const runCommand: Command = {
  name: 'run',
  summary: 'The main job: check, score and render the reports (what CI does on the main branch).',
  help: `Usage: vendor-review run [--lang en|zh-CN] [--as-of YYYY-MM-DD]

Checks every vendor file and the rubric, prints the ranking and renders the reports folder.

${sharedOptions}`,
  async run(args, io) {
    if (args.includes('--help') || args.includes('-h')) return (io.stdout(`${this.help}\n`), 0);
    return renderProject('run', args, io);
  },
};
