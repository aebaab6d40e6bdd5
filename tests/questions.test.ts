// What to ask next: a vendor's open questions ordered by the points of its range each answer settles, with the
// numbers worked out by hand on the small rubric of score-fixtures.ts, and the committed rubric's wording.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOrderChanges, listQuestions } from '../action/src/core/score/list-questions.js';
import { scoreVendor } from '../action/src/core/score/score-vendor.js';
import type { Criterion, Rubric } from '../action/src/core/types/rubric.js';
import type { CriterionScore, VendorScore } from '../action/src/core/types/score.js';
import type { TrialProbe, VendorEvaluation } from '../action/src/core/types/vendor.js';
import { checkRubricSource } from '../action/src/core/validate/check-sources.js';
import { makeRubric, makeVendor } from './score-fixtures.js';
import { REPO_ROOT } from './support/temp-project.js';

// makeRubric(): team (40) = headcount 50% + coverage 50%; response (60) = observed 50% + professionalism 50%.
// Weights in the total: headcount 40 × 50 / 100 = 20, coverage 20, observed 60 × 50 / 100 = 30, professionalism 30.

function scoreOf(vendor: VendorEvaluation, rubric: Rubric = makeRubric()): VendorScore {
  return scoreVendor({ file: `vendors/${vendor.id}.yaml`, vendor, rubric, asOf: '2026-11-25' }).score;
}

function probe(minutes: number): TrialProbe {
  return { date: '2026-08-02', plan: 'standard', channel: 'ticket', severity: 'normal', first_response_minutes: minutes, templated_reply: false, reached_engineer: true };
}

/** Both gates pass: core R&D in house, an urgent channel under the plan. */
const GATES_PASS = { outsourcing: { rnd: 'in-house' as const } };
const URGENT = { urgent_escalation: { available: true } };

const order = (questions: ReturnType<typeof listQuestions>) => questions.map((question) => [question.kind, question.id, question.effect]);

describe('listQuestions', () => {
  it('orders the unanswered criteria by the points each answer settles: professionalism (30) before headcount (20)', () => {
    // Coverage 24x7 → level 4 → 20 points; observed median 15 min ≤ 20 → level 4 → 30 points. Headcount and
    // professionalism unknown: lower 50, upper 50 + 20 + 30 = 100. Answering professionalism settles 30 of the 50.
    const vendor = makeVendor('v', { ...GATES_PASS, trial_probes: [probe(15)] }, { ...URGENT, hours: { critical: '24x7' } });
    const score = scoreOf(vendor);
    expect(score.total).toMatchObject({ lower: 50, upper: 100 });

    const questions = listQuestions(score, makeRubric());

    expect(questions).toEqual([
      {
        kind: 'criterion',
        id: 'professionalism',
        title: { en: 'Professionalism', 'zh-CN': 'Professionalism' },
        question: { en: 'Our evaluators: rate “Professionalism” (1–5) after the trial.', 'zh-CN': '评估人：试用后为“Professionalism”打分（1–5）。' },
        fact: null,
        effect: 30,
      },
      {
        kind: 'criterion',
        id: 'headcount',
        title: { en: 'Headcount', 'zh-CN': 'Headcount' },
        question: { en: 'Please tell us: Headcount.', 'zh-CN': '请说明：Headcount。' },
        fact: 'team_scale.support_headcount',
        effect: 20,
      },
    ]);
    // Every answer together closes the range.
    expect(questions.reduce((sum, question) => sum + question.effect, 0)).toBe(score.total.upper - score.total.lower);
  });

  it('asks the unknown gates first of all, in rubric order, then the criteria by effect, ties in rubric order', () => {
    // Nothing known: gates rnd and urgent unknown; criteria observed 30, professionalism 30, headcount 20, coverage 20.
    const questions = listQuestions(scoreOf(makeVendor('v')), makeRubric());

    expect(order(questions)).toEqual([
      ['gate', 'rnd', 0],
      ['gate', 'urgent', 0],
      ['criterion', 'observed', 30],
      ['criterion', 'professionalism', 30],
      ['criterion', 'headcount', 20],
      ['criterion', 'coverage', 20],
    ]);
    expect(questions[0]).toMatchObject({ fact: 'outsourcing.rnd', question: { en: 'Please tell us: R&D not outsourced.' } });
    expect(questions[1]!.fact).toBe('plan.urgent_escalation.available');
  });

  it("asks a known gate nothing, and a failed one neither: it is no longer a question", () => {
    const failed = makeVendor('v', { outsourcing: { rnd: 'fully-outsourced' } }, URGENT);
    expect(listQuestions(scoreOf(failed), makeRubric()).filter((question) => question.kind === 'gate')).toEqual([]);
  });

  it("words the questions with the rubric's own `question` in both languages", () => {
    const rubric = makeRubric();
    rubric.dimensions[0]!.criteria[0]!.question = { en: 'How many support engineers do you employ?', 'zh-CN': '你们有多少名技术支持工程师？' };
    rubric.gates[1]!.question = { en: 'Is there a hotline to an engineer?', 'zh-CN': '有没有直达工程师的热线？' };
    rubric.dimensions[0]!.criteria[0]!.title = { en: 'Headcount', 'zh-CN': '人数' };
    rubric.dimensions[0]!.criteria[1]!.title = { en: 'Coverage', 'zh-CN': '服务时段' };

    const questions = listQuestions(scoreOf(makeVendor('v', GATES_PASS)), rubric);

    expect(questions.map((question) => [question.id, question.question])).toEqual([
      ['urgent', { en: 'Is there a hotline to an engineer?', 'zh-CN': '有没有直达工程师的热线？' }],
      ['observed', { en: 'Please tell us: Observed first response.', 'zh-CN': '请说明：Observed first response。' }],
      ['professionalism', { en: 'Our evaluators: rate “Professionalism” (1–5) after the trial.', 'zh-CN': '评估人：试用后为“Professionalism”打分（1–5）。' }],
      ['headcount', { en: 'How many support engineers do you employ?', 'zh-CN': '你们有多少名技术支持工程师？' }],
      ['coverage', { en: 'Please tell us: Coverage.', 'zh-CN': '请说明：服务时段。' }],
    ]);
  });

  describe('a criterion that applies only to some vendors', () => {
    // Team becomes headcount 50%, coverage 30%, partners 20% (only with hybrid or outsourced support).
    function partnerRubric(): Rubric {
      const rubric = makeRubric();
      const [headcount, coverage] = rubric.dimensions[0]!.criteria as [Criterion, Criterion];
      const partners: Criterion = {
        id: 'partners',
        title: { en: 'Partner escalation', 'zh-CN': '合作伙伴升级路径' },
        weight: 20,
        fact: 'outsourcing.partner_escalation',
        levels: { direct: 4, relay: 0 },
        applies_when: { fact: 'outsourcing.support_organisation', in: ['hybrid', 'outsourced'] },
      };
      rubric.dimensions[0]!.criteria = [headcount, { ...coverage, weight: 30 }, partners];
      return rubric;
    }

    it('is never asked of a vendor it does not apply to; its weight goes to the others', () => {
      // Self-built: partners out; headcount 50 × 100 / 80 = 62.5% of 40 = 25, coverage 37.5% of 40 = 15.
      const vendor = makeVendor('v', { outsourcing: { rnd: 'in-house', support_organisation: 'self-built' } }, URGENT);
      const score = scoreOf(vendor, partnerRubric());
      expect(score.criteria.find((criterion) => criterion.criterion === 'partners')).toMatchObject({ applicable: false, answered: false });

      expect(order(listQuestions(score, partnerRubric()))).toEqual([
        ['criterion', 'observed', 30],
        ['criterion', 'professionalism', 30],
        ['criterion', 'headcount', 25],
        ['criterion', 'coverage', 15],
      ]);
    });

    it('is asked while the fact that decides it is unknown, at its own weight', () => {
      // Organisation unknown: partners applies; headcount 50% of 40 = 20, coverage 30% = 12, partners 20% = 8.
      const score = scoreOf(makeVendor('v', GATES_PASS, URGENT), partnerRubric());
      expect(order(listQuestions(score, partnerRubric()))).toEqual([
        ['criterion', 'observed', 30],
        ['criterion', 'professionalism', 30],
        ['criterion', 'headcount', 20],
        ['criterion', 'coverage', 12],
        ['criterion', 'partners', 8],
      ]);
    });
  });

  it('asks nothing of a vendor that answered everything', () => {
    const vendor = makeVendor(
      'v',
      { ...GATES_PASS, team_scale: { support_headcount: 40 }, trial_probes: [probe(15)], ratings: [{ criterion: 'professionalism', evaluator: 'Ann', score: 4, justification: 'Diagnosed it.' }] },
      { ...URGENT, hours: { critical: 'extended' } },
    );
    const score = scoreOf(vendor);
    expect(score.total.coverage).toBe(1);
    expect(listQuestions(score, makeRubric())).toEqual([]);
  });
});

describe('findOrderChanges', () => {
  /** A ranked vendor with its lower bound and its unanswered criteria of makeRubric(), by id: weight in the total. */
  function ranked(id: string, rank: number | null, lower: number, unanswered: Record<string, number>): VendorScore {
    const dimensionOf: Record<string, string> = { headcount: 'team', coverage: 'team', observed: 'response', professionalism: 'response' };
    const criteria = Object.entries(unanswered).map(
      ([criterion, weight]): CriterionScore => ({
        dimension: dimensionOf[criterion]!,
        criterion,
        kind: criterion === 'professionalism' ? 'rating' : 'fact',
        weight,
        applicable: true,
        answered: false,
        level: null,
        value: null,
        source: criterion,
        observed: null,
        rule: 'no answer',
        evidence: [],
        confidence: null,
      }),
    );
    const open = Object.values(unanswered).reduce((sum, weight) => sum + weight, 0);
    return {
      id,
      name: `Vendor ${id}`,
      file: `vendors/${id}.yaml`,
      rank,
      standing: rank === null ? 'knocked-out' : 'ranked',
      plan: 'standard',
      total: { score: null, lower, upper: lower + open, coverage: 1 - open / 100, confidence: null },
      band: null,
      verdict: rank === null ? 'knocked-out' : 'moderate-risk',
      good_dimensions: 0,
      gates: [],
      plans: [],
      flags: [],
      dimensions: [],
      criteria,
    };
  }

  it('counts the fewest answers, largest first, whose effects exceed the gap; a pair no answers can close is left out', () => {
    // a 60, b 55, c 30. b: effects 3 and 2.5; gap 5: 3 alone does not exceed it, 3 + 2.5 = 5.5 does → 2 answers.
    // c: effects 10 and 8; gap 55 − 30 = 25 > 18: left out. d is knocked out, not a neighbour in the ranking.
    const vendors = [
      ranked('a', 1, 60, { headcount: 1 }),
      ranked('b', 2, 55, { coverage: 2.5, headcount: 3 }),
      ranked('c', 3, 30, { observed: 10, professionalism: 8 }),
      ranked('d', null, 10, { observed: 30, professionalism: 30 }),
    ];
    expect(findOrderChanges(vendors, makeRubric())).toEqual([{ below: 'b', above: 'a', answers: 2, gap: 5 }]);
  });

  it('needs the effects to exceed the gap, not to equal it', () => {
    // c: effects 20, 5, 0.5; gap 25: 20 + 5 = 25 only equals it; with 0.5 more, 25.5 exceeds it → 3 answers.
    // b: effect 6 against a gap of 5 → 1 answer.
    const vendors = [ranked('a', 1, 60, {}), ranked('b', 2, 55, { headcount: 6 }), ranked('c', 3, 30, { observed: 20, coverage: 0.5, professionalism: 5 })];
    expect(findOrderChanges(vendors, makeRubric())).toEqual([
      { below: 'b', above: 'a', answers: 1, gap: 5 },
      { below: 'c', above: 'b', answers: 3, gap: 25 },
    ]);
    const equal = [ranked('a', 1, 60, {}), ranked('b', 2, 55, { observed: 3, headcount: 2 })];
    expect(findOrderChanges(equal, makeRubric())).toEqual([]);
  });

  it('reads the ranking by rank, and compares the gap as printed', () => {
    // 60.1 − 55.2 is 4.8999… in floating point: the gap is 4.9, which an effect of 4.9 does not exceed.
    const vendors = [ranked('b', 2, 55.2, { headcount: 4.9 }), ranked('a', 1, 60.1, {})];
    expect(findOrderChanges(vendors, makeRubric())).toEqual([]);
    const closer = [ranked('b', 2, 55.2, { headcount: 4.91 }), ranked('a', 1, 60.1, {})];
    expect(findOrderChanges(closer, makeRubric())).toEqual([{ below: 'b', above: 'a', answers: 1, gap: 4.9 }]);
  });
});

describe('the committed rubric.yaml', () => {
  const text = readFileSync(path.join(REPO_ROOT, 'rubric.yaml'), 'utf8');
  const { rubric, findings } = checkRubricSource({ path: 'rubric.yaml', text });

  it('still validates: no findings', () => {
    expect(findings).toEqual([]);
    expect(rubric).not.toBeNull();
  });

  it('asks every fact criterion and every gate a question in both languages, and no rating criterion', () => {
    const english = (value: string | undefined) => typeof value === 'string' && /[A-Za-z]{2}/.test(value) && !/\p{Script=Han}/u.test(value);
    const chinese = (value: string | undefined) => typeof value === 'string' && /\p{Script=Han}/u.test(value);
    const criteria = rubric!.dimensions.flatMap((dimension) => dimension.criteria);
    const facts = criteria.filter((criterion) => 'fact' in criterion);
    expect(facts.length).toBeGreaterThan(20);
    const unworded = [...facts, ...rubric!.gates].filter((item) => !english(item.question?.en) || !chinese(item.question?.['zh-CN'])).map((item) => item.id);
    expect(unworded).toEqual([]);
    expect(criteria.filter((criterion) => 'rating' in criterion && criterion.question).map((criterion) => criterion.id)).toEqual([]);
    // Every one is a question, or a request, not a statement.
    expect([...facts, ...rubric!.gates].filter((item) => !/[?]/.test(item.question!.en) || !/[？]/.test(item.question!['zh-CN'])).map((item) => item.id)).toEqual([]);
  });

  it("asks about staff turnover in the article's words", () => {
    const turnover = rubric!.dimensions.flatMap((dimension) => dimension.criteria).find((criterion) => criterion.id === 'staff-turnover')!;
    expect(turnover.question!['zh-CN']).toBe('你们技术支持团队的稳定性如何？人员流动率大概是多少？');
  });
});
