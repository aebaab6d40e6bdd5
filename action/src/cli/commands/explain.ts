import { explainVendor, rankVendors, suggestClosest } from '../../core/index.js';
import { toTerminalLine, toTerminalText } from '../terminal-safe.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../cli-io.js';
import { loadValidProject } from '../load-valid-project.js';
import { parseCommandArgs, readDate } from '../parse-command-args.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Explain one vendor: every number traced to its rubric rule, fact, evidence and confidence.',
  help: `Usage: vendor-review explain <id> [--as-of YYYY-MM-DD]

Scores the project and explains, in plain words, where every number of one vendor comes from: each criterion's
rule, the fact or ratings it read, the evidence behind it and how much that evidence is trusted, then the
dimension and total scores, the gates, the verdict and the rank.

Options:
  --as-of DATE   the day evaluations are judged stale against (default: today, UTC)
  -h, --help     show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('explain', args, { 'as-of': { type: 'string' } });
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    const [id, ...extra] = positionals;
    if (!id || extra.length) throw new UsageError('explain: give exactly one vendor id, e.g. `vendor-review explain cloudbridge-class`.');
    const asOf = readDate('explain', values['as-of'], io.today);
    const project = await loadValidProject(io, asOf);
    if (!project) return 1;
    const { vendors, rubric } = project.check;
    const vendor = vendors.find((v) => v.data.id === id);
    if (!vendor) {
      const closest = suggestClosest(
        id,
        vendors.map((v) => v.data.id),
      );
      io.stderr(`vendor-review explain: there is no vendor \`${toTerminalLine(id)}\`.${closest ? ` Did you mean \`${closest}\`?` : ''}\n`);
      return 1;
    }
    // The rank is all explaining needs of the others: no robustness.
    const score = rankVendors(project.scored, rubric).find((scored) => scored.score.id === id)!.score;
    io.stdout(`${toTerminalText(explainVendor(score, rubric, vendor.data))}\n`);
    return 0;
  },
};
