// One test per scoring rule, each with the expected numbers worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import type { FactCriterion, Rubric } from '../action/src/core/types/rubric.js';
import type { CriterionScore, VendorScore } from '../action/src/core/types/score.js';
import { aggregateValues, median } from '../action/src/core/score/aggregate-values.js';
import { bandOf, decideVerdict, levelOfScore } from '../action/src/core/score/decide-verdict.js';
import { mapFactToLevel } from '../action/src/core/score/map-level.js';
import { readFact } from '../action/src/core/score/read-fact.js';
import { roundTo } from '../action/src/core/score/round-number.js';
import { scoreProject } from '../action/src/core/score/score-project.js';
import { compareClaims } from '../action/src/core/score/check-claims.js';
import { underPlan } from '../action/src/core/score/under-plan.js';
import type { BusinessHours, SupportPlan, Target, TrialProbe, VendorEvaluation } from '../action/src/core/types/vendor.js';
import { makeRubric, makeVendor } from './score-fixtures.js';

function scoreOne(vendor: VendorEvaluation, rubric: Rubric = makeRubric(), asOf = '2026-11-25'): VendorScore {
  return scoreProject({ vendors: [{ file: `vendors/${vendor.id}.yaml`, data: vendor }], rubric, asOf }).vendors[0]!;
}

function criterionOf(score: VendorScore, id: string): CriterionScore {
  return score.criteria.find((criterion) => criterion.criterion === id)!;
}

function probe(minutes: number, extra: Partial<TrialProbe> = {}): TrialProbe {
  return { date: '2026-08-02', plan: 'standard', channel: 'ticket', severity: 'normal', first_response_minutes: minutes, templated_reply: false, reached_engineer: true, ...extra };
}

/** A promise counted on the calendar: what schema 1's `first_response_minutes` meant. */
function calendar(minutes: number): Target {
  return { minutes, clock: 'calendar' };
}

const headcount = makeRubric().dimensions[0]!.criteria[0] as FactCriterion;
const observed = makeRubric().dimensions[1]!.criteria[0] as FactCriterion;
const coverage = makeRubric().dimensions[0]!.criteria[1] as FactCriterion;

describe('thresholds, benefit direction (more is better)', () => {
  it('counts the thresholds the value reaches', () => {
    // thresholds 5, 15, 40, 100: 4 reaches none → 0; 15 reaches 5 and 15 → 2; 39 → 2; 40 → 3; 250 → 4
    expect([4, 15, 39, 40, 250].map((value) => mapFactToLevel(headcount, value).level)).toEqual([0, 2, 2, 3, 4]);
  });

  it('gives level, value = level / 4 and the total weight dimension × criterion / 100', () => {
    const score = criterionOf(scoreOne(makeVendor('v', { team_scale: { support_headcount: 40 } })), 'headcount');
    // 40 reaches 5, 15, 40 → level 3 → value 3/4 = 0.75; weight 40 × 50 / 100 = 20
    expect(score).toMatchObject({ answered: true, level: 3, value: 0.75, weight: 20, observed: 40, source: 'team_scale.support_headcount' });
    expect(score.rule).toBe('more is better: the level is how many of the thresholds 5, 15, 40, 100 the value reaches (value ≥ threshold); 40 reaches 3, so level 3');
  });
});

describe('thresholds, cost direction (less is better)', () => {
  it('counts the thresholds the value stays within', () => {
    // thresholds 240, 120, 60, 20: 300 within none → 0; 240 → 1; 90 within 240, 120 → 2; 60 → 3; 20 → 4; 5 → 4
    expect([300, 240, 90, 60, 20, 5].map((value) => mapFactToLevel(observed, value).level)).toEqual([0, 1, 2, 3, 4, 4]);
  });
});

describe('levels for enum and boolean values', () => {
  it('looks the value up', () => {
    expect(mapFactToLevel(coverage, 'extended')).toEqual({
      level: 3,
      rule: 'each value has a level (24x7 → 4, extended → 3, business-hours → 1); "extended" is level 3',
    });
  });

  it('matches booleans against keys "true" / "false"', () => {
    const criterion: FactCriterion = { id: 'b', title: { en: 'b', 'zh-CN': 'b' }, weight: 100, fact: 'x', levels: { true: 4, false: 1 } };
    expect([true, false].map((value) => mapFactToLevel(criterion, value).level)).toEqual([4, 1]);
  });
});

describe('aggregates over lists', () => {
  it('takes the median, the mean of the two middle values for an even count', () => {
    expect(median([200, 30, 90])).toBe(90); // sorted 30, 90, 200
    expect(median([90, 30, 200, 120])).toBe(105); // sorted 30, 90, 120, 200: (90 + 120) / 2
    expect(median([])).toBeNull();
  });

  it('counts, sums, takes extremes and the share of true', () => {
    expect(aggregateValues([3, 1, 2], 'count')).toBe(3);
    expect(aggregateValues([3, 1, 2], 'sum')).toBe(6);
    expect(aggregateValues([3, 1, 2], 'max')).toBe(3);
    expect(aggregateValues([3, 1, 2], 'min')).toBe(1);
    expect(aggregateValues([true, false, true, true], 'share-true')).toBe(0.75); // 3 of 4
    expect(aggregateValues([], 'count')).toBe(0);
    expect(aggregateValues([], 'share-true')).toBeNull();
  });

  it('reads a list path: a missing list is unknown, an empty one is an answer', () => {
    const probes = [probe(30), probe(90), probe(200)];
    const vendor = makeVendor('v', { trial_probes: probes }, { dedicated_group: { available: true, roles: ['csm', 'rnd'] } });
    // plan.… paths read the plan being scored: the vendor as the rubric sees it under that plan
    const underStandard = (v: VendorEvaluation) => underPlan(v, v.support_plans[0]!);
    expect(readFact(vendor, 'trial_probes[].first_response_minutes', 'median')).toEqual({
      value: 90,
      aggregation: 'median of 3 values (30, 90, 200) = 90',
      items: [0, 1, 2],
    });
    expect(readFact(vendor, 'trial_probes[].templated_reply', 'share-true').value).toBe(0); // 0 of 3 true
    expect(readFact(underStandard(vendor), 'plan.dedicated_group.roles', 'count').value).toBe(2);
    expect(readFact(underStandard(makeVendor('w')), 'plan.dedicated_group.roles', 'count').value).toBeNull();
    expect(readFact(makeVendor('w', { industry_experience: { education_customers: [] } }), 'industry_experience.education_customers', 'count').value).toBe(0);
    expect(readFact(makeVendor('w', { trial_probes: [] }), 'trial_probes[].first_response_minutes', 'median').value).toBeNull();
  });

  it('scores the aggregated value with the cost thresholds', () => {
    const score = criterionOf(scoreOne(makeVendor('v', { trial_probes: [probe(30), probe(200), probe(90)] })), 'observed');
    // median of 30, 200, 90 = 90; 90 ≤ 240 and ≤ 120 → level 2 → value 0.5; weight 60 × 50 / 100 = 30
    expect(score).toMatchObject({ level: 2, value: 0.5, weight: 30, observed: 90 });
    expect(score.rule).toMatch(/^median of 3 values \(30, 200, 90\) = 90; less is better: .*90 stays within 2, so level 2$/);
  });
});

describe('ratings', () => {
  const rated = (...scores: Array<1 | 2 | 3 | 4 | 5>) =>
    scoreOne(
      makeVendor('v', {
        ratings: scores.map((score, i) => ({ criterion: 'professionalism', evaluator: ['Ann', 'Bo', 'Cy'][i]!, score, justification: 'seen in trial' })),
      }),
    );

  it('takes the median rating minus 1', () => {
    // median of 2, 5, 3 = 3 → level 2
    expect(criterionOf(rated(2, 5, 3), 'professionalism')).toMatchObject({ kind: 'rating', level: 2, value: 0.5, observed: 3, source: 'ratings' });
  });

  it('rounds a half median down', () => {
    // median of 5, 4 = 4.5 → rounded half down to 4 → level 3
    const score = criterionOf(rated(5, 4), 'professionalism');
    expect(score).toMatchObject({ level: 3, value: 0.75, observed: 4.5 });
    expect(score.rule).toBe('median of 2 ratings (5, 4) = 4.5, rounded half down to 4; level = 4 − 1 = 3');
    expect(score.ratings).toEqual([
      { evaluator: 'Ann', score: 5 },
      { evaluator: 'Bo', score: 4 },
    ]);
  });

  it('flags evaluators two or more points apart, naming both ends', () => {
    // 5 − 2 = 3 ≥ 2: flagged; lowest (Ann 2) first, then highest (Bo 5)
    expect(rated(2, 5, 3).flags).toEqual([{ kind: 'evaluator-disagreement', criterion: 'professionalism', min: 2, max: 5, evaluators: ['Ann', 'Bo'] }]);
    // 4 − 3 = 1: not flagged
    expect(rated(3, 4).flags).toEqual([]);
  });
});

describe('missing data: coverage and bounds', () => {
  it('renormalises over the answered weight and shows the bounds', () => {
    const score = scoreOne(
      makeVendor('v', {
        team_scale: { support_headcount: 40 }, // level 3 → 0.75; coverage unknown
        ratings: [{ criterion: 'professionalism', evaluator: 'Ann', score: 5, justification: 'x' }], // level 4 → 1; no probes
      }),
    );
    // team: 50% answered at 75 → score 75, lower 0.5 × 75 = 37.5, upper 37.5 + 50 = 87.5, coverage 0.5; level 3, but
    // over less than the 60% minimum coverage: not good
    expect(score.dimensions[0]).toMatchObject({ dimension: 'team', score: 75, lower: 37.5, upper: 87.5, coverage: 0.5, level: 3, good: false });
    // response: 50% answered at 100 → score 100, lower 50, upper 100, coverage 0.5; level 4, not good either
    expect(score.dimensions[1]).toMatchObject({ dimension: 'response', score: 100, lower: 50, upper: 100, coverage: 0.5, level: 4, good: false });
    // total: lower (40 × 37.5 + 60 × 50) / 100 = 45; coverage (40 × 0.5 + 60 × 0.5) / 100 = 0.5;
    // score 45 / 0.5 = 90; upper 45 + (1 − 0.5) × 100 = 95
    expect(score.total).toMatchObject({ score: 90, lower: 45, upper: 95, coverage: 0.5 });
    // 0.5 < min_coverage 0.6
    expect(score.verdict).toBe('insufficient-data');
    expect(score.band).toBeNull();
  });

  it('says why an unanswered criterion is unanswered', () => {
    const score = criterionOf(scoreOne(makeVendor('v')), 'coverage');
    expect(score).toMatchObject({ answered: false, level: null, value: null, observed: null, evidence: [], confidence: null });
    expect(score.rule).toBe(
      'no answer: the plan "Standard" (standard) does not state hours.critical (unknown, not "no"); counted as 0 in the lower bound and as full marks in the upper bound, and left out of the score',
    );
  });
});

describe('evidence confidence', () => {
  const evidence = [
    { id: 'E1', type: 'contract' as const, reference: 'SLA', retrieved: '2025-09-01' }, // 365 days before 2026-09-01
    { id: 'E2', type: 'vendor-claim' as const, reference: 'call', retrieved: '2024-09-01' }, // 730 days before
    { id: 'E3', type: 'public-document' as const, reference: 'site', retrieved: '2026-10-01' }, // after the evaluation
  ];

  it('halves a factor every half-life before the evaluation date and takes the strongest', () => {
    const score = criterionOf(scoreOne(makeVendor('v', { evidence, team_scale: { support_headcount: 40, evidence: ['E2', 'E1'] } })), 'headcount');
    // E2: 0.4 × 0.5^(730/365) = 0.1; E1: 0.9 × 0.5^(365/365) = 0.45; max = 0.45
    expect(score.evidence).toEqual([
      { id: 'E2', type: 'vendor-claim', date: '2024-09-01', factor: 0.1 },
      { id: 'E1', type: 'contract', date: '2025-09-01', factor: 0.45 },
    ]);
    expect(score.confidence).toBe(0.45);
  });

  it('counts evidence dated after the evaluation as fresh, not fresher', () => {
    const score = criterionOf(scoreOne(makeVendor('v', { evidence }, { hours: { critical: '24x7' }, evidence: ['E3'] })), 'coverage');
    expect(score.confidence).toBe(0.6); // age clamped to 0: 0.6 × 0.5^0
  });

  it('uses the unsupported factor when nothing is cited', () => {
    expect(criterionOf(scoreOne(makeVendor('v', {}, { hours: { critical: '24x7' } })), 'coverage').confidence).toBe(0.25);
  });

  it('treats a probe citing nothing as observed in the trial on its own date', () => {
    const score = criterionOf(scoreOne(makeVendor('v', { evidence, trial_probes: [probe(30), probe(50, { evidence: ['E1'], date: '2026-08-20' })] })), 'observed');
    // probe 1: implicit observed-trial of 2026-08-02, 30 days old: 1 × 0.5^(30/365) = 0.9446 → 0.94
    // probe 2 cites E1: 0.45
    expect(score.evidence).toEqual([
      { id: 'probe:1', type: 'observed-trial', date: '2026-08-02', factor: 0.94 },
      { id: 'E1', type: 'contract', date: '2025-09-01', factor: 0.45 },
    ]);
    expect(score.confidence).toBe(0.94);
  });

  it('weights the dimension confidence by the answered criteria', () => {
    const score = scoreOne(makeVendor('v', { evidence, team_scale: { support_headcount: 40, evidence: ['E1'] } }, { hours: { critical: '24x7' }, evidence: ['E1'] }));
    // both criteria cite E1 (0.45), headcount through team_scale, coverage through the plan; equal weights → 0.45
    expect(score.dimensions[0]!.confidence).toBe(0.45);
  });
});

describe('gates', () => {
  const gatesOf = (facts: Partial<VendorEvaluation>, plan: Partial<SupportPlan> = {}) => scoreOne(makeVendor('v', facts, plan)).gates;

  it('passes on a listed value, fails on another, and is unknown when the fact is missing', () => {
    expect(gatesOf({ outsourcing: { rnd: 'in-house' } }, { urgent_escalation: { available: true } })).toEqual([
      { gate: 'rnd', status: 'pass', observed: 'in-house' },
      { gate: 'urgent', status: 'pass', observed: true },
    ]);
    expect(gatesOf({ outsourcing: { rnd: 'fully-outsourced' } }, { urgent_escalation: { available: false } })).toEqual([
      { gate: 'rnd', status: 'fail', observed: 'fully-outsourced' },
      { gate: 'urgent', status: 'fail', observed: false },
    ]);
    expect(gatesOf({})).toEqual([
      { gate: 'rnd', status: 'unknown', observed: null },
      { gate: 'urgent', status: 'unknown', observed: null },
    ]);
  });
});

describe('verdict, levels and bands', () => {
  const rubric = makeRubric();
  const pass = { gate: 'g', status: 'pass' as const, observed: true };
  const verdict = (coverage: number, goodDimensions: number, status: 'pass' | 'fail' | 'unknown' = 'pass') =>
    decideVerdict({ coverage, gates: [{ ...pass, status }], goodDimensions, dimensionCount: 4 }, rubric);

  it('follows the documented order', () => {
    expect(verdict(0.59, 4)).toBe('insufficient-data'); // below min_coverage 0.6, whatever else
    expect(verdict(0.6, 4, 'fail')).toBe('knocked-out');
    expect(verdict(1, 3)).toBe('low-risk'); // 3/4 = 0.75 ≥ 0.75
    expect(verdict(1, 3, 'unknown')).toBe('moderate-risk'); // an unknown gate blocks low risk
    expect(verdict(1, 2)).toBe('moderate-risk'); // 2/4 = 0.5: at least half
    expect(verdict(1, 1)).toBe('high-risk'); // 1/4 < 0.5
  });

  it('reads dimension levels as score / 25 rounded down, capped at 4', () => {
    expect([0, 24.99, 25, 74.99, 75, 99.99, 100].map(levelOfScore)).toEqual([0, 0, 1, 2, 3, 3, 4]);
    expect(levelOfScore(null)).toBeNull();
  });

  it('puts a score in the highest band it reaches', () => {
    expect([100, 80, 79.99, 65, 45, 44.99, 0].map((score) => bandOf(score, rubric.verdict.bands))).toEqual(['excellent', 'excellent', 'good', 'good', 'fair', 'poor', 'poor']);
  });

  it('gives a complete vendor its verdict from good dimensions and gates', () => {
    const score = scoreOne(
      makeVendor(
        'v',
        {
          team_scale: { support_headcount: 100 }, // level 4; with coverage level 3 → (100 + 75) / 2 = 87.5: level 3, good
          trial_probes: [probe(300)], // level 0 → 0
          ratings: [{ criterion: 'professionalism', evaluator: 'Ann', score: 3, justification: 'x' }], // level 2 → 50
          outsourcing: { rnd: 'in-house' },
        },
        { hours: { critical: 'extended' }, urgent_escalation: { available: true } },
      ),
    );
    // response: (0 + 50) / 2 = 25 → level 1, not good; 1 of 2 good = 0.5 → moderate-risk
    // total: 0.4 × 87.5 + 0.6 × 25 = 35 + 15 = 50 → band fair
    expect(score.dimensions.map((dimension) => [dimension.score, dimension.level, dimension.good])).toEqual([
      [87.5, 3, true],
      [25, 1, false],
    ]);
    expect(score).toMatchObject({ good_dimensions: 1, verdict: 'moderate-risk', band: 'fair' });
    expect(score.total).toMatchObject({ score: 50, lower: 50, upper: 50, coverage: 1 });
  });
});

describe('claims against the trial', () => {
  it('flags a severity whose observed median exceeds the promise', () => {
    const score = scoreOne(
      makeVendor(
        'v',
        {
          trial_probes: [
            probe(10, { severity: 'critical' }),
            probe(12, { severity: 'critical' }), // median 11 ≤ 15: kept
            probe(20, { severity: 'high' }),
            probe(90, { severity: 'high' }),
            probe(50, { severity: 'high' }), // median of 20, 90, 50 = 50 > 30: contradicted, worst 90
            probe(100, { severity: 'normal' }), // median 100 ≤ 120, worst 100: kept
            probe(5, { severity: 'low' }), // no promise for low: not compared
          ],
        },
        { first_response: { critical: calendar(15), high: calendar(30), normal: calendar(120) } },
      ),
    );
    expect(score.flags).toEqual([
      { kind: 'claim-contradicted', plan: 'standard', severity: 'high', clock: 'calendar', claimed_minutes: 30, observed_median_minutes: 50, observed_worst_minutes: 90, probes: 3 },
    ]);
  });

  it('uses the mean of the two middle probes for an even count', () => {
    const score = scoreOne(
      makeVendor('v', { trial_probes: [probe(40), probe(100)] }, { first_response: { normal: calendar(60) } }),
    );
    // median (40 + 100) / 2 = 70 > 60
    expect(score.flags).toEqual([
      { kind: 'claim-contradicted', plan: 'standard', severity: 'normal', clock: 'calendar', claimed_minutes: 60, observed_median_minutes: 70, observed_worst_minutes: 100, probes: 2 },
    ]);
  });
});

describe('staleness', () => {
  it('flags an evaluation once the day after review_by has come', () => {
    const vendor = makeVendor('v'); // review_by 2027-09-01
    expect(scoreOne(vendor, makeRubric(), '2027-09-01').flags).toEqual([]);
    expect(scoreOne(vendor, makeRubric(), '2027-09-02').flags).toEqual([{ kind: 'stale', review_by: '2027-09-01' }]);
  });

  it('never changes the score', () => {
    const vendor = makeVendor('v', { team_scale: { support_headcount: 40 } });
    expect(scoreOne(vendor, makeRubric(), '2030-01-01').total).toEqual(scoreOne(vendor, makeRubric(), '2026-01-01').total);
  });
});

describe('rounding', () => {
  it('rounds half away from zero despite binary fractions', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(roundTo(0.66666, 4)).toBe(0.6667);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});

describe('applies_when: a criterion that does not apply gives its weight to the rest of its dimension', () => {
  // The team dimension (weight 40) gets a third criterion that only applies to hybrid or outsourced support:
  // headcount 40, coverage 40, partner escalation 20 (shares of the dimension).
  function rubricWithPartners(): Rubric {
    const rubric = makeRubric();
    const team = rubric.dimensions[0]!;
    team.criteria[0]!.weight = 40;
    team.criteria[1]!.weight = 40;
    team.criteria.push({
      id: 'partner-escalation',
      title: { en: 'Partner escalation', 'zh-CN': '合作伙伴升级路径' },
      weight: 20,
      fact: 'outsourcing.partner_escalation',
      levels: { direct: 4, relay: 0 },
      applies_when: { fact: 'outsourcing.support_organisation', in: ['hybrid', 'outsourced'] },
    });
    return rubric;
  }
  // headcount 40 (level 3) and the plan's critical hours 24x7 (coverage level 4)
  const team = { support_headcount: 40 };
  const plan: Partial<SupportPlan> = { hours: { critical: '24x7' } };

  it('self-built support: not applicable, weight 0, the others rescaled to keep the dimension at 40', () => {
    const score = scoreOne(makeVendor('v', { team_scale: team, outsourcing: { support_organisation: 'self-built' } }, plan), rubricWithPartners());
    // shares 40, 40, 0 rescaled to sum 100: 50, 50, 0 → total weights 40 × 50 / 100 = 20, 20, 0
    expect(score.criteria.filter((c) => c.dimension === 'team').map((c) => [c.criterion, c.weight, c.applicable])).toEqual([
      ['headcount', 20, true],
      ['coverage', 20, true],
      ['partner-escalation', 0, false],
    ]);
    // headcount level 3 (0.75), coverage level 4 (1): (50 × 75 + 50 × 100) / 100 = 87.5, nothing missing
    expect(score.dimensions[0]).toMatchObject({ score: 87.5, lower: 87.5, upper: 87.5, coverage: 1, weight: 40 });
    expect(criterionOf(score, 'partner-escalation').rule).toBe(
      'not applicable: outsourcing.support_organisation is "self-built", and the criterion applies only when it is hybrid or outsourced; its weight goes to the other criteria of the dimension',
    );
  });

  it('hybrid support without an answer: applicable and unknown, so it widens the range', () => {
    const score = scoreOne(makeVendor('v', { team_scale: team, outsourcing: { support_organisation: 'hybrid' } }, plan), rubricWithPartners());
    // shares 40, 40, 20: answered 80; lower = (40 × 75 + 40 × 100) / 100 = 70; score = 70 / 0.8 = 87.5; upper = 70 + 20 = 90
    expect(score.dimensions[0]).toMatchObject({ score: 87.5, lower: 70, upper: 90, coverage: 0.8 });
    expect(criterionOf(score, 'partner-escalation')).toMatchObject({ applicable: true, answered: false, weight: 8 });
  });

  it('a criterion of weight 0 whose condition holds is applicable, only weightless', () => {
    const rubric = rubricWithPartners();
    rubric.dimensions[0]!.criteria[2]!.weight = 0;
    const vendor = makeVendor('v', { team_scale: team, outsourcing: { support_organisation: 'hybrid', partner_escalation: 'direct' } }, plan);
    expect(criterionOf(scoreOne(vendor, rubric), 'partner-escalation')).toMatchObject({ applicable: true, answered: true, level: 4, weight: 0 });
  });

  it('an unknown organisation keeps the criterion applicable: not answering is no way out', () => {
    const score = scoreOne(makeVendor('v', { team_scale: team }, plan), rubricWithPartners());
    expect(criterionOf(score, 'partner-escalation')).toMatchObject({ applicable: true, answered: false, weight: 8 });
  });
});

describe('support plans: the evaluated plan decides the score, every plan gets its total', () => {
  // basic: critical issues in business hours (coverage level 1), no urgent escalation (gate fails);
  // premium: 24x7 (coverage level 4), urgent escalation available, citing a contract of the evaluation day.
  const basic: SupportPlan = { id: 'basic', name: 'Basic', hours: { critical: 'business-hours' }, urgent_escalation: { available: false } };
  const premium: SupportPlan = { id: 'premium', name: 'Premium', hours: { critical: '24x7' }, urgent_escalation: { available: true }, evidence: ['C1'] };

  /** The same vendor facts and plans, evaluated under `plan`. */
  function twoPlans(plan: string): VendorEvaluation {
    const vendor = makeVendor('v', {
      evidence: [{ id: 'C1', type: 'contract', reference: 'SLA', retrieved: '2026-09-01' }], // age 0: 0.9 × 1 = 0.9
      team_scale: { support_headcount: 40 }, // level 3, cites nothing: 0.25
      outsourcing: { rnd: 'in-house' },
      trial_probes: [probe(60, { plan: 'premium' })], // level 3; probe:1, 30 days old: 0.94
      ratings: [{ criterion: 'professionalism', evaluator: 'Ann', score: 4, justification: 'x' }], // level 3, cites nothing: 0.25
    });
    return { ...vendor, evaluation: { ...vendor.evaluation, plan }, support_plans: [basic, premium] };
  }

  // premium: team (50 × 75 + 50 × 100) / 100 = 87.5 (level 3, good); response (75 + 75) / 2 = 75 (level 3, good);
  // total 0.4 × 87.5 + 0.6 × 75 = 35 + 45 = 80 → excellent; 2 of 2 good and both gates pass → low-risk;
  // confidence (40 × (0.25 + 0.9) / 2 + 60 × (0.94 + 0.25) / 2) / 100 = (23 + 35.7) / 100 = 0.587 → 0.59
  const premiumTotal = { score: 80, lower: 80, upper: 80, coverage: 1, confidence: 0.59 };
  // basic: team (50 × 75 + 50 × 25) / 100 = 50 (level 2); total 0.4 × 50 + 0.6 × 75 = 20 + 45 = 65 → good;
  // urgent fails → knocked-out; confidence (40 × 0.25 + 60 × 0.595) / 100 = 0.457 → 0.46
  const basicTotal = { score: 65, lower: 65, upper: 65, coverage: 1, confidence: 0.46 };

  it('scores the plan evaluation.plan names, and lists every plan in file order with its own total', () => {
    const score = scoreOne(twoPlans('premium'));
    expect(score.plan).toBe('premium');
    expect(score.total).toEqual(premiumTotal);
    expect(score).toMatchObject({ band: 'excellent', verdict: 'low-risk', good_dimensions: 2 });
    expect(score.gates).toEqual([
      { gate: 'rnd', status: 'pass', observed: 'in-house' },
      { gate: 'urgent', status: 'pass', observed: true },
    ]);
    expect(score.plans).toEqual([
      { plan: 'basic', name: 'Basic', evaluated: false, total: basicTotal, band: 'good', verdict: 'knocked-out' },
      { plan: 'premium', name: 'Premium', evaluated: true, total: premiumTotal, band: 'excellent', verdict: 'low-risk' },
    ]);
  });

  it('gives the mirrored result when the same vendor is evaluated on the other plan', () => {
    const score = scoreOne(twoPlans('basic'));
    expect(score.plan).toBe('basic');
    expect(score.total).toEqual(basicTotal);
    // a failed gate knocks the vendor out; the band still reads the score 65
    expect(score).toMatchObject({ band: 'good', verdict: 'knocked-out', good_dimensions: 1 });
    expect(score.gates).toEqual([
      { gate: 'rnd', status: 'pass', observed: 'in-house' },
      { gate: 'urgent', status: 'fail', observed: false },
    ]);
    expect(score.plans).toEqual([
      { plan: 'basic', name: 'Basic', evaluated: true, total: basicTotal, band: 'good', verdict: 'knocked-out' },
      { plan: 'premium', name: 'Premium', evaluated: false, total: premiumTotal, band: 'excellent', verdict: 'low-risk' },
    ]);
  });

  it('scores the criteria that read no plan term the same under every plan, and those that do per plan', () => {
    const underPremium = scoreOne(twoPlans('premium'));
    const underBasic = scoreOne(twoPlans('basic'));
    // headcount 40 → level 3; the probe's 60 minutes → level 3; Ann's 4 → level 3: none reads plan.…
    for (const id of ['headcount', 'observed', 'professionalism']) {
      expect(criterionOf(underBasic, id)).toEqual(criterionOf(underPremium, id));
      expect(criterionOf(underPremium, id)).toMatchObject({ level: 3, value: 0.75 });
    }
    expect(criterionOf(underPremium, 'headcount')).toMatchObject({ weight: 20, observed: 40, evidence: [], confidence: 0.25 });
    expect(criterionOf(underPremium, 'observed')).toMatchObject({
      weight: 30,
      observed: 60,
      evidence: [{ id: 'probe:1', type: 'observed-trial', date: '2026-08-02', factor: 0.94 }],
      confidence: 0.94,
    });
    // coverage reads plan.hours.critical: 24x7 → 4 citing C1 (0.9) under premium, business-hours → 1 citing nothing under basic
    expect(criterionOf(underPremium, 'coverage')).toMatchObject({
      source: 'plan.hours.critical',
      level: 4,
      value: 1,
      observed: '24x7',
      evidence: [{ id: 'C1', type: 'contract', date: '2026-09-01', factor: 0.9 }],
      confidence: 0.9,
    });
    expect(criterionOf(underBasic, 'coverage')).toMatchObject({
      source: 'plan.hours.critical',
      level: 1,
      value: 0.25,
      observed: 'business-hours',
      evidence: [],
      confidence: 0.25,
    });
  });
});

describe("claims against the trial: per plan and severity, on the promise's clock", () => {
  // standard: business hours Mon–Fri 09:00–18:00 in Shanghai (UTC+8, no daylight saving), high issues answered
  // within 4 business hours; premium: the same business hours, but high issues within 60 calendar minutes.
  const businessHours: BusinessHours = { time_zone: 'Asia/Shanghai', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' };
  const standard: SupportPlan = { id: 'standard', name: 'Standard', business_hours: businessHours, first_response: { high: { minutes: 240, clock: 'business' } } };
  const premium: SupportPlan = { id: 'premium', name: 'Premium', business_hours: businessHours, first_response: { high: { minutes: 60, clock: 'calendar' } } };
  // 2026-07-24 is a Friday.
  // Opened Fri 17:00, answered 960 minutes later (Sat 09:00): Fri 17:00–18:00 = 60 business minutes, Saturday none.
  const lateFriday = probe(960, { date: '2026-07-24', severity: 'high', opened_at: '2026-07-24T17:00+08:00' });
  // Opened Fri 10:00, answered 1440 minutes later (Sat 10:00): Fri 10:00–18:00 = 480 business minutes.
  const morningFriday = probe(1440, { date: '2026-07-24', severity: 'high', opened_at: '2026-07-24T10:00+08:00' });

  function vendorWith(probes: TrialProbe[], plans: SupportPlan[] = [standard]): VendorEvaluation {
    return { ...makeVendor('v', { trial_probes: probes }), support_plans: plans };
  }

  it("counts business minutes in the plan's hours: 60 is within 4 business hours, 480 is not", () => {
    expect(compareClaims(vendorWith([lateFriday]))).toEqual([
      { plan: 'standard', severity: 'high', clock: 'business', claimed_minutes: 240, observed_median_minutes: 60, observed_worst_minutes: 60, probes: 1, uncounted: 0, contradicted: false },
    ]);
    expect(compareClaims(vendorWith([morningFriday]))).toEqual([
      { plan: 'standard', severity: 'high', clock: 'business', claimed_minutes: 240, observed_median_minutes: 480, observed_worst_minutes: 480, probes: 1, uncounted: 0, contradicted: true },
    ]);
  });

  it('flags the plan and severity whose median on the business clock exceeds the promise', () => {
    // median of 60 and 480 business minutes = (60 + 480) / 2 = 270 > 240, worst 480 (on the calendar: 960 and 1440)
    expect(scoreOne(vendorWith([lateFriday, morningFriday])).flags).toEqual([
      { kind: 'claim-contradicted', plan: 'standard', severity: 'high', clock: 'business', claimed_minutes: 240, observed_median_minutes: 270, observed_worst_minutes: 480, probes: 2 },
    ]);
  });

  it('compares each probe with its own plan only, leaves out business-clock probes without an opening time, and counts a calendar promise on the calendar', () => {
    const checks = compareClaims(
      vendorWith(
        [
          lateFriday,
          morningFriday,
          // no opened_at: cannot be counted in business hours; counted as 30 it would make the median of 30, 60, 480 = 60 (kept)
          probe(30, { severity: 'high' }),
          // under premium, opened Fri 17:00 and answered at 18:30: 90 calendar minutes (60 business minutes, which
          // would keep the promise); counted under standard it would make the median of 60, 60, 480 = 60 (kept)
          probe(90, { date: '2026-07-24', plan: 'premium', severity: 'high', opened_at: '2026-07-24T17:00+08:00' }),
        ],
        [standard, premium],
      ),
    );
    expect(checks).toEqual([
      // standard: 60 and 480 → median 270 > 240, the probe without opened_at uncounted
      { plan: 'standard', severity: 'high', clock: 'business', claimed_minutes: 240, observed_median_minutes: 270, observed_worst_minutes: 480, probes: 2, uncounted: 1, contradicted: true },
      // premium: 90 calendar minutes > 60
      { plan: 'premium', severity: 'high', clock: 'calendar', claimed_minutes: 60, observed_median_minutes: 90, observed_worst_minutes: 90, probes: 1, uncounted: 0, contradicted: true },
    ]);
  });

  it('keeps a promise whose probes none could be counted on its clock: compared with nothing, not left out', () => {
    expect(compareClaims(vendorWith([probe(30, { severity: 'high' })]))).toEqual([
      { plan: 'standard', severity: 'high', clock: 'business', claimed_minutes: 240, observed_median_minutes: null, observed_worst_minutes: null, probes: 0, uncounted: 1, contradicted: false },
    ]);
    expect(scoreOne(vendorWith([probe(30, { severity: 'high' })])).flags).toEqual([]);
  });
});

describe('evidence dates and types', () => {
  // evaluated on 2026-09-01; 2025-09-01 is 365 days before it (one half-life), 2024-09-01 730 days
  const evidence = [
    { id: 'P1', type: 'public-document' as const, reference: 'support page', published: '2025-09', retrieved: '2026-08-01' },
    { id: 'P2', type: 'contract' as const, reference: 'SLA', published: '2025-09-01', retrieved: '2026-09-01' },
    { id: 'P3', type: 'vendor-claim' as const, reference: 'call', retrieved: '2025-09-01' },
    { id: 'P4', type: 'third-party' as const, reference: 'analyst note', retrieved: '2026-09-01' },
  ];
  const headcountCiting = (...ids: string[]) =>
    criterionOf(scoreOne(makeVendor('v', { evidence, team_scale: { support_headcount: 40, evidence: ids } })), 'headcount');

  it('dates an item by its published day or month (from the 1st), else by the day it was retrieved', () => {
    expect(headcountCiting('P1', 'P2', 'P3').evidence).toEqual([
      // published 2025-09 → 2025-09-01, 365 days: 0.6 × 0.5 = 0.3 (retrieved 2026-08-01 would give 0.6 × 0.5^(31/365) = 0.57)
      { id: 'P1', type: 'public-document', date: '2025-09-01', factor: 0.3 },
      // published 2025-09-01 wins over retrieved 2026-09-01: 0.9 × 0.5 = 0.45 (retrieved would give 0.9)
      { id: 'P2', type: 'contract', date: '2025-09-01', factor: 0.45 },
      // no published: retrieved 2025-09-01, 365 days: 0.4 × 0.5 = 0.2
      { id: 'P3', type: 'vendor-claim', date: '2025-09-01', factor: 0.2 },
    ]);
  });

  it('weighs a third-party item by its own factor', () => {
    // third-party 0.5 × freshness 0.5^0 = 0.5
    const score = headcountCiting('P4', 'P3');
    expect(score.evidence[0]).toEqual({ id: 'P4', type: 'third-party', date: '2026-09-01', factor: 0.5 });
    expect(score.confidence).toBe(0.5); // max(0.5, 0.2)
  });
});

describe('nearest citation: a fact takes the evidence of the deepest object on its path that cites some', () => {
  // One criterion: the stated customer count, benefit thresholds 10/100/1000/10000.
  const rubric: Rubric = {
    ...makeRubric(),
    dimensions: [
      {
        id: 'industry',
        title: { en: 'Industry', 'zh-CN': 'Industry' },
        weight: 100,
        criteria: [
          { id: 'claimed', title: { en: 'Claimed customers', 'zh-CN': 'Claimed customers' }, weight: 100, fact: 'industry_experience.claimed_customers.count', direction: 'benefit', thresholds: [10, 100, 1000, 10000] },
        ],
      },
    ],
    gates: [],
  };
  const evidence = [
    { id: 'R1', type: 'reference-customer' as const, reference: 'reference call', retrieved: '2026-09-01' }, // 0.75 × 1
    { id: 'V1', type: 'vendor-claim' as const, reference: 'sales deck', retrieved: '2026-09-01' }, // 0.4 × 1
  ];

  it('uses claimed_customers.evidence when it cites some', () => {
    const vendor = makeVendor('v', { evidence, industry_experience: { evidence: ['R1'], claimed_customers: { count: 5000, unit: 'schools', evidence: ['V1'] } } });
    // 5000 reaches 10, 100, 1000 → level 3; the nearest citation is the claim's own: V1, 0.4
    expect(criterionOf(scoreOne(vendor, rubric), 'claimed')).toMatchObject({
      level: 3,
      observed: 5000,
      evidence: [{ id: 'V1', type: 'vendor-claim', date: '2026-09-01', factor: 0.4 }],
      confidence: 0.4,
    });
  });

  it('falls back to industry_experience.evidence when the claim cites none', () => {
    const vendor = makeVendor('v', { evidence, industry_experience: { evidence: ['R1'], claimed_customers: { count: 5000, unit: 'schools' } } });
    // the section's R1: 0.75
    expect(criterionOf(scoreOne(vendor, rubric), 'claimed')).toMatchObject({
      level: 3,
      evidence: [{ id: 'R1', type: 'reference-customer', date: '2026-09-01', factor: 0.75 }],
      confidence: 0.75,
    });
  });
});
