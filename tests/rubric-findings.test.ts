// rubric.yaml gets the same line-accurate findings as vendor files. A small valid rubric, line by line, so each
// test breaks one line and knows where the finding must point.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../action/src/core/types/findings.js';
import { parseYaml } from '../action/src/core/validate/parse-yaml.js';
import { RUBRIC_SCHEMA, checkRubric } from '../action/src/core/validate/check-rubric.js';
import type { JsonSchema } from '../action/src/core/validate/validate-schema.js';
import vendorSchema from '../schemas/vendor.schema.json' with { type: 'json' };

const FILE = 'rubric.yaml';

const RUBRIC_LINES = [
  'version: "t1"', // 1
  'dimensions:', // 2
  '  - id: team', // 3
  '    title: { en: Team, zh-CN: 团队 }', // 4
  '    weight: 40', // 5
  '    criteria:', // 6
  '      - id: headcount', // 7
  '        title: { en: Headcount, zh-CN: 人数 }', // 8
  '        weight: 60', // 9
  '        fact: team_scale.support_headcount', // 10
  '        direction: benefit', // 11
  '        thresholds: [5, 15, 40, 100]', // 12
  '      - id: coverage', // 13
  '        title: { en: Coverage, zh-CN: 时段 }', // 14
  '        weight: 40', // 15
  '        fact: plan.hours.critical', // 16
  '        levels: { "24x7": 4, extended: 3, business-hours: 1 }', // 17
  '  - id: response', // 18
  '    title: { en: Response, zh-CN: 响应 }', // 19
  '    weight: 60', // 20
  '    criteria:', // 21
  '      - id: observed', // 22
  '        title: { en: Observed, zh-CN: 实测 }', // 23
  '        weight: 100', // 24
  '        fact: trial_probes[].first_response_minutes', // 25
  '        aggregate: median', // 26
  '        direction: cost', // 27
  '        thresholds: [240, 120, 60, 20]', // 28
  'gates:', // 29
  '  - id: urgent', // 30
  '    title: { en: Urgent channel, zh-CN: 紧急通道 }', // 31
  '    fact: plan.urgent_escalation.available', // 32
  '    pass_when: [true]', // 33
  'verdict:', // 34
  '  good_level: 3', // 35
  '  low_risk_share: 0.75', // 36
  '  bands:', // 37
  '    - { id: good, min: 50 }', // 38
  '    - { id: poor, min: 0 }', // 39
  'evidence:', // 40
  '  factors: { observed-trial: 1, contract: 0.9, reference-customer: 0.75, public-document: 0.6, third-party: 0.5, vendor-claim: 0.4 }', // 41
  '  unsupported_factor: 0.25', // 42
  '  half_life_days: 365', // 43
  'missing_data:', // 44
  '  min_coverage: 0.6', // 45
  'robustness:', // 46
  '  seed: 1', // 47
  '  samples: 100', // 48
  '  spread: 0.25', // 49
];

/** The rubric with line `n` (1-based) replaced by `replacement` (which may hold several lines). */
function rubricWith(replacements: Record<number, string> = {}): string {
  return `${RUBRIC_LINES.map((line, i) => replacements[i + 1] ?? line).join('\n')}\n`;
}

function check(text: string) {
  return checkRubric(parseYaml({ path: FILE, text }), vendorSchema as JsonSchema);
}

/** The parts of a finding a user reads first: what kind, and where. */
function where(findings: Finding[]) {
  return findings.map(({ code, line, column }) => ({ code, line, column }));
}

describe('a valid rubric', () => {
  it('has no findings and yields the rubric', () => {
    const result = check(rubricWith());
    expect(result.findings).toEqual([]);
    expect(result.rubric?.dimensions.map((dimension) => dimension.id)).toEqual(['team', 'response']);
  });

  it('includes the committed rubric.yaml', () => {
    const result = check(readFileSync('rubric.yaml', 'utf8'));
    expect(result.findings).toEqual([]);
    expect(result.rubric?.dimensions.map((dimension) => [dimension.id, dimension.title['zh-CN']])).toEqual([
      ['team-scale', '团队规模'],
      ['response-time', '响应时效'],
      ['service-model', '服务模式'],
      ['technical-depth', '技术深度'],
      ['industry-experience', '行业经验'],
      ['resource-investment', '资源投入'],
      ['outsourcing', '外包与组织'],
      ['hidden-costs', '隐藏成本'],
    ]);
  });
});

describe('schema findings', () => {
  it('points at a typo in a key and suggests the real one', () => {
    const { rubric, findings } = check(rubricWith({ 11: '        directon: benefit' }));
    expect(rubric).toBeNull();
    expect(where(findings)).toEqual([{ code: 'schema-unknown-key', line: 11, column: 9 }]);
    expect(findings[0]!.hint).toBe('Did you mean `direction`?');
  });

  it('points at a weight below zero', () => {
    const { rubric, findings } = check(rubricWith({ 9: '        weight: -5' }));
    expect(rubric).toBeNull();
    // "        weight: " is 16 characters, so the value starts in column 17
    expect(where(findings)).toEqual([{ code: 'schema-range', line: 9, column: 17 }]);
    expect(findings[0]!.message).toBe('`dimensions[0].criteria[0].weight` is -5; it must be >= 0.');
  });

  it('points at an aggregate the schema does not know', () => {
    const { findings } = check(rubricWith({ 26: '        aggregate: average' }));
    expect(where(findings)).toEqual([{ code: 'schema-enum', line: 26, column: 20 }]);
  });
});

describe('weights', () => {
  it('reports dimension weights that do not sum to 100 at the dimensions key, with the actual sum', () => {
    const { rubric, findings } = check(rubricWith({ 5: '    weight: 45' }));
    expect(rubric).toBeNull();
    expect(where(findings)).toEqual([{ code: 'rubric-weights', line: 2, column: 1 }]);
    expect(findings[0]!.message).toBe('The dimension weights sum to 105; they must sum to 100.');
    expect(findings[0]!.hint).toBe('Now: team 45 + response 60.');
  });

  it("reports criterion weights that do not sum to 100 at that dimension's criteria key", () => {
    const { findings } = check(rubricWith({ 15: '        weight: 30' }));
    expect(where(findings)).toEqual([{ code: 'rubric-weights', line: 6, column: 5 }]);
    expect(findings[0]!.message).toBe('The criterion weights of `team` sum to 90; they must sum to 100 (each is a share of the dimension).');
  });

  it('accepts decimal weights whose sum is 100 up to floating point', () => {
    const text = rubricWith({ 9: '        weight: 66.7', 15: '        weight: 33.3' });
    expect(check(text).findings).toEqual([]);
  });
});

describe('fact paths', () => {
  it('reports a path the vendor schema lacks at the fact value and suggests the closest', () => {
    const { rubric, findings } = check(rubricWith({ 10: '        fact: team_scale.suport_headcount' }));
    expect(rubric).toBeNull();
    expect(where(findings)).toEqual([{ code: 'rubric-fact-path', line: 10, column: 15 }]);
    expect(findings[0]!.message).toBe('The vendor schema has no fact `team_scale.suport_headcount`.');
    expect(findings[0]!.hint).toBe('Did you mean `team_scale.support_headcount`?');
  });

  it('suggests the [] form for a list written without it', () => {
    const { findings } = check(rubricWith({ 25: '        fact: trial_probes.first_response_minutes' }));
    expect(where(findings)).toEqual([{ code: 'rubric-fact-path', line: 25, column: 15 }]);
    expect(findings[0]!.hint).toBe('Did you mean `trial_probes[].first_response_minutes`?');
  });

  it('reports a list path without an aggregate', () => {
    const { findings } = check(rubricWith({ 26: '        # no aggregate' }));
    expect(where(findings)).toEqual([{ code: 'rubric-fact-path', line: 25, column: 15 }]);
    expect(findings[0]!.hint).toBe('Add `aggregate:` `median`, `max`, `min`, `sum` or `count`.');
  });

  it('reports an aggregate on a single value', () => {
    const { findings } = check(rubricWith({ 11: '        aggregate: max\n        direction: benefit' }));
    expect(where(findings)).toEqual([{ code: 'rubric-fact-path', line: 11, column: 20 }]);
  });

  it('reports an aggregate that does not suit the items', () => {
    const { findings } = check(rubricWith({ 26: '        aggregate: share-true' }));
    expect(where(findings)).toEqual([{ code: 'rubric-fact-path', line: 26, column: 20 }]);
    expect(findings[0]!.message).toBe('`share-true` needs true/false values, but `trial_probes[].first_response_minutes` holds numbers.');
  });

  it('checks gate facts too', () => {
    const { findings } = check(rubricWith({ 32: '    fact: plan.urgent_escalation.availble' }));
    expect(where(findings)).toEqual([{ code: 'rubric-fact-path', line: 32, column: 11 }]);
  });
});

describe('applies_when', () => {
  const condition = (line: string) => rubricWith({ 17: `        levels: { "24x7": 4, extended: 3, business-hours: 1 }\n${line}` });

  it('accepts a condition on a fact the vendor schema has, with values it can take', () => {
    const { rubric, findings } = check(condition('        applies_when: { fact: outsourcing.support_organisation, in: [hybrid, outsourced] }'));
    expect(findings).toEqual([]);
    expect(rubric?.dimensions[0]!.criteria[1]!.applies_when).toEqual({ fact: 'outsourcing.support_organisation', in: ['hybrid', 'outsourced'] });
  });

  it('reports a condition on a fact the schema lacks, at its fact', () => {
    const { findings } = check(condition('        applies_when: { fact: outsourcing.support_organisaton, in: [hybrid] }'));
    expect(where(findings)).toEqual([{ code: 'rubric-fact-path', line: 18, column: 31 }]);
    expect(findings[0]!.hint).toBe('Did you mean `outsourcing.support_organisation`?');
  });

  it('reports a value the fact can never take, at that value', () => {
    const { findings } = check(condition('        applies_when: { fact: outsourcing.support_organisation, in: [hybird] }'));
    expect(where(findings)).toEqual([{ code: 'rubric-pass-value', line: 18, column: 70 }]);
    expect(findings[0]!.hint).toBe('Did you mean `hybrid`?');
  });
});

describe('thresholds and levels', () => {
  it('reports benefit thresholds that do not ascend at the first one out of order', () => {
    const { findings } = check(rubricWith({ 12: '        thresholds: [5, 40, 15, 100]' }));
    // "        thresholds: [5, 40, " is 28 characters: 15 starts in column 29
    expect(where(findings)).toEqual([{ code: 'rubric-threshold-order', line: 12, column: 29 }]);
    expect(findings[0]!.hint).toBe('Write [5, 15, 40, 100], or set `direction: cost` if less is better.');
  });

  it('reports cost thresholds that do not descend', () => {
    const { findings } = check(rubricWith({ 28: '        thresholds: [20, 60, 120, 240]' }));
    // "        thresholds: [20, " is 25 characters: 60 starts in column 26
    expect(where(findings)).toEqual([{ code: 'rubric-threshold-order', line: 28, column: 26 }]);
    expect(findings[0]!.message).toBe('The thresholds of `observed` must descend for a cost criterion (less is better), but 60 comes after 20.');
  });

  it('allows equal neighbouring thresholds, which skip a level', () => {
    expect(check(rubricWith({ 12: '        thresholds: [1, 1, 2, 3]' })).findings).toEqual([]);
  });

  it('reports thresholds without a direction', () => {
    const { findings } = check(rubricWith({ 11: '        # no direction' }));
    expect(where(findings)).toEqual([{ code: 'rubric-direction', line: 12, column: 9 }]);
  });

  it('reports both thresholds and levels', () => {
    const { findings } = check(rubricWith({ 17: '        levels: { "24x7": 4, extended: 3, business-hours: 1 }\n        direction: benefit\n        thresholds: [1, 2, 3, 4]' }));
    expect(where(findings)).toContainEqual({ code: 'rubric-level-mapping', line: 17, column: 9 });
  });

  it('reports a criterion with neither fact nor rating at its id', () => {
    const { findings } = check(rubricWith({ 16: '        # no fact', 17: '        # no levels' }));
    // "      - id: " is 12 characters: the id starts in column 13
    expect(where(findings)).toEqual([{ code: 'rubric-criterion-kind', line: 13, column: 13 }]);
  });

  it('reports a criterion with both fact and rating', () => {
    const rating = ['        rating:', '          anchors:', ...['1', '2', '3', '4', '5'].map((n) => `            "${n}": { en: r${n}, zh-CN: r${n} }`)].join('\n');
    const { findings } = check(rubricWith({ 17: `        levels: { "24x7": 4, extended: 3, business-hours: 1 }\n${rating}` }));
    expect(where(findings)).toEqual([{ code: 'rubric-criterion-kind', line: 18, column: 9 }]);
  });

  it('reports level keys the fact can never take, and values without a level', () => {
    const { findings } = check(rubricWith({ 17: '        levels: { "24x7": 4, extendd: 3, business-hours: 1 }' }));
    // "        levels: { "24x7": 4, " is 29 characters: extendd starts in column 30
    expect(where(findings)).toEqual([
      { code: 'rubric-level-unknown-value', line: 17, column: 30 },
      { code: 'rubric-level-missing', line: 17, column: 9 },
    ]);
    expect(findings[0]!.hint).toBe('Did you mean `extended`?');
    expect(findings[1]!.message).toBe('The levels of `coverage` give no level for `extended`; a vendor with that value could not be scored.');
  });

  it('reports thresholds on a fact that holds text', () => {
    const { findings } = check(rubricWith({ 17: '        direction: benefit\n        thresholds: [1, 2, 3, 4]' }));
    expect(where(findings)).toEqual([{ code: 'rubric-level-mapping', line: 18, column: 9 }]);
  });

  it('reports a passing value a gate fact can never take', () => {
    const { findings } = check(rubricWith({ 33: '    pass_when: ["yes"]' }));
    expect(where(findings)).toEqual([{ code: 'rubric-pass-value', line: 33, column: 17 }]);
  });

  it('reports bands out of order and a last band above 0', () => {
    const { findings } = check(rubricWith({ 38: '    - { id: good, min: 0 }', 39: '    - { id: poor, min: 10 }' }));
    // "    - { id: poor, min: " is 23 characters: 10 starts in column 24
    expect(where(findings)).toEqual([
      { code: 'rubric-band-order', line: 39, column: 24 },
      { code: 'rubric-band-order', line: 39, column: 24 },
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'Band `poor` starts at 10, not below the band before it (0).',
      'The last band `poor` starts at 10, so lower scores would have no band.',
    ]);
  });
});

describe('ids', () => {
  it('reports a criterion id used twice, even across dimensions', () => {
    const { rubric, findings } = check(rubricWith({ 22: '      - id: headcount' }));
    expect(rubric).toBeNull();
    expect(where(findings)).toEqual([{ code: 'rubric-duplicate-id', line: 22, column: 13 }]);
    expect(findings[0]!.message).toBe('The criterion id `headcount` is used twice.');
  });

  it('reports a dimension id used twice', () => {
    const { findings } = check(rubricWith({ 18: '  - id: team' }));
    expect(where(findings)).toEqual([{ code: 'rubric-duplicate-id', line: 18, column: 9 }]);
  });
});

describe('the rubric schema', () => {
  it('documents every property in English and Chinese', () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      // A bare `$ref` (list items) is documented where it points, in $defs.
      if (Object.keys(schema).length === 1 && '$ref' in schema) return;
      const title = String(schema.title ?? '');
      const description = String(schema.description ?? '');
      if (!/^[^/]+ \/ .*\p{Script=Han}/u.test(title) || !/[a-z].*\p{Script=Han}/su.test(description)) undocumented.push(path);
      for (const [key, child] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) visit(child, `${path}.${key}`);
      for (const [key, child] of Object.entries((schema.$defs as Record<string, unknown>) ?? {})) visit(child, `${path}.$defs.${key}`);
      if (schema.items) visit(schema.items, `${path}[]`);
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${path}.*`);
    };
    visit(RUBRIC_SCHEMA, '#');
    expect(undocumented).toEqual([]);
  });
});
