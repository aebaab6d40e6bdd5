import { formatScoreTable, scoreProject } from '../../core/index.js';
import { toTerminalJson, toTerminalText } from '../terminal-safe.js';
import type { Command } from '../cli-io.js';
import { loadValidProject } from '../load-valid-project.js';
import { parseCommandArgs, readDate, readFormat } from '../parse-command-args.js';

export const scoreCommand: Command = {
  name: 'score',
  summary: 'Score every vendor with the rubric: rank, score with its range, coverage, confidence, verdict, gates.',
  help: `Usage: vendor-review score [--format text|json] [--as-of YYYY-MM-DD]

Checks the project, then scores every vendor with rubric.yaml and prints the ranking.

Options:
  --format text|json   text (default): an aligned table; json: the full score report, every criterion included
  --as-of DATE         the day evaluations are judged stale against (default: today, UTC)
  -h, --help           show this help

Exit code: 0 when scored, 1 when the project has errors (they are listed; nothing is scored), 2 on wrong usage.`,
  async run(args, io) {
    const { values } = parseCommandArgs('score', args, { format: { type: 'string' }, 'as-of': { type: 'string' } });
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    const format = readFormat('score', values.format);
    const asOf = readDate('score', values['as-of'], io.today);
    const project = await loadValidProject(io, asOf);
    if (!project) return 1;
    const report = scoreProject({ vendors: project.check.vendors, scored: project.scored, rubric: project.check.rubric, asOf });
    io.stdout(format === 'json' ? `${toTerminalJson(JSON.stringify(report, null, 2))}\n` : `${toTerminalText(formatScoreTable(report))}\n`);
    return 0;
  },
};
