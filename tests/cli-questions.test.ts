// `vendor-review questions <id>` on a copy of the repository's samples. farsail-av is the incomplete one: only its
// plan's hours (24x7: support-coverage, 10 × 50% = 5 points) and its core R&D (in-house: rnd-model, 10 × 40% = 4
// points) are known, so its range is 9–100, and its urgent-escalation gate is unknown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';
import { runCliCaptured } from './support/run-cli.js';

let project: TempProject;
beforeEach(() => {
  project = createTempProject();
});
afterEach(() => project.remove());

interface Listed {
  vendor: string;
  language: string;
  range: { lower: number; upper: number };
  questions: Array<{ kind: 'criterion' | 'gate'; id: string; question: string; fact: string | null; effect: number }>;
}

describe('vendor-review questions', () => {
  it('prints a Markdown message: heading, the plan and range, then the gate, then the questions settling most', async () => {
    const { code, stdout, stderr } = await runCliCaptured(['questions', 'farsail-av'], project.root);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    // Gate first; then reached-engineer (technical depth 15 × 40% = 6), support-headcount (team scale 10 × 50% = 5)
    // and observed-first-response (response time 20 × 25% = 5), tied and so in rubric order.
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      '# Questions for 远帆音视频 FarSail AV',
      '',
      'Evaluated under the plan “Plan not disclosed” (undisclosed), the total lies between 9 and 100, a range 91 points wide; 33 questions to ask, the most decisive first.',
      '',
      '1. If a class breaks down in the middle of an exam, what is our urgent escalation channel, and does it reach an engineer straight away? (decides whether the vendor passes the knock-out “An urgent escalation channel exists”)',
      '2. When we raise a hard problem during the trial, who will handle it: first-line support, or an engineer who can read our logs? (settles 6 points of the range)',
      '3. How many technical-support engineers do you employ for customers like us? (settles 5 points of the range)',
      '4. During the trial, may we raise a few test issues through your normal support channel, so that we can time your first response ourselves? (settles 5 points of the range)',
    ]);
    expect(stdout).toContain('\n8. Our evaluators: rate “Professionalism of answers” (1–5) after the trial. (settles 4 points of the range)\n');
    expect(stdout).toMatch(/\n33\. Are your partners' support staff systematically trained to your standards\? \(settles 0\.5 points of the range\)\n$/);
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const { code, stdout } = await runCliCaptured(['questions', 'farsail-av', '--lang', 'zh-CN'], project.root);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 7)).toEqual([
      '# 远帆音视频 FarSail AV：待确认的问题',
      '',
      '按服务计划“Plan not disclosed”（undisclosed）评估，总分在 9 至 100 之间，区间宽 91 分；共 33 个问题，最关键的排在前面。',
      '',
      '1. 如果考试进行中课堂出现故障，我们的紧急升级通道是什么？能否立即接通工程师？（决定能否通过否决项“具备紧急问题升级通道”）',
      '2. 试用期间遇到疑难问题时，由谁来处理：一线客服，还是能直接查看我们日志的工程师？（可确定总分区间中的 6 分）',
      '3. 你们为我们这样的客户配备了多少名技术支持工程师？（可确定总分区间中的 5 分）',
    ]);
    expect(stdout).toContain('你们技术支持团队的稳定性如何？人员流动率大概是多少？（可确定总分区间中的 2.5 分）');
  });

  it('--format json lists the range and the questions in the same order: the gate, then effects descending', async () => {
    const { code, stdout } = await runCliCaptured(['questions', 'farsail-av', '--format', 'json'], project.root);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as Listed;
    expect(listed).toMatchObject({ vendor: 'farsail-av', language: 'en', range: { lower: 9, upper: 100 } });
    expect(listed.questions[0]).toEqual({
      kind: 'gate',
      id: 'urgent-escalation-channel',
      question: 'If a class breaks down in the middle of an exam, what is our urgent escalation channel, and does it reach an engineer straight away?',
      fact: 'plan.urgent_escalation.available',
      effect: 0,
    });
    const criteria = listed.questions.slice(1);
    expect(criteria.every((question) => question.kind === 'criterion')).toBe(true);
    const effects = criteria.map((question) => question.effect);
    expect(effects).toEqual([...effects].sort((a, b) => b - a));
    expect(criteria.slice(0, 3).map((question) => [question.id, question.effect])).toEqual([
      ['reached-engineer', 6],
      ['support-headcount', 5],
      ['observed-first-response', 5],
    ]);
    // Answering everything closes the range: the effects add up to its width, 100 − 9.
    expect(Math.round(effects.reduce((sum, effect) => sum + effect, 0) * 100) / 100).toBe(91);
    // The known facts are not asked; a rating criterion has no fact.
    expect(listed.questions.map((question) => question.id)).not.toContain('support-coverage');
    expect(listed.questions.map((question) => question.id)).not.toContain('rnd-model');
    expect(listed.questions.find((question) => question.id === 'documentation-quality')).toMatchObject({ fact: null, effect: 4 });

    const zh = JSON.parse((await runCliCaptured(['questions', 'farsail-av', '--format', 'json', '--lang', 'zh-CN'], project.root)).stdout) as Listed;
    expect(zh.language).toBe('zh-CN');
    expect(zh.questions.map((question) => question.id)).toEqual(listed.questions.map((question) => question.id));
    expect(zh.questions[1]!.question).toBe('试用期间遇到疑难问题时，由谁来处理：一线客服，还是能直接查看我们日志的工程师？');
  });

  it('names an unknown vendor and suggests the closest id, as explain does', async () => {
    const result = await runCliCaptured(['questions', 'farsail'], project.root);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'vendor-review questions: there is no vendor `farsail`. Did you mean `farsail-av`?\n' });
  });

  it('refuses a wrong format, language or number of ids as wrong usage', async () => {
    expect(await runCliCaptured(['questions', 'farsail-av', '--format', 'text'], project.root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'vendor-review: questions: --format is md or json, not "text".\n',
    });
    expect((await runCliCaptured(['questions', 'farsail-av', '--lang', 'fr'], project.root)).code).toBe(2);
    expect((await runCliCaptured(['questions'], project.root)).code).toBe(2);
  });
});
