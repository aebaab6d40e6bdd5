// Resolving rubric fact paths against a JSON Schema: properties, items and local $refs.
import { describe, expect, it } from 'vitest';
import { describeFactShape, listFactPaths, splitFactPath } from '../action/src/core/validate/fact-path.js';
import type { JsonSchema } from '../action/src/core/validate/validate-schema.js';
import vendorSchema from '../schemas/vendor.schema.json' with { type: 'json' };

const tiny: JsonSchema = {
  type: 'object',
  properties: {
    team: {
      type: 'object',
      properties: {
        size: { $ref: '#/$defs/count', title: 'Size' },
        hours: { type: 'string', enum: ['24x7', 'office'] },
        roles: { type: 'array', items: { type: 'string', enum: ['csm', 'rnd'] } },
      },
    },
    probes: { type: 'array', items: { $ref: '#/$defs/probe' } },
  },
  $defs: {
    count: { type: 'integer', minimum: 0 },
    probe: { type: 'object', properties: { minutes: { type: 'number' }, templated: { type: 'boolean' } } },
  },
};

describe('splitting a fact path', () => {
  it('marks the segments that map over a list', () => {
    expect(splitFactPath('trial_probes[].first_response_minutes')).toEqual([
      { key: 'trial_probes', each: true },
      { key: 'first_response_minutes', each: false },
    ]);
  });
});

describe('describing the shape at a path', () => {
  it('follows $ref to $defs and reads integers as numbers', () => {
    expect(describeFactShape(tiny, 'team.size')).toEqual({ listValued: false, type: 'number', values: undefined });
  });

  it('lists the values of an enum and of a boolean', () => {
    expect(describeFactShape(tiny, 'team.hours')).toEqual({ listValued: false, type: 'string', values: ['24x7', 'office'] });
    expect(describeFactShape(tiny, 'probes[].templated')).toEqual({ listValued: true, type: 'boolean', values: ['true', 'false'] });
  });

  it('treats a path ending at a list as list-valued, described by its items', () => {
    expect(describeFactShape(tiny, 'team.roles')).toEqual({ listValued: true, type: 'string', values: ['csm', 'rnd'] });
    expect(describeFactShape(tiny, 'probes')).toEqual({ listValued: true, type: 'object', values: undefined });
  });

  it('maps over items through a $ref', () => {
    expect(describeFactShape(tiny, 'probes[].minutes')).toEqual({ listValued: true, type: 'number', values: undefined });
  });

  it('finds no shape for unknown keys, [] on a non-list, or a list entered without []', () => {
    expect(describeFactShape(tiny, 'team.sise')).toBeNull();
    expect(describeFactShape(tiny, 'team[].size')).toBeNull();
    expect(describeFactShape(tiny, 'probes.minutes')).toBeNull();
    expect(describeFactShape(tiny, 'team.size.more')).toBeNull();
    expect(describeFactShape(tiny, 'constructor')).toBeNull(); // not fooled by Object.prototype
  });

  it('lists every path for suggestions, lists both bare and with []', () => {
    expect(listFactPaths(tiny)).toEqual(['team', 'team.size', 'team.hours', 'team.roles', 'probes', 'probes[].minutes', 'probes[].templated']);
  });
});

describe('the real vendor schema', () => {
  const schema = vendorSchema as JsonSchema;

  it('has the shapes the committed rubric relies on', () => {
    expect(describeFactShape(schema, 'team_scale.support_headcount')).toMatchObject({ listValued: false, type: 'number' });
    expect(describeFactShape(schema, 'plan.hours.critical')?.values).toEqual(['24x7', 'extended', 'business-hours']);
    expect(describeFactShape(schema, 'plan.first_response.critical.minutes')).toMatchObject({ listValued: false, type: 'number' });
    expect(describeFactShape(schema, 'plan.first_response.critical.clock')?.values).toEqual(['calendar', 'business']);
    expect(describeFactShape(schema, 'plan.urgent_escalation.available')?.values).toEqual(['true', 'false']);
    expect(describeFactShape(schema, 'trial_probes[].first_response_minutes')).toMatchObject({ listValued: true, type: 'number' });
    expect(describeFactShape(schema, 'trial_probes[].templated_reply')).toMatchObject({ listValued: true, type: 'boolean' });
    expect(describeFactShape(schema, 'plan.dedicated_group.roles')).toMatchObject({ listValued: true, values: ['csm', 'architect', 'rnd'] });
    expect(describeFactShape(schema, 'industry_experience.education_customers')).toMatchObject({ listValued: true, type: 'object' });
    expect(describeFactShape(schema, 'outsourcing.rnd')?.values).toEqual(['in-house', 'partly-outsourced', 'fully-outsourced']);
    expect(describeFactShape(schema, 'plan.price.model')?.values).toEqual(['free', 'included', 'fixed', 'percent-of-spend', 'quote']);
    expect(describeFactShape(schema, 'industry_experience.claimed_customers.count')).toMatchObject({ listValued: false, type: 'number' });
    // The plan being scored is `plan`; the list of all plans stays a list.
    expect(describeFactShape(schema, 'support_plans[].commitment')).toMatchObject({ listValued: true, values: ['target', 'objective', 'sla-with-credits'] });
    expect(describeFactShape(schema, 'plan.nope')).toBeNull();
  });

  it('offers list paths with [] for suggestions', () => {
    expect(listFactPaths(schema)).toEqual(expect.arrayContaining(['trial_probes', 'trial_probes[].first_response_minutes', 'hidden_costs.staff_turnover.annual_rate_percent', 'plan.price.model']));
  });
});
