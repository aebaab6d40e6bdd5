// Small hand-built rubrics and vendors for the scoring tests: few enough criteria that every expected number
// can be worked out by hand in the test that uses it.
import type { Level, LocalText, Rubric } from '../action/src/core/types/rubric.js';
import type { SupportPlan, VendorEvaluation } from '../action/src/core/types/vendor.js';

export function text(en: string): LocalText {
  return { en, 'zh-CN': en };
}

const ANCHORS = {
  '1': text('poor'),
  '2': text('weak'),
  '3': text('adequate'),
  '4': text('good'),
  '5': text('excellent'),
};

/** The verdict, evidence and missing-data settings of the committed rubric.yaml, for test rubrics. */
export const RUBRIC_POLICIES: Pick<Rubric, 'verdict' | 'evidence' | 'missing_data'> = {
  verdict: {
    good_level: 3,
    low_risk_share: 0.75,
    bands: [
      { id: 'excellent', min: 80 },
      { id: 'good', min: 65 },
      { id: 'fair', min: 45 },
      { id: 'poor', min: 0 },
    ],
  },
  evidence: {
    factors: { 'observed-trial': 1, contract: 0.9, 'reference-customer': 0.75, 'public-document': 0.6, 'third-party': 0.5, 'vendor-claim': 0.4 },
    unsupported_factor: 0.25,
    half_life_days: 365,
  },
  missing_data: { min_coverage: 0.6 },
};

/**
 * Two dimensions:
 * - team (weight 40): headcount (50%, benefit thresholds 5/15/40/100), coverage (50%, the evaluated plan's hours
 *   for critical issues: levels 24x7 4, extended 3, business-hours 1);
 * - response (weight 60): observed first response (50%, median of probes, cost thresholds 240/120/60/20),
 *   professionalism (50%, rating).
 * Gates: core R&D not fully outsourced; urgent escalation available.
 */
export function makeRubric(): Rubric {
  return {
    version: 'test-1',
    dimensions: [
      {
        id: 'team',
        title: text('Team'),
        weight: 40,
        criteria: [
          { id: 'headcount', title: text('Headcount'), weight: 50, fact: 'team_scale.support_headcount', direction: 'benefit', thresholds: [5, 15, 40, 100] },
          { id: 'coverage', title: text('Coverage'), weight: 50, fact: 'plan.hours.critical', levels: { '24x7': 4, extended: 3, 'business-hours': 1 } },
        ],
      },
      {
        id: 'response',
        title: text('Response'),
        weight: 60,
        criteria: [
          {
            id: 'observed',
            title: text('Observed first response'),
            weight: 50,
            fact: 'trial_probes[].first_response_minutes',
            aggregate: 'median',
            direction: 'cost',
            thresholds: [240, 120, 60, 20],
          },
          { id: 'professionalism', title: text('Professionalism'), weight: 50, rating: { anchors: ANCHORS } },
        ],
      },
    ],
    gates: [
      { id: 'rnd', title: text('R&D not outsourced'), fact: 'outsourcing.rnd', pass_when: ['in-house', 'partly-outsourced'] },
      { id: 'urgent', title: text('Urgent channel'), fact: 'plan.urgent_escalation.available', pass_when: [true] },
    ],
    ...structuredClone(RUBRIC_POLICIES),
    robustness: { seed: 7, samples: 500, spread: 0.25 },
  };
}

/** Two dimensions `a` and `b` of weight 50 each, one criterion each, so a vendor's dimension scores are its levels × 25. */
export function makeTwoDimensionRubric(): Rubric {
  const rubric = makeRubric();
  return {
    ...rubric,
    dimensions: [
      { id: 'a', title: text('A'), weight: 50, criteria: [{ ...rubric.dimensions[0]!.criteria[0]!, weight: 100 }] },
      { id: 'b', title: text('B'), weight: 50, criteria: [{ ...rubric.dimensions[0]!.criteria[1]!, weight: 100 }] },
    ],
    gates: [],
  };
}

/**
 * A vendor with nothing but the required fields, evaluated on 2026-09-01 under its one plan `standard`, which
 * states nothing: every fact unknown. `plan` adds terms to that plan.
 */
export function makeVendor(id: string, facts: Partial<VendorEvaluation> = {}, plan: Partial<SupportPlan> = {}): VendorEvaluation {
  return {
    schema_version: '2',
    id,
    name: `Vendor ${id}`,
    category: ['rtc-paas'],
    evaluation: { evaluators: [{ name: 'Ann' }, { name: 'Bo' }, { name: 'Cy' }], evaluated_on: '2026-09-01', review_by: '2027-09-01', plan: 'standard' },
    support_plans: [{ id: 'standard', name: 'Standard', ...plan }],
    ...facts,
  };
}

/** Headcount that reaches exactly `level` of the thresholds 5/15/40/100 of the team dimension. */
export const HEADCOUNT_FOR_LEVEL: Record<Level, number> = { 0: 1, 1: 5, 2: 15, 3: 40, 4: 100 };
