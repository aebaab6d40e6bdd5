// The two human outputs of scoring: the table of `vendor-review score` and the trace of `vendor-review explain`.
import { describe, expect, it } from 'vitest';
import { explainVendor } from '../action/src/core/score/explain-vendor.js';
import { formatScoreTable } from '../action/src/core/score/format-score-table.js';
import { scoreProject } from '../action/src/core/score/score-project.js';
import type { VendorEvaluation } from '../action/src/core/types/vendor.js';
import { makeRubric, makeTwoDimensionRubric, makeVendor } from './score-fixtures.js';

const rubric = makeRubric();

const lumen = makeVendor(
  'lumen',
  {
    evidence: [{ id: 'E1', type: 'contract', reference: 'SLA §4', retrieved: '2025-09-01' }],
    team_scale: { support_headcount: 40, evidence: ['E1'] },
    trial_probes: [
      { date: '2026-08-02', plan: 'standard', channel: 'ticket', severity: 'normal', first_response_minutes: 90, templated_reply: false, reached_engineer: true },
    ],
    ratings: [
      { criterion: 'professionalism', evaluator: 'Ann', score: 5, justification: 'x' },
      { criterion: 'professionalism', evaluator: 'Bo', score: 2, justification: 'y' },
    ],
    outsourcing: { rnd: 'in-house' },
  },
  { first_response: { normal: { minutes: 60, clock: 'calendar' } }, urgent_escalation: { available: true } },
);

function report(vendors: VendorEvaluation[], asOf = '2026-11-25') {
  return scoreProject({ vendors: vendors.map((data) => ({ file: `vendors/${data.id}.yaml`, data })), rubric, asOf });
}

describe('explainVendor', () => {
  const score = report([lumen]).vendors[0]!;
  const text = explainVendor(score, rubric, lumen);

  it('traces a fact criterion to its rule, value, points and evidence', () => {
    // headcount 40 → level 3, value 0.75; weight 40 × 50 / 100 = 20; points 20 × 0.75 = 15
    // E1, a contract 365 days before the evaluation: 0.9 × 0.5 = 0.45
    expect(text).toContain(
      [
        '  1. Headcount (headcount): 50% of the dimension, 20% of the total.',
        '     Fact team_scale.support_headcount = 40.',
        '     Rule: more is better: the level is how many of the thresholds 5, 15, 40, 100 the value reaches (value ≥ threshold); 40 reaches 3, so level 3.',
        '     Value = level ÷ 4 = 0.75; points = 20.00 × 0.75 = 15.00 of 20.00.',
        '     Evidence:',
        '     - E1: contract of 2025-09-01, 365 days before the evaluation. Factor 0.45 = type factor 0.9 × freshness 0.50.',
        '     Confidence 0.45: the strongest evidence counts.',
      ].join('\n'),
    );
  });

  it('explains an unanswered criterion and what it does to the bounds', () => {
    expect(text).toContain(
      [
        '  2. Coverage (coverage): 50% of the dimension, 20% of the total.',
        '     Fact plan.hours.critical (from plan Standard, standard) = not stated.',
        '     Rule: no answer: the plan "Standard" (standard) does not state hours.critical (unknown, not "no"); counted as 0 in the lower bound and as full marks in the upper bound, and left out of the score.',
        '     Points: 0 of 20.00 in the lower bound, 20.00 in the upper bound.',
      ].join('\n'),
    );
  });

  it('explains ratings with the anchor of the level reached', () => {
    // median of 5 and 2 = 3.5 → 3 → level 2
    expect(text).toContain(
      [
        '     Ratings (1-5): Ann 5, Bo 2.',
        '     Rule: median of 2 ratings (5, 2) = 3.5, rounded half down to 3; level = 3 − 1 = 2.',
        '     A rating of 3 means: "adequate"',
        '     Value = level ÷ 4 = 0.50; points = 30.00 × 0.50 = 15.00 of 30.00.',
        "     No evidence cited, so confidence is the rubric's factor for unsupported answers: 0.25.",
      ].join('\n'),
    );
  });

  it('traces a trial probe that cites nothing as observed evidence of its own date', () => {
    // 30 days before 2026-09-01: 1 × 0.5^(30/365) = 0.9446 → 0.94
    expect(text).toContain('- trial probe 1 itself (it cites no evidence, so it counts as observed in the trial): observed trial of 2026-08-02, 30 days before the evaluation. Factor 0.94 = type factor 1 × freshness 0.94.');
  });

  it('states the total, bounds, verdict, gates, flags and claims in words', () => {
    // answered: headcount 20 × 0.75 = 15, observed 90 → level 2: 30 × 0.5 = 15, rating 30 × 0.5 = 15 → 45 points
    // lower 45; coverage 80 / 100 = 0.8; score 45 / 0.8 = 56.25; upper 45 + 20 = 65
    expect(text).toContain('Rank 1. Total score 56.25 out of 100, band "fair" (45 or more).');
    expect(text).toContain('80% of the weight has an answer. If every unanswered criterion scored 0 the total would be 45.00 (the lower bound); if every one scored full marks, 65.00 (the upper bound).');
    // team 75 (level 3) over half its weight, below the 60% minimum: not good; response (50 + 50) / 2 = 50 (level 2)
    expect(text).toContain('Verdict: high risk. Only 0 of 2 dimensions are good (level 3 or higher), fewer than half.');
    expect(text).toContain('- rnd ("R&D not outsourced"): pass. outsourcing.rnd is "in-house"; passing values: in-house, partly-outsourced.');
    expect(text).toContain('- Claim contradicted (plan standard, normal issues): first response promised within 60 minutes, but the median of 1 trial probe under that plan was 90 minutes (worst 90 minutes).');
    expect(text).toContain('- Evaluators disagree on professionalism: ratings range from 2 to 5 (Bo, Ann).');
    expect(text).toContain('- plan standard, normal: promised 60 minutes; observed median 90, worst 90 over 1 probe: contradicted (the median is over the promise).');
  });

  it('says when a gate is unknown', () => {
    const bare = makeVendor('bare');
    expect(explainVendor(report([bare]).vendors[0]!, rubric, bare)).toContain(
      '- urgent ("Urgent channel"): unknown. The vendor file does not state plan.urgent_escalation.available; passing values: true. Ask the vendor.',
    );
  });
});

describe('explainVendor names the plan', () => {
  // Two plans; the vendor facts give headcount 40 (level 3), one 60-minute probe (level 3) and a rating of 4 (level 3).
  // premium: 24x7 (level 4) → team (75 + 100) / 2 = 87.5, response 75; total 0.4 × 87.5 + 0.6 × 75 = 80, low risk.
  // basic: business hours (level 1) → team (75 + 25) / 2 = 50; total 0.4 × 50 + 0.6 × 75 = 65; no urgent escalation: knocked out.
  function aurora(plan: string): VendorEvaluation {
    const vendor = makeVendor('aurora', {
      evidence: [{ id: 'P1', type: 'public-document', reference: 'pricing page', published: '2026-03', retrieved: '2026-08-15' }],
      team_scale: { support_headcount: 40 },
      outsourcing: { rnd: 'in-house' },
      trial_probes: [
        { date: '2026-08-02', plan: 'premium', channel: 'ticket', severity: 'normal', first_response_minutes: 60, templated_reply: false, reached_engineer: true },
      ],
      ratings: [{ criterion: 'professionalism', evaluator: 'Ann', score: 4, justification: 'x' }],
    });
    return {
      ...vendor,
      evaluation: { ...vendor.evaluation, plan },
      support_plans: [
        { id: 'basic', name: 'Basic', price: { model: 'free' }, hours: { critical: 'business-hours' }, urgent_escalation: { available: false } },
        {
          id: 'premium',
          name: 'Premium',
          price: { model: 'fixed', amount: 12000, currency: 'CNY', period: 'year' },
          hours: { critical: '24x7' },
          urgent_escalation: { available: true },
          evidence: ['P1'],
        },
      ],
    };
  }
  const explain = (vendor: VendorEvaluation) => explainVendor(report([vendor]).vendors[0]!, rubric, vendor);

  it('lists every plan with its total, verdict and price, marking the evaluated one', () => {
    expect(explain(aurora('premium'))).toContain(
      [
        "SUPPORT PLANS (the facts read as plan.… are the evaluated plan's terms)",
        '- Basic (basic): total 65.00 (range 65.00–65.00), knocked out; price: free.',
        '- Premium (premium), evaluated: the score above is under this plan: total 80.00 (range 80.00–80.00), low risk; price: 12000 CNY a year.',
      ].join('\n'),
    );
  });

  it("reads plan.… facts from the evaluated plan, with that plan's evidence", () => {
    const text = explain(aurora('premium'));
    expect(text).toContain('Rank 1. Total score 80.00 out of 100, band "excellent" (80 or more).');
    // P1 published 2026-03 → 2026-03-01, 184 days before 2026-09-01: 0.6 × 0.5^(184/365) = 0.6 × 0.7051 = 0.423 → 0.42
    expect(text).toContain(
      [
        '  2. Coverage (coverage): 50% of the dimension, 20% of the total.',
        '     Fact plan.hours.critical (from plan Premium, premium) = "24x7".',
        '     Rule: each value has a level (24x7 → 4, extended → 3, business-hours → 1); "24x7" is level 4.',
        '     Value = level ÷ 4 = 1.00; points = 20.00 × 1.00 = 20.00 of 20.00.',
        '     Evidence:',
        '     - P1: public document of 2026-03-01, 184 days before the evaluation. Factor 0.42 = type factor 0.6 × freshness 0.71.',
        '     Confidence 0.42: the strongest evidence counts.',
      ].join('\n'),
    );
    expect(text).toContain('- urgent ("Urgent channel"): pass. plan.urgent_escalation.available is true; passing values: true.');
  });

  it('reads them from the other plan when that one is evaluated', () => {
    const text = explain(aurora('basic'));
    expect(text).toContain(
      [
        '- Basic (basic), evaluated: the score above is under this plan: total 65.00 (range 65.00–65.00), knocked out; price: free.',
        '- Premium (premium): total 80.00 (range 80.00–80.00), low risk; price: 12000 CNY a year.',
      ].join('\n'),
    );
    // business-hours → level 1: value 0.25, points 20 × 0.25 = 5
    expect(text).toContain(
      [
        '     Fact plan.hours.critical (from plan Basic, basic) = "business-hours".',
        '     Rule: each value has a level (24x7 → 4, extended → 3, business-hours → 1); "business-hours" is level 1.',
        '     Value = level ÷ 4 = 0.25; points = 20.00 × 0.25 = 5.00 of 20.00.',
        "     No evidence cited, so confidence is the rubric's factor for unsupported answers: 0.25.",
      ].join('\n'),
    );
    expect(text).toContain('Verdict: knocked out, because the gate urgent failed.');
    expect(text).toContain('- urgent ("Urgent channel"): fail. plan.urgent_escalation.available is false; passing values: true.');
  });
});

describe('formatScoreTable', () => {
  it('aligns one row per vendor in rank order and explains the ranking below', () => {
    const two = makeTwoDimensionRubric();
    const vendors = [
      makeVendor('x', { team_scale: { support_headcount: 100 } }, { hours: { critical: 'business-hours' } }), // a 100, b 25 → 62.5
      makeVendor('y', { team_scale: { support_headcount: 15 } }, { hours: { critical: '24x7' } }), // a 50, b 100 → 75
    ];
    const table = formatScoreTable(scoreProject({ vendors: vendors.map((data) => ({ file: `vendors/${data.id}.yaml`, data })), rubric: { ...two, robustness: { seed: 1, samples: 100, spread: 0.25 } }, asOf: '2026-11-25' }));
    const lines = table.split('\n');
    // each is good (level ≥ 3) in one of two dimensions: 0.5 < 0.75 but at least half → moderate-risk; no gates
    expect(lines.slice(0, 4)).toEqual([
      'Rank  Vendor  Lower–upper  Known score  Coverage  Confidence  Verdict        Gates',
      '----  ------  -----------  -----------  --------  ----------  -------------  -----',
      '1     y       75.00–75.00  75.00        100%      0.25        moderate-risk  -',
      '2     x       62.50–62.50  62.50        100%      0.25        moderate-risk  -',
    ]);
    expect(table).toContain('Leader: y; runner-up: x.');
    expect(table).toContain('First place changes if the weight of a rises by 10.00 points (the other weights rescaled to keep the sum); no smaller change of one weight does.');
  });
});
