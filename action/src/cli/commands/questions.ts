import { listQuestions, round2, suggestClosest } from '../../core/index.js';
import type { Language, Question, VendorScore } from '../../core/index.js';
import { toTerminalJson, toTerminalLine, toTerminalText } from '../terminal-safe.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../cli-io.js';
import { loadValidProject } from '../load-valid-project.js';
import { parseCommandArgs, readDate } from '../parse-command-args.js';

export const questionsCommand: Command = {
  name: 'questions',
  summary: 'What to ask one vendor next: its open questions, the ones that settle most of its score range first.',
  help: `Usage: vendor-review questions <id> [--lang en|zh-CN] [--format md|json] [--as-of YYYY-MM-DD]

Scores the project and lists what one vendor has not answered, worded as questions to put to it: first the
unknown gates (each decides whether the vendor is knocked out), then the unanswered criteria, the one that
settles the most points of its score range first. An unanswered criterion counts 0 in the lower bound and full
marks in the upper, so its answer narrows the range by its weight in the total and can raise the lower bound,
on which vendors are ranked, by as much. Criteria rated by our evaluators are listed too, addressed to them.

Options:
  --lang en|zh-CN     the language of the questions (default: language in vendor-review.config.yaml)
  --format md|json    md (default): Markdown, ready to send; json: the range and the questions, in the same order
  --as-of DATE        the day evaluations are judged stale against (default: today, UTC)
  -h, --help          show this help

Exit code: 0 when listed, 1 when the project has errors or there is no such vendor, 2 on wrong usage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('questions', args, {
      lang: { type: 'string' },
      format: { type: 'string' },
      'as-of': { type: 'string' },
    });
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    const [id, ...extra] = positionals;
    if (!id || extra.length) throw new UsageError('questions: give exactly one vendor id, e.g. `vendor-review questions farsail-av`.');
    if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh-CN') {
      throw new UsageError(`questions: --lang is en or zh-CN, not ${JSON.stringify(values.lang)}.`);
    }
    if (values.format !== undefined && values.format !== 'md' && values.format !== 'json') {
      throw new UsageError(`questions: --format is md or json, not ${JSON.stringify(values.format)}.`);
    }
    const asOf = readDate('questions', values['as-of'], io.today);
    const project = await loadValidProject(io, asOf);
    if (!project) return 1;
    const { vendors, rubric } = project.check;
    const scored = project.scored.find((candidate) => candidate.score.id === id);
    if (!scored) {
      const closest = suggestClosest(
        id,
        vendors.map((v) => v.data.id),
      );
      io.stderr(`vendor-review questions: there is no vendor \`${toTerminalLine(id)}\`.${closest ? ` Did you mean \`${closest}\`?` : ''}\n`);
      return 1;
    }
    // The questions are the vendor's own: nothing of the other vendors, not even the rank, is needed.
    const { score } = scored;
    const language = (values.lang as Language | undefined) ?? project.config.language;
    const questions = listQuestions(score, rubric);
    if (values.format === 'json') {
      const listed = {
        vendor: score.id,
        language,
        range: { lower: score.total.lower, upper: score.total.upper },
        questions: questions.map(({ kind, id, question, fact, effect }) => ({ kind, id, question: question[language], fact, effect })),
      };
      io.stdout(`${toTerminalJson(JSON.stringify(listed, null, 2))}\n`);
      return 0;
    }
    io.stdout(toTerminalText(formatQuestions(score, questions, language)));
    return 0;
  },
};

/** The Markdown message: a heading, one line of context, then the questions, numbered. Every value on its line. */
function formatQuestions(score: VendorScore, questions: readonly Question[], language: Language): string {
  const words = WORDS[language];
  const plan = score.plans.find((candidate) => candidate.evaluated);
  const context = {
    plan: toTerminalLine(plan?.name ?? score.plan),
    planId: toTerminalLine(score.plan),
    lower: formatPoints(score.total.lower),
    upper: formatPoints(score.total.upper),
    width: round2(score.total.upper - score.total.lower),
    count: questions.length,
  };
  const lines = [words.heading(toTerminalLine(score.name)), '', words.intro(context)];
  if (questions.length) lines.push('');
  questions.forEach((question, index) => {
    const text = toTerminalLine(question.question[language]);
    const why =
      question.kind === 'gate'
        ? words.decides(toTerminalLine(question.title[language]))
        : words.settles(question.effect);
    lines.push(`${index + 1}. ${text}${why}`);
  });
  return `${lines.join('\n')}\n`;
}

interface Context {
  plan: string;
  planId: string;
  lower: string;
  upper: string;
  width: number;
  count: number;
}

const WORDS: Record<Language, { heading(name: string): string; intro(context: Context): string; decides(gate: string): string; settles(points: number): string }> = {
  en: {
    heading: (name) => `# Questions for ${name}`,
    intro: ({ plan, planId, lower, upper, width, count }) =>
      `Evaluated under the plan “${plan}” (${planId}), the total lies between ${lower} and ${upper}, a range ${countPoints(width)} wide; ${
        count > 1 ? `${count} questions to ask, the most decisive first.` : count === 1 ? '1 question to ask.' : 'nothing is left to ask.'
      }`,
    decides: (gate) => ` (decides whether the vendor passes the knock-out “${gate}”)`,
    settles: (points) => ` (settles ${countPoints(points)} of the range)`,
  },
  'zh-CN': {
    heading: (name) => `# ${name}：待确认的问题`,
    intro: ({ plan, planId, lower, upper, width, count }) =>
      `按服务计划“${plan}”（${planId}）评估，总分在 ${lower} 至 ${upper} 之间，区间宽 ${formatPoints(width)} 分；${
        count > 1 ? `共 ${count} 个问题，最关键的排在前面。` : count === 1 ? '共 1 个问题。' : '没有需要再问的问题。'
      }`,
    decides: (gate) => `（决定能否通过否决项“${gate}”）`,
    settles: (points) => `（可确定总分区间中的 ${formatPoints(points)} 分）`,
  },
};

function countPoints(points: number): string {
  return `${formatPoints(points)} ${points === 1 ? 'point' : 'points'}`;
}

/** Points rounded as the score is (2 decimals), without trailing zeros: 6, 3.75, 0.5. */
function formatPoints(value: number): string {
  return String(round2(value));
}
