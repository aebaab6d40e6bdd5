// Properties that must hold for any vendor, checked with generated vendors against the committed rubric:
// better facts never score lower; a vendor's numbers depend on nothing but itself and the rubric; the same input
// gives the same bytes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../action/src/core/validate/parse-yaml.js';
import { checkRubric } from '../action/src/core/validate/check-rubric.js';
import type { Rubric } from '../action/src/core/types/rubric.js';
import type { VendorScore } from '../action/src/core/types/score.js';
import { scoreProject } from '../action/src/core/score/score-project.js';
import type { BusinessHours, SupportPlan, TrialProbe, VendorEvaluation } from '../action/src/core/types/vendor.js';
import type { JsonSchema } from '../action/src/core/validate/validate-schema.js';
import vendorSchema from '../schemas/vendor.schema.json' with { type: 'json' };

const committed = checkRubric(parseYaml({ path: 'rubric.yaml', text: readFileSync('rubric.yaml', 'utf8') }), vendorSchema as JsonSchema).rubric!;
// Fewer robustness samples keep hundreds of runs fast; the properties do not depend on the count.
const rubric: Rubric = { ...committed, robustness: { ...committed.robustness, samples: 100 } };
const AS_OF = '2026-11-25';

const EVIDENCE = [
  { id: 'E1', type: 'observed-trial' as const, reference: 'trial', retrieved: '2026-08-01' },
  { id: 'E2', type: 'contract' as const, reference: 'SLA', published: '2025-03-01', retrieved: '2026-07-01' },
  { id: 'E3', type: 'vendor-claim' as const, reference: 'call', retrieved: '2026-06-01' },
  { id: 'E4', type: 'third-party' as const, reference: 'analyst note', published: '2025-11', retrieved: '2026-08-20' },
];
const EVALUATORS = ['Ann', 'Bo', 'Cy'];
/** Every vendor has the evaluated plan `standard`; some also sell `premium`. */
const PLAN_IDS = ['standard', 'premium'] as const;

const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const cited = some(fc.subarray(['E1', 'E2', 'E3', 'E4']));
const minutes = fc.integer({ min: 0, max: 3000 });
const hours = fc.constantFrom('24x7' as const, 'extended' as const, 'business-hours' as const);
const target = fc.record({ minutes, clock: fc.constantFrom('calendar' as const, 'business' as const) });

const probeArb = fc.record(
  {
    date: fc.constantFrom('2026-07-01', '2026-08-15'),
    opened_at: fc.constantFrom('T17:30+08:00', 'T10:00+08:00'), // on the probe's date, below
    plan: fc.constantFrom(...PLAN_IDS),
    channel: fc.constantFrom('ticket' as const, 'phone' as const, 'dedicated-group' as const),
    severity: fc.constantFrom('critical' as const, 'high' as const, 'normal' as const, 'low' as const),
    first_response_minutes: minutes,
    templated_reply: fc.boolean(),
    reached_engineer: fc.boolean(),
    evidence: cited,
  },
  { requiredKeys: ['date', 'plan', 'channel', 'severity', 'first_response_minutes', 'templated_reply', 'reached_engineer'] },
).map((probe) => (probe.opened_at === undefined ? probe : { ...probe, opened_at: `${probe.date}${probe.opened_at}` }));

/** A plan's terms (the schema-1 team_scale.coverage, response_time, service_model and hidden_costs.onsite_service). */
const planTermsArb = fc.record(
  {
    price: fc.record({ model: fc.constantFrom('free' as const, 'included' as const, 'fixed' as const, 'percent-of-spend' as const, 'quote' as const) }),
    hours: fc.record({ critical: hours, high: hours, normal: hours }, { requiredKeys: [] }),
    business_hours: fc.constant<BusinessHours>({ time_zone: 'Asia/Shanghai', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }),
    first_response: fc.record({ critical: target, high: target, normal: target }, { requiredKeys: [] }),
    commitment: fc.constantFrom('target' as const, 'objective' as const, 'sla-with-credits' as const),
    urgent_escalation: fc.record({ available: fc.boolean() }),
    account_management: fc.constantFrom('named-manager' as const, 'ticket-rotation' as const),
    dedicated_group: fc.record({ available: fc.boolean(), roles: some(fc.subarray(['csm' as const, 'architect' as const, 'rnd' as const])) }, { requiredKeys: ['available'] }),
    architecture_consulting: fc.boolean(),
    onsite_service: fc.constantFrom('onsite' as const, 'remote-only' as const),
    evidence: cited,
  },
  { requiredKeys: [] },
);

const factsArb = fc.record(
  {
    outsourcing: fc.record(
      {
        rnd: fc.constantFrom('in-house' as const, 'partly-outsourced' as const, 'fully-outsourced' as const),
        support_organisation: fc.constantFrom('self-built' as const, 'hybrid' as const, 'outsourced' as const),
        partner_escalation: fc.constantFrom('direct' as const, 'relay' as const),
        organisation_public: fc.boolean(),
        evidence: cited,
      },
      { requiredKeys: [] },
    ),
    team_scale: fc.record(
      {
        support_headcount: fc.integer({ min: 0, max: 300 }),
        evidence: cited,
      },
      { requiredKeys: [] },
    ),
    industry_experience: fc.record(
      {
        education_customers: fc.array(fc.record({ name: fc.constantFrom('School A', 'School B') }), { maxLength: 12 }),
        claimed_customers: fc.record({ count: fc.integer({ min: 0, max: 200000 }), unit: fc.constant('schools' as const), evidence: cited }, { requiredKeys: ['count', 'unit'] }),
        scenarios: fc.subarray(['multi-party' as const, 'breakout-groups' as const, 'peak-load' as const]),
        evidence: cited,
      },
      { requiredKeys: [] },
    ),
    trial_probes: fc.array(probeArb, { maxLength: 6 }),
    hidden_costs: fc.record(
      {
        staff_turnover: fc.record({ annual_rate_percent: fc.integer({ min: 0, max: 80 }) }),
      },
      { requiredKeys: [] },
    ),
    ratings: fc.array(
      fc.record({
        criterion: fc.constantFrom('support-professionalism', 'plain-language-guidance', 'architecture-advice-quality', 'documentation-quality'),
        evaluator: fc.constantFrom(...EVALUATORS),
        score: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
        justification: fc.constant('seen in the trial'),
      }),
      { maxLength: 8 },
    ),
  },
  { requiredKeys: [] },
);

type PlanTerms = Omit<SupportPlan, 'id' | 'name'>;
interface Generated {
  facts: Partial<VendorEvaluation>;
  standard: PlanTerms;
  premium: PlanTerms | undefined;
}

const generatedArb: fc.Arbitrary<Generated> = fc.record({ facts: factsArb, standard: planTermsArb, premium: some(planTermsArb) });

/** Evaluated under `standard`; probes name a plan of the file (premium's fall back to standard without it). */
function makeVendor(id: string, { facts, standard, premium }: Generated): VendorEvaluation {
  const plans: SupportPlan[] = [{ id: 'standard', name: 'Standard', ...standard }];
  if (premium) plans.push({ id: 'premium', name: 'Premium', ...premium });
  const probes = facts.trial_probes?.map((probe) => (premium ? probe : { ...probe, plan: 'standard' }));
  return {
    schema_version: '2',
    id,
    name: id,
    category: ['rtc-paas'],
    evaluation: { evaluators: EVALUATORS.map((name) => ({ name })), evaluated_on: '2026-09-01', review_by: '2027-09-01', plan: 'standard' },
    evidence: EVIDENCE,
    ...facts,
    ...(probes && { trial_probes: probes }),
    support_plans: plans,
  };
}

const vendorArb = generatedArb.map((generated) => makeVendor('v', generated));

/** Vendors with distinct ids v0, v1, … */
const vendorsArb = fc.array(generatedArb, { minLength: 1, maxLength: 5 }).map((all) => all.map((generated, i) => makeVendor(`v${i}`, generated)));

function score(vendors: readonly VendorEvaluation[]) {
  return scoreProject({ vendors: vendors.map((data) => ({ file: `vendors/${data.id}.yaml`, data })), rubric, asOf: AS_OF });
}

/** A vendor's own numbers, without the rank that depends on the others. */
function ownNumbers(vendor: VendorScore): Omit<VendorScore, 'rank'> {
  const { rank: _rank, ...rest } = vendor;
  return rest;
}

/** The vendor with its evaluated plan (the first, `standard`) changed; null when `change` gives null. */
function updatePlan(v: VendorEvaluation, change: (plan: SupportPlan) => SupportPlan | null): VendorEvaluation | null {
  const [evaluated, ...others] = v.support_plans;
  const changed = change(evaluated!);
  return changed === null ? null : { ...v, support_plans: [changed, ...others] };
}

/**
 * Ways to make one stated fact better by the rubric's own reading (more headcount, a faster response, a
 * higher rating …). Each returns null when the vendor does not state that fact, since stating a missing fact
 * is not an improvement of it.
 */
const improvements: Array<(vendor: VendorEvaluation, amount: number, index: number) => VendorEvaluation | null> = [
  (v, amount) => (v.team_scale?.support_headcount === undefined ? null : { ...v, team_scale: { ...v.team_scale, support_headcount: v.team_scale.support_headcount + amount } }),
  (v, amount) =>
    updatePlan(v, (plan) => {
      const claimed = plan.first_response?.critical;
      if (claimed === undefined) return null;
      return { ...plan, first_response: { ...plan.first_response, critical: { ...claimed, minutes: Math.max(0, claimed.minutes - amount) } } };
    }),
  (v) =>
    updatePlan(v, (plan) => {
      const claimed = plan.first_response?.critical;
      if (claimed === undefined) return null;
      return { ...plan, first_response: { ...plan.first_response, critical: { ...claimed, clock: 'calendar' } } };
    }),
  (v, amount, index) => updateProbe(v, index, (probe) => ({ ...probe, first_response_minutes: Math.max(0, probe.first_response_minutes - amount) })),
  (v, _amount, index) => updateProbe(v, index, (probe) => ({ ...probe, templated_reply: false })),
  (v, _amount, index) => updateProbe(v, index, (probe) => ({ ...probe, reached_engineer: true })),
  (v, _amount, index) => {
    const ratings = v.ratings ?? [];
    if (!ratings.length) return null;
    const at = index % ratings.length;
    return { ...v, ratings: ratings.map((rating, i) => (i === at ? { ...rating, score: Math.min(5, rating.score + 1) as 1 | 2 | 3 | 4 | 5 } : rating)) };
  },
  (v) => updatePlan(v, (plan) => (plan.hours?.critical === undefined ? null : { ...plan, hours: { ...plan.hours, critical: '24x7' } })),
  (v) => updatePlan(v, (plan) => (plan.urgent_escalation === undefined ? null : { ...plan, urgent_escalation: { available: true } })),
  (v) => (v.outsourcing?.rnd === undefined ? null : { ...v, outsourcing: { ...v.outsourcing, rnd: 'in-house' } }),
  (v, amount) => {
    const rate = v.hidden_costs?.staff_turnover?.annual_rate_percent;
    if (rate === undefined) return null;
    return { ...v, hidden_costs: { ...v.hidden_costs, staff_turnover: { annual_rate_percent: Math.max(0, rate - amount) } } };
  },
];

function updateProbe(v: VendorEvaluation, index: number, change: (probe: TrialProbe) => TrialProbe) {
  const probes = v.trial_probes ?? [];
  if (!probes.length) return null;
  const at = index % probes.length;
  return { ...v, trial_probes: probes.map((probe, i) => (i === at ? change(probe) : probe)) };
}

/** The same vendor evaluated under another of its plans. */
function evaluatedUnder(v: VendorEvaluation, plan: string): VendorEvaluation {
  return { ...v, evaluation: { ...v.evaluation, plan } };
}

describe('scoring properties', () => {
  it('never lowers a score when one fact improves', () => {
    fc.assert(
      fc.property(vendorArb, fc.nat({ max: improvements.length - 1 }), fc.integer({ min: 1, max: 500 }), fc.nat(), (vendor, which, amount, index) => {
        const better = improvements[which]!(vendor, amount, index);
        fc.pre(better !== null);
        const before = score([vendor]).vendors[0]!;
        const after = score([better!]).vendors[0]!;
        expect(after.total.lower).toBeGreaterThanOrEqual(before.total.lower);
        expect(after.total.upper).toBeGreaterThanOrEqual(before.total.upper);
        expect(after.total.score ?? 0).toBeGreaterThanOrEqual(before.total.score ?? 0);
        after.dimensions.forEach((dimension, i) => expect(dimension.score ?? 0).toBeGreaterThanOrEqual(before.dimensions[i]!.score ?? 0));
        // every plan's total too: a better evaluated plan leaves the others as they were, a better vendor fact lifts them all
        after.plans.forEach((plan, i) => {
          expect(plan.total.lower).toBeGreaterThanOrEqual(before.plans[i]!.total.lower);
          expect(plan.total.upper).toBeGreaterThanOrEqual(before.plans[i]!.total.upper);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same report, byte for byte, whatever the order of the vendors', () => {
    fc.assert(
      fc.property(
        vendorsArb.chain((vendors) => fc.tuple(fc.constant(vendors), fc.shuffledSubarray(vendors, { minLength: vendors.length, maxLength: vendors.length }))),
        ([vendors, shuffled]) => {
          expect(JSON.stringify(score(shuffled))).toBe(JSON.stringify(score(vendors)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps every vendor's numbers when other vendors are added or removed", () => {
    fc.assert(
      fc.property(
        vendorsArb.chain((vendors) => fc.tuple(fc.constant(vendors), fc.subarray(vendors, { minLength: 1 }))),
        ([vendors, subset]) => {
          const all = new Map(score(vendors).vendors.map((vendor) => [vendor.id, ownNumbers(vendor)]));
          for (const vendor of score(subset).vendors) expect(ownNumbers(vendor)).toEqual(all.get(vendor.id));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives byte-identical JSON for the same input', () => {
    fc.assert(
      fc.property(vendorsArb, (vendors) => {
        expect(JSON.stringify(score(structuredClone(vendors)))).toBe(JSON.stringify(score(vendors)));
      }),
      { numRuns: 40 },
    );
  });

  it('gives each plan the same total whichever plan is evaluated, and the evaluated one is the score', () => {
    fc.assert(
      fc.property(vendorArb, (vendor) => {
        fc.pre(vendor.support_plans.length === 2);
        const underStandard = score([vendor]).vendors[0]!;
        const underPremium = score([evaluatedUnder(vendor, 'premium')]).vendors[0]!;
        expect([underStandard.plan, underPremium.plan]).toEqual(['standard', 'premium']);
        expect(underStandard.plans.map((plan) => [plan.plan, plan.evaluated])).toEqual([['standard', true], ['premium', false]]);
        expect(underPremium.plans.map((plan) => [plan.plan, plan.evaluated])).toEqual([['standard', false], ['premium', true]]);
        const withoutFlag = (entry: VendorScore['plans'][number]) => ({ ...entry, evaluated: null });
        expect(underPremium.plans.map(withoutFlag)).toEqual(underStandard.plans.map(withoutFlag));
        for (const scored of [underStandard, underPremium]) {
          const entry = scored.plans.find((plan) => plan.evaluated)!;
          expect({ total: entry.total, band: entry.band, verdict: entry.verdict }).toEqual({ total: scored.total, band: scored.band, verdict: scored.verdict });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every number within its range and rounded', () => {
    fc.assert(
      fc.property(vendorArb, (vendor) => {
        const { total, dimensions, plans } = score([vendor]).vendors[0]!;
        for (const range of [total, ...dimensions, ...plans.map((plan) => plan.total)]) {
          expect(range.lower).toBeLessThanOrEqual(range.score ?? range.lower);
          expect(range.score ?? range.upper).toBeLessThanOrEqual(range.upper);
          expect(range.upper).toBeLessThanOrEqual(100);
          expect(range.coverage).toBeGreaterThanOrEqual(0);
          expect(range.coverage).toBeLessThanOrEqual(1);
          expect(Math.round(range.lower * 100) / 100).toBe(range.lower);
        }
      }),
      { numRuns: 200 },
    );
  });
});
