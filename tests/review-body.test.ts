// The review body (sticky comment and job summary) within GitHub's limits and in the configured language, the
// annotations within GitHub's limits, and the redaction of secrets and runner paths.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor, redactOptionsFromEnv } from '../action/src/action/redact.js';
import { checkRubricSource } from '../action/src/core/validate/check-sources.js';
import {
  COMMENT_LIMIT,
  STICKY_MARKER,
  SUMMARY_LIMIT,
  buildReviewBody,
  collectRubricTitles,
  noticeOf,
  noticeText,
} from '../action/src/core/compare/build-review-body.js';
import type { Review, ReviewView } from '../action/src/core/compare/build-review-body.js';
import type { ReportComparison, VendorComparison } from '../action/src/core/compare/compare-reports.js';
import { compileCommentTemplate } from '../action/src/core/compare/compile-comment-template.js';
import type { Finding } from '../action/src/core/types/findings.js';
import type { Language } from '../action/src/core/types/rubric.js';
import type { Flag } from '../action/src/core/types/score.js';
import { selectAnnotations } from '../action/src/github/annotate-findings.js';
import { REPO_ROOT } from './support/temp-project.js';

const TEMPLATES = { 'pr-comment.hbs': readFileSync(path.join(REPO_ROOT, 'templates/pr-comment.hbs'), 'utf8') };
const renderIn = (language: Language) => compileCommentTemplate<ReviewView>({ templates: TEMPLATES, language, redact: (text) => text });
const render = renderIn('en');

function changed(id: string, name = `Vendor ${id}`): VendorComparison {
  const number = { before: 50, after: 60, delta: 10 };
  return {
    id,
    name,
    file: `vendors/${id}.yaml`,
    status: 'changed',
    total: number,
    range: { before: { lower: 40, upper: 55 }, after: { lower: 52, upper: 61 } },
    lower: { before: 40, after: 52, delta: 12 },
    standing: { before: 'ranked', after: 'ranked' },
    known: number,
    rank: { before: 2, after: 1, delta: 1 },
    band: { before: 'fair', after: 'good' },
    verdict: { before: 'moderate-risk', after: 'low-risk' },
    coverage: { before: 0.5, after: 0.75, delta: 0.25 },
    confidence: { before: 0.5, after: 0.5, delta: 0 },
    dimensions: Array.from({ length: 8 }, (_, i) => ({ dimension: `dimension-${i}`, ...number })),
    gates: [{ gate: 'data-residency', before: 'unknown', after: 'pass' }],
    plan: { before: 'Standard', after: 'Standard' },
    planTotals: [],
    planTerms: [],
    newFlags: [{ kind: 'evaluator-disagreement', criterion: 'docs', min: 1, max: 5, evaluators: ['a', 'b'] }],
    resolvedFlags: [],
    scoreDropped: false,
  };
}

function finding(i: number, severity: Finding['severity'] = 'error'): Finding {
  return { code: 'schema-enum', severity, file: `vendors/v${i}.yaml`, line: i, column: 3, message: `Problem ${i} ${'x'.repeat(100)}`, hint: 'Fix it.' };
}

function review(vendors: VendorComparison[], findings: Finding[] = [], rubricChanged = false): Review {
  const comparison: ReportComparison = {
    vendors,
    rubricChanged,
    rubricVersion: { before: '1', after: '1' },
    leader: { before: 'a', after: 'b' },
    ranking: rubricChanged
      ? vendors.map((v) => ({ id: v.id, name: v.name, rank: v.rank, range: v.range, lower: v.lower, standing: v.standing, known: v.known }))
      : [],
    scoreDrops: [],
  };
  // No titles: rows name dimensions, gates and criteria by id, as a rubric that lacks one would.
  const titles = { dimensions: {}, gates: {}, criteria: {} };
  return { findings, comparison, preexisting: 0, configChanges: [], notices: [], headSha: 'abc1234', runUrl: 'https://github.com/o/r/actions/runs/1', titles };
}

describe('buildReviewBody', () => {
  it('renders everything, starting with the hidden marker, when it fits', () => {
    const { body, truncated } = buildReviewBody(render, review([changed('a'), changed('b')], [finding(1)]), COMMENT_LIMIT);
    expect(truncated).toBe(false);
    expect(body.startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    expect(body.match(/<details>/g)).toHaveLength(2);
    expect(body).toContain('vendors/v1.yaml:1:3');
    expect(body).not.toContain('shortened');
  });

  it('drops vendor sections first, then ranking rows, then findings, and says so', () => {
    const vendors = Array.from({ length: 200 }, (_, i) => changed(`v${i}`));
    const findings = Array.from({ length: 600 }, (_, i) => finding(i));
    const { body, truncated } = buildReviewBody(render, review(vendors, findings, true), COMMENT_LIMIT);
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT.max);
    expect(body).toContain('shortened to fit');
    expect(body).toMatch(/Left out here:\n>\n> - 200 vendor section\(s\)\n> - \d+ ranking row\(s\)\n> - \d+ finding\(s\)\n/);
    expect(body).toContain('the whole review is in the job summary of [the workflow run](https://github.com/o/r/actions/runs/1)');
    // The same review fits the summary's limit whole.
    expect(buildReviewBody(render, review(vendors, findings, true), SUMMARY_LIMIT).truncated).toBe(false);
  });

  it('cuts the text itself when even the fixed parts are too long', () => {
    const notices = [noticeText('é'.repeat(900))];
    const { body, truncated } = buildReviewBody(render, { ...review([]), notices }, { max: 500, measure: SUMMARY_LIMIT.measure });
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(500);
    // The notice comes before the cut, so the cut keeps it.
    expect(body).toMatch(/^.+\n### Vendor review ✅\n\n> \[!NOTE\]\n> This comment is cut short .*the whole review is in the job summary\.\n/);
    expect(body.endsWith('é…\n')).toBe(true);
  });

  it('makes vendor strings inert Markdown', () => {
    const hostile = changed('x', '<img src=x onerror=alert(1)> @everyone [link](https://evil.example) | #1');
    const { body } = buildReviewBody(render, review([hostile]), COMMENT_LIMIT);
    expect(body).not.toMatch(/(^|[^\\])<img/m);
    expect(body).not.toContain('@everyone');
    expect(body).not.toContain('](https://evil');
    expect(body).not.toMatch(/[^\\]\| #1/);
    // Inside HTML (the <summary> of a section) Markdown escapes do not apply: only the id goes there.
    expect(body).toContain('<details><summary>x: what changes</summary>');
  });
});

/** A vendor new in the pull request, with a flag of each kind raised and some no longer raised (one kind twice). */
function flagged(id: string, name = `Vendor ${id}`): VendorComparison {
  const newFlags: Flag[] = [
    {
      kind: 'claim-contradicted',
      plan: 'standard',
      severity: 'critical',
      clock: 'calendar',
      claimed_minutes: 30,
      observed_median_minutes: 240,
      observed_worst_minutes: 600,
      probes: 3,
    },
    { kind: 'evaluator-disagreement', criterion: 'docs', min: 1, max: 5, evaluators: ['a', 'b'] },
    { kind: 'stale', review_by: '2026-09-18' },
  ];
  return { ...changed(id, name), status: 'added', newFlags, resolvedFlags: [newFlags[2]!, newFlags[0]!, newFlags[0]!] };
}

/** Every part of the comment: each vendor status, flags, the ranking, findings of both severities, a notice. */
function fullReview(): Review {
  const vendors = [flagged('f'), { ...changed('r'), status: 'removed' as const }, changed('c')];
  return {
    ...review(vendors, [finding(1), finding(2, 'warning')], true),
    preexisting: 2,
    notices: [noticeText('A notice.'), noticeOf('pr.notice.files-compared', 3000)],
  };
}

/** The words of every text in the data: what the comment may show that is not the catalogue's. */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.match(/[A-Za-z]{2,}/g) ?? [];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(wordsOf);
  return [];
}

const lines = (body: string) => body.split('\n');

describe('the review in the configured language', () => {
  it('keeps the English comment as it was, the flags in the words of the vendor pages', () => {
    const { body } = buildReviewBody(render, fullReview(), COMMENT_LIMIT);
    expect(lines(body)).toEqual(
      expect.arrayContaining([
        '### Vendor review ❌',
        '**1 error(s) and 1 warning(s)** in the files this pull request changes: see **Findings** below, or the annotations on the changed files.',
        '> GitHub lists only the first 3,000 files of a pull request: this review compared the whole trees of the base and of the merge result instead.',
        '#### Scores of the vendors this pull request changes',
        '| Vendor | Score range | Change | Rank | Verdict |',
        '| Vendor f (new) | 52.0–61.0 | +12.0 | 1 (+1) | low risk |',
        '| Vendor r (no longer scored) | 52.0–61.0 | +12.0 | 1 (+1) | low risk |',
        '<details><summary>f: what changes</summary>',
        '**Vendor f** (vendors/f.yaml)',
        '| | Base | Head | Change |',
        '| Score range | 40.0–55.0 | 52.0–61.0 | +12.0 |',
        '| Score on what is known | 50.0 | 60.0 | +10.0 |',
        '| Coverage | 50% | 75% | +0.250 |',
        '| Gate data-residency | ❔ unknown | ✅ pass | |',
        'New flags:',
        '- Plan standard promises a first response to critical issues within 30 min; our probes under it waited a median of 240 min (worst 600 min, probes: 3).',
        '- Evaluators disagree on docs: ratings from 1 to 5 (a, b).',
        '- Past its review date (Sep 18, 2026): evaluate again.',
        'Flags no longer raised: past its review date, claim contradicted by the trial',
        '#### Ranking under the new rubric',
        '| Rank | Vendor | Before | Move | Range before | Range after |',
        '| 1 | Vendor f | 2 | +1 | 40.0–55.0 | 52.0–61.0 |',
        '#### Findings',
        '| Where | Problem | What to do |',
        '2 problem(s) in files this pull request does not touch are not counted here: run `npx vendor-review check` on the base branch.',
        '<sub>Reviewed at abc1234 · [workflow run](https://github.com/o/r/actions/runs/1)</sub>',
      ]),
    );
    expect(buildReviewBody(render, { ...fullReview(), findings: [finding(1, 'warning')] }, COMMENT_LIMIT).body).toContain(
      '\nThe vendor files and the rubric this pull request changes are valid, with 1 warning(s).\n',
    );
  });

  it("names dimensions, gates and criteria by the rubric's titles, in the review's language", () => {
    const rubric = checkRubricSource({ path: 'rubric.yaml', text: readFileSync(path.join(REPO_ROOT, 'rubric.yaml'), 'utf8') }).rubric!;
    const vendor: VendorComparison = {
      ...changed('t'),
      dimensions: [{ dimension: 'response-time', before: 50, after: 60, delta: 10 }],
      gates: [{ gate: 'urgent-escalation-channel', before: 'unknown', after: 'pass' }],
      newFlags: [{ kind: 'evaluator-disagreement', criterion: 'support-professionalism', min: 1, max: 5, evaluators: ['a', 'b'] }],
    };
    const titled = (language: Language) => ({ ...review([vendor]), titles: collectRubricTitles([rubric], language) });

    const english = lines(buildReviewBody(render, titled('en'), COMMENT_LIMIT).body);
    const chinese = lines(buildReviewBody(renderIn('zh-CN'), titled('zh-CN'), COMMENT_LIMIT).body);

    expect(english).toEqual(
      expect.arrayContaining([
        '| Response time | 50.0 | 60.0 | +10.0 |',
        '| Gate An urgent escalation channel exists | ❔ unknown | ✅ pass | |',
        '- Evaluators disagree on Professionalism of answers: ratings from 1 to 5 (a, b).',
      ]),
    );
    expect(chinese).toEqual(expect.arrayContaining(['| 响应时效 | 50.0 | 60.0 | +10.0 |']));
    expect(chinese.join('\n')).toMatch(/否决项 .*紧急/);
    expect(chinese.join('\n')).toContain('回复的专业程度');
  });

  it('speaks Chinese in zh-CN, with no English fixed text left', () => {
    const data = fullReview();
    const { body } = buildReviewBody(renderIn('zh-CN'), data, COMMENT_LIMIT);
    expect(lines(body)).toEqual(
      expect.arrayContaining([
        '### 供应商评审 ❌',
        '本拉取请求修改的文件中有 **1 个错误和 1 条警告**：请查看下方的“**发现的问题**”，或所改文件上的标注。',
        '> GitHub 只列出拉取请求的前 3,000 个文件：本次评审改为比较基础分支与合并结果的完整文件树。',
        '#### 本拉取请求修改的供应商评分',
        '| 供应商 | 得分区间 | 变化 | 排名 | 结论 |',
        '| Vendor f（新增） | 52.0–61.0 | +12.0 | 1 (+1) | 低风险 |',
        '| Vendor r（不再计分） | 52.0–61.0 | +12.0 | 1 (+1) | 低风险 |',
        '<details><summary>f：变化明细</summary>',
        '| | 修改前 | 修改后 | 变化 |',
        '| 覆盖率 | 50% | 75% | +0.250 |',
        '| 否决项 data-residency | ❔ 未知 | ✅ 通过 | |',
        '新增提示：',
        '- 计划“standard”承诺紧急问题在 30 分钟内首次响应；我方在该计划下的探测中位数为 240 分钟（最慢 600 分钟，探测 3 次）。',
        '不再提示：已过复核日期、承诺被试用推翻',
        '#### 新评分规则下的排名',
        '| 排名 | 供应商 | 原排名 | 升降 | 原区间 | 新区间 |',
        '#### 发现的问题',
        '| 位置 | 问题 | 处理建议 |',
        '本拉取请求未涉及的文件中另有 2 个问题，未计入此处：请在基础分支上运行 `npx vendor-review check`。',
        '<sub>评审的提交：abc1234 · [工作流运行](https://github.com/o/r/actions/runs/1)</sub>',
      ]),
    );
    for (const english of ['Vendor review', 'Scores of the vendors', 'what changes', 'Findings', 'New flags', 'Reviewed at', 'error(s)', 'pull request']) {
      expect(body).not.toContain(english);
    }
    // Nor any other Latin word but those of the data, the hidden marker and the command the comment names.
    const allowed = new Set([...wordsOf(data), 'vendor', 'review', 'sticky', 'npx', 'check', 'details', 'summary', 'sub', 'GitHub']);
    expect(body.match(/[A-Za-z]{2,}/g)!.filter((word) => !allowed.has(word))).toEqual([]);
    expect(buildReviewBody(renderIn('zh-CN'), { ...data, findings: [] }, COMMENT_LIMIT).body).toContain('\n本拉取请求修改的供应商文件和评分规则均有效。\n');
  });

  it('says in zh-CN what a shortened comment leaves out, and that a cut one is cut', () => {
    const vendors = Array.from({ length: 200 }, (_, i) => changed(`v${i}`));
    const { body } = buildReviewBody(renderIn('zh-CN'), review(vendors, [], true), COMMENT_LIMIT);
    expect(body).toContain(
      '\n> 本评论超出 GitHub 的长度限制，已经缩短；完整评审见[工作流运行](https://github.com/o/r/actions/runs/1)的作业摘要。此处省略了：\n',
    );
    expect(body).toMatch(/\n>\n> - \d+ 家供应商的明细\n/);
    expect(body).not.toContain('shortened');

    const cut = buildReviewBody(renderIn('zh-CN'), { ...review([]), notices: [noticeText('é'.repeat(900))] }, { max: 500, measure: SUMMARY_LIMIT.measure });
    expect(cut.body).toContain('\n> 本评论超出 GitHub 的长度限制，已被截断；完整评审见作业摘要。\n');
    expect(cut.body).not.toContain('cut short');
  });

  it.each(['en', 'zh-CN'] as const)('passes vendor strings to messages escaped (%s)', (language) => {
    const hostile = '<img src=x onerror=alert(1)> @everyone [link](https://evil.example) | #1';
    const added = { ...flagged('x', hostile), gates: [{ gate: hostile, before: null, after: 'fail' as const }] };
    const { body } = buildReviewBody(renderIn(language), review([added, { ...changed('y', hostile), status: 'removed' }]), COMMENT_LIMIT);
    expect(body).not.toMatch(/(^|[^\\])<img/m);
    expect(body).not.toContain('@everyone');
    expect(body).not.toContain('](https://evil');
    expect(body).not.toMatch(/[^\\]\| #1/);
  });
});

describe('a vendor with too little known', () => {
  it('shows its range and standing, never a bare score on what is known', () => {
    const thin: VendorComparison = {
      ...changed('t'),
      total: { before: 60, after: 100, delta: 40 },
      range: { before: { lower: 55, upper: 70 }, after: { lower: 9, upper: 100 } },
      lower: { before: 55, after: 9, delta: -46 },
      standing: { before: 'ranked', after: 'insufficient-data' },
      known: { before: 60, after: null, delta: null },
      rank: { before: 2, after: null, delta: null },
      verdict: { before: 'moderate-risk', after: 'insufficient-data' },
    };
    const body = lines(buildReviewBody(render, review([thin]), COMMENT_LIMIT).body);
    expect(body).toEqual(
      expect.arrayContaining([
        '| Vendor t | 9.0–100.0 | −46.0 | – | insufficient data |',
        '| Score range | 55.0–70.0 | 9.0–100.0 | −46.0 |',
        '| Score on what is known | 60.0 | unknown | – |',
        '| Rank | 2 | – | – |',
      ]),
    );
    expect(body.join('\n')).not.toMatch(/\| 100\.0 \|/);
  });
});

describe('support plans in the review', () => {
  const replanned: VendorComparison = {
    ...changed('p'),
    plan: { before: 'Business', after: 'Personalized' },
    planTotals: [{ plan: 'Personalized', before: { lower: 60.4, upper: 68.1 }, after: { lower: 62.9, upper: 70.6 }, delta: 2.5 }],
    planTerms: [
      { plan: 'Personalized', status: 'changed', terms: ['price', 'first_response'] },
      { plan: 'Developer', status: 'added', terms: ['name', 'price'] },
      { plan: 'Legacy', status: 'removed', terms: ['name'] },
    ],
  };

  it('shows a change of the evaluated plan, the totals per plan that moved and the plans whose terms changed', () => {
    const english = lines(buildReviewBody(render, review([replanned]), COMMENT_LIMIT).body);
    expect(english).toEqual(
      expect.arrayContaining([
        '| Evaluated plan | Business | Personalized | |',
        '| Score range under plan Personalized | 60.4–68.1 | 62.9–70.6 | +2.5 |',
        'Support plans:',
        '- plan Personalized: price, first-response promises changed',
        '- new plan Developer: name, price',
        '- plan Legacy removed',
      ]),
    );
    const chinese = lines(buildReviewBody(renderIn('zh-CN'), review([replanned]), COMMENT_LIMIT).body);
    expect(chinese).toEqual(
      expect.arrayContaining([
        '| 评估所选计划 | Business | Personalized | |',
        '| 计划“Personalized”下的得分区间 | 60.4–68.1 | 62.9–70.6 | +2.5 |',
        '支持服务计划：',
        '- 计划“Personalized”的价格、首次响应承诺有变化',
        '- 新增计划“Developer”：名称、价格',
        '- 删除计划“Legacy”',
      ]),
    );
  });

  it('shows no plan rows when the plan and its terms stay', () => {
    const body = buildReviewBody(render, review([changed('q')]), COMMENT_LIMIT).body;
    expect(body).not.toContain('Evaluated plan');
    expect(body).not.toContain('Support plans:');
    expect(body).not.toContain('Score range under plan');
  });
});

describe('selectAnnotations', () => {
  it('keeps within 10 errors and 10 warnings per step, one of each left for the action itself', () => {
    const findings = [...Array.from({ length: 15 }, (_, i) => finding(i)), ...Array.from({ length: 12 }, (_, i) => finding(i, 'warning'))];
    const { shown, hidden } = selectAnnotations(findings, 1);
    expect(shown.filter((f) => f.severity === 'error')).toHaveLength(9);
    expect(shown.filter((f) => f.severity === 'warning')).toHaveLength(9);
    expect(hidden).toBe(9);
    expect(shown[0]).toBe(findings[0]);
  });
});

describe('redaction', () => {
  it('removes the token, runner secrets and runner paths, longest path first', () => {
    const redact = createRedactor(
      redactOptionsFromEnv(
        { GITHUB_WORKSPACE: '/home/runner/work/r/r', HOME: '/home/runner', ACTIONS_RUNTIME_TOKEN: 'runtime-secret', RUNNER_TEMP: '/home/runner/work/_temp' },
        'ghs_token123',
      ),
    );
    expect(redact('ghs_token123 at /home/runner/work/r/r/templates/x.hbs, /home/runner/.npm, /home/runner/work/_temp/e.json, runtime-secret')).toBe(
      '*** at ./templates/x.hbs, ~/.npm, $RUNNER_TEMP/e.json, ***',
    );
  });
});
