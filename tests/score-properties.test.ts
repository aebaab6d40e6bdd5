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
import type { VendorEvaluation } from '../action/src/core/types/vendor.js';
import type { JsonSchema } from '../action/src/core/validate/validate-schema.js';
import vendorSchema from '../schemas/vendor.schema.json' with { type: 'json' };

const committed = checkRubric(parseYaml({ path: 'rubric.yaml', text: readFileSync('rubric.yaml', 'utf8') }), vendorSchema as JsonSchema).rubric!;
// Fewer robustness samples keep hundreds of runs fast; the properties do not depend on the count.
const rubric: Rubric = { ...committed, robustness: { ...committed.robustness, samples: 100 } };
const AS_OF = '2026-11-25';

const EVIDENCE = [
  { id: 'E1', type: 'observed-trial' as const, reference: 'trial', date: '2026-08-01' },
  { id: 'E2', type: 'contract' as const, reference: 'SLA', date: '2025-03-01' },
  { id: 'E3', type: 'vendor-claim' as const, reference: 'call', date: '2026-06-01' },
];
const EVALUATORS = ['Ann', 'Bo', 'Cy'];

const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const cited = some(fc.subarray(['E1', 'E2', 'E3']));
const minutes = fc.integer({ min: 0, max: 3000 });

const probeArb = fc.record(
  {
    date: fc.constantFrom('2026-07-01', '2026-08-15'),
    channel: fc.constantFrom('ticket' as const, 'phone' as const, 'dedicated-group' as const),
    severity: fc.constantFrom('critical' as const, 'high' as const, 'normal' as const, 'low' as const),
    first_response_minutes: minutes,
    templated_reply: fc.boolean(),
    reached_engineer: fc.boolean(),
    evidence: cited,
  },
  { requiredKeys: ['date', 'channel', 'severity', 'first_response_minutes', 'templated_reply', 'reached_engineer'] },
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
        coverage: fc.constantFrom('24x7' as const, 'extended' as const, 'business-hours' as const),
        evidence: cited,
      },
      { requiredKeys: [] },
    ),
    response_time: fc.record(
      {
        first_response_minutes: fc.record({ critical: minutes, high: minutes, normal: minutes }, { requiredKeys: [] }),
        urgent_escalation: fc.record({ available: fc.boolean() }),
        evidence: cited,
      },
      { requiredKeys: [] },
    ),
    service_model: fc.record(
      {
        account_management: fc.constantFrom('named-manager' as const, 'ticket-rotation' as const),
        dedicated_group: fc.record({ available: fc.boolean(), roles: some(fc.subarray(['csm' as const, 'architect' as const, 'rnd' as const])) }, { requiredKeys: ['available'] }),
        architecture_consulting: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    industry_experience: fc.record(
      {
        education_customers: fc.array(fc.record({ name: fc.constantFrom('School A', 'School B') }), { maxLength: 12 }),
        scenarios: fc.subarray(['multi-party' as const, 'breakout-groups' as const, 'peak-load' as const]),
      },
      { requiredKeys: [] },
    ),
    trial_probes: fc.array(probeArb, { maxLength: 6 }),
    hidden_costs: fc.record(
      {
        staff_turnover: fc.record({ annual_rate_percent: fc.integer({ min: 0, max: 80 }) }),
        onsite_service: fc.constantFrom('onsite' as const, 'remote-only' as const),
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

function makeVendor(id: string, facts: Partial<VendorEvaluation>): VendorEvaluation {
  return {
    schema_version: '1',
    id,
    name: id,
    category: 'rtc-paas',
    evaluation: { evaluators: EVALUATORS.map((name) => ({ name })), evaluated_on: '2026-09-01', review_by: '2027-09-01' },
    evidence: EVIDENCE,
    ...facts,
  };
}

const vendorArb = factsArb.map((facts) => makeVendor('v', facts));

/** Vendors with distinct ids v0, v1, … */
const vendorsArb = fc.array(factsArb, { minLength: 1, maxLength: 5 }).map((all) => all.map((facts, i) => makeVendor(`v${i}`, facts)));

function score(vendors: readonly VendorEvaluation[]) {
  return scoreProject({ vendors: vendors.map((data) => ({ file: `vendors/${data.id}.yaml`, data })), rubric, asOf: AS_OF });
}

/** A vendor's own numbers, without the rank that depends on the others. */
function ownNumbers(vendor: VendorScore): Omit<VendorScore, 'rank'> {
  const { rank: _rank, ...rest } = vendor;
  return rest;
}

/**
 * Ways to make one stated fact better by the rubric's own reading (more headcount, a faster response, a
 * higher rating …). Each returns null when the vendor does not state that fact, since stating a missing fact
 * is not an improvement of it.
 */
const improvements: Array<(vendor: VendorEvaluation, amount: number, index: number) => VendorEvaluation | null> = [
  (v, amount) => (v.team_scale?.support_headcount === undefined ? null : { ...v, team_scale: { ...v.team_scale, support_headcount: v.team_scale.support_headcount + amount } }),
  (v, amount) => {
    const claimed = v.response_time?.first_response_minutes?.critical;
    if (claimed === undefined) return null;
    return { ...v, response_time: { ...v.response_time, first_response_minutes: { ...v.response_time!.first_response_minutes, critical: Math.max(0, claimed - amount) } } };
  },
  (v, amount, index) => updateProbe(v, index, (probe) => ({ ...probe, first_response_minutes: Math.max(0, probe.first_response_minutes - amount) })),
  (v, _amount, index) => updateProbe(v, index, (probe) => ({ ...probe, templated_reply: false })),
  (v, _amount, index) => updateProbe(v, index, (probe) => ({ ...probe, reached_engineer: true })),
  (v, _amount, index) => {
    const ratings = v.ratings ?? [];
    if (!ratings.length) return null;
    const at = index % ratings.length;
    return { ...v, ratings: ratings.map((rating, i) => (i === at ? { ...rating, score: Math.min(5, rating.score + 1) as 1 | 2 | 3 | 4 | 5 } : rating)) };
  },
  (v) => (v.team_scale?.coverage === undefined ? null : { ...v, team_scale: { ...v.team_scale, coverage: '24x7' } }),
  (v) => (v.outsourcing?.rnd === undefined ? null : { ...v, outsourcing: { ...v.outsourcing, rnd: 'in-house' } }),
  (v, amount) => {
    const rate = v.hidden_costs?.staff_turnover?.annual_rate_percent;
    if (rate === undefined) return null;
    return { ...v, hidden_costs: { ...v.hidden_costs, staff_turnover: { annual_rate_percent: Math.max(0, rate - amount) } } };
  },
];

function updateProbe(v: VendorEvaluation, index: number, change: (probe: NonNullable<VendorEvaluation['trial_probes']>[number]) => NonNullable<VendorEvaluation['trial_probes']>[number]) {
  const probes = v.trial_probes ?? [];
  if (!probes.length) return null;
  const at = index % probes.length;
  return { ...v, trial_probes: probes.map((probe, i) => (i === at ? change(probe) : probe)) };
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

  it('keeps every number within its range and rounded', () => {
    fc.assert(
      fc.property(vendorArb, (vendor) => {
        const { total, dimensions } = score([vendor]).vendors[0]!;
        for (const range of [total, ...dimensions]) {
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
