// The tracking issue for evaluations past their review date: which vendors, and the issue's title and body.
// The body depends only on the stale set (no "as of" date, no day counts), so a daily run leaves the issue
// alone until the set changes, and nobody gets an edit a day.
import { escapeMarkdown } from '../render/markdown-safe.js';
import type { Language } from '../types/rubric.js';
import type { ScoreReport } from '../types/score.js';
import { compareText } from '../text/compare-text.js';

/** Finds our issue among others; together with the label and the bot author, never a user's issue. */
export const STALE_ISSUE_MARKER = '<!-- vendor-review:stale-evaluations -->';
export const STALE_ISSUE_LABEL = 'vendor-review-stale';

export interface StaleEvaluation {
  id: string;
  name: string;
  file: string;
  reviewBy: string;
}

export interface IssueText {
  title: string;
  body: string;
}

const text = {
  en: {
    title: 'Vendor evaluations past their review date',
    intro: (count: number) =>
      `${count === 1 ? 'One vendor evaluation is' : `${count} vendor evaluations are`} past the review date set in ` +
      '`evaluation.review_by`. Check their facts and evidence again, then move the date forward in a pull request.',
    header: '| Vendor | File | Review by |\n| --- | --- | --- |',
    footer: 'This issue is kept up to date by the publish workflow and closes itself when no evaluation is overdue.',
    resolved: 'No vendor evaluation is past its review date any more.',
  },
  'zh-CN': {
    title: '已过复核日期的供应商评估',
    intro: (count: number) =>
      `有 ${count} 份供应商评估已超过 \`evaluation.review_by\` 中设定的复核日期。请重新核对其事实与证据,然后通过拉取请求更新该日期。`,
    header: '| 供应商 | 文件 | 复核日期 |\n| --- | --- | --- |',
    footer: '此议题由发布工作流自动维护;没有过期评估时会自动关闭。',
    resolved: '已没有超过复核日期的供应商评估。',
  },
} satisfies Record<Language, unknown>;

export function listStaleEvaluations(report: ScoreReport): StaleEvaluation[] {
  const stale: StaleEvaluation[] = [];
  for (const vendor of report.vendors) {
    for (const flag of vendor.flags) {
      if (flag.kind === 'stale') stale.push({ id: vendor.id, name: vendor.name, file: vendor.file, reviewBy: flag.review_by });
    }
  }
  // Most overdue first; ties by id, so the body (and whether it changed) does not depend on the ranking.
  return stale.sort((a, b) => compareText(a.reviewBy, b.reviewBy) || compareText(a.id, b.id));
}

export function describeStaleIssue(stale: readonly StaleEvaluation[], language: Language): IssueText {
  const words = text[language];
  // Names, ids and paths come from vendor files: escaped like every value from data in the reports.
  const rows = stale.map(
    (entry) => `| ${escapeMarkdown(entry.name)} (${escapeMarkdown(entry.id)}) | ${escapeMarkdown(entry.file)} | ${entry.reviewBy} |`,
  );
  return {
    title: words.title,
    body: [STALE_ISSUE_MARKER, words.intro(stale.length), [words.header, ...rows].join('\n'), words.footer].join('\n\n') + '\n',
  };
}

/** The body left on the issue when it is closed. */
export function describeResolvedStaleIssue(language: Language): IssueText {
  const words = text[language];
  return { title: words.title, body: `${STALE_ISSUE_MARKER}\n\n${words.resolved}\n` };
}
