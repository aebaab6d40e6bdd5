// rubric.yaml is reviewed data like the vendor files: first the JSON Schema (shape, ranges, typo'd keys with
// "did you mean"), then the rules a schema cannot state — weights that sum to 100, fact paths that exist in the
// vendor schema, thresholds in the right order, one kind per criterion, unique ids — each reported at its line.
import rubricSchema from '../../../../schemas/rubric.schema.json' with { type: 'json' };
import { hasErrors } from '../types/findings.js';
import type { Finding, FindingCode } from '../types/findings.js';
import { findingAt } from './locate-node.js';
import type { PathSegment, Target } from './locate-node.js';
import type { ParsedYaml } from './parse-yaml.js';
import type { Aggregate, Criterion, FactCriterion, Rubric } from '../types/rubric.js';
import { suggestClosest } from '../text/suggest.js';
import { validateAgainstSchema } from './validate-schema.js';
import type { JsonSchema } from './validate-schema.js';
import { describeFactShape, listFactPaths } from './fact-path.js';
import type { FactShape } from './fact-path.js';

export const RUBRIC_SCHEMA = rubricSchema as JsonSchema;

/** Aggregates that turn a list into a number, and the type of item each of them needs. */
const AGGREGATE_ITEM_TYPE: Record<Aggregate, string | undefined> = {
  count: undefined, // counts anything
  median: 'number',
  max: 'number',
  min: 'number',
  sum: 'number',
  'share-true': 'boolean',
};

/** Weights are written by people as whole or decimal percentages; allow for binary fractions like 33.3 × 3. */
const WEIGHT_TOLERANCE = 1e-6;

export function checkRubric(parsed: ParsedYaml, vendorSchema: JsonSchema): { rubric: Rubric | null; findings: Finding[] } {
  const schemaFindings = validateAgainstSchema(parsed, 'rubric');
  // The semantic rules read the data as a Rubric; only a schema-valid file is safe to read that way.
  if (schemaFindings.length) return { rubric: null, findings: schemaFindings };
  const rubric = parsed.data as Rubric;
  const report = createReporter(parsed);
  checkWeights(rubric, report);
  checkUniqueIds(rubric, report);
  const facts = { schema: vendorSchema, paths: listFactPaths(vendorSchema) };
  rubric.dimensions.forEach((dimension, d) =>
    dimension.criteria.forEach((criterion, c) => checkCriterion(criterion, ['dimensions', d, 'criteria', c], facts, report)),
  );
  rubric.gates.forEach((gate, g) => {
    const at: PathSegment[] = ['gates', g];
    const shape = checkFactPath(gate.fact, gate.aggregate, at, facts, report);
    if (shape) checkPassValues(gate.pass_when, shape, gate.aggregate, at, report);
  });
  checkBands(rubric, report);
  const findings = report.findings;
  return { rubric: hasErrors(findings) ? null : rubric, findings };
}

type Report = (path: readonly PathSegment[], target: Target, code: FindingCode, message: string, hint?: string) => void;

function createReporter(parsed: ParsedYaml): Report & { findings: Finding[] } {
  const findings: Finding[] = [];
  const report = (path: readonly PathSegment[], target: Target, code: FindingCode, message: string, hint?: string) => {
    findings.push(findingAt(parsed, path, code, message, hint, target));
  };
  return Object.assign(report, { findings });
}

interface FactPaths {
  schema: JsonSchema;
  paths: string[];
}

function checkWeights(rubric: Rubric, report: Report): void {
  const dimensionSum = sum(rubric.dimensions.map((dimension) => dimension.weight));
  if (Math.abs(dimensionSum - 100) > WEIGHT_TOLERANCE) {
    report(
      ['dimensions'],
      'key',
      'rubric-weights',
      `The dimension weights sum to ${formatNumber(dimensionSum)}; they must sum to 100.`,
      `Now: ${rubric.dimensions.map((dimension) => `${dimension.id} ${formatNumber(dimension.weight)}`).join(' + ')}.`,
    );
  }
  rubric.dimensions.forEach((dimension, d) => {
    const criteriaSum = sum(dimension.criteria.map((criterion) => criterion.weight));
    if (Math.abs(criteriaSum - 100) > WEIGHT_TOLERANCE) {
      report(
        ['dimensions', d, 'criteria'],
        'key',
        'rubric-weights',
        `The criterion weights of \`${dimension.id}\` sum to ${formatNumber(criteriaSum)}; they must sum to 100 (each is a share of the dimension).`,
        `Now: ${dimension.criteria.map((criterion) => `${criterion.id} ${formatNumber(criterion.weight)}`).join(' + ')}.`,
      );
    }
  });
}

/** Criterion ids are unique across the whole rubric, because vendor ratings name a criterion without its dimension. */
function checkUniqueIds(rubric: Rubric, report: Report): void {
  const checkList = (kind: string, items: Array<{ id: string; path: PathSegment[] }>) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) {
        report([...item.path, 'id'], 'value', 'rubric-duplicate-id', `The ${kind} id \`${item.id}\` is used twice.`, `Give each ${kind} its own id.`);
      }
      seen.add(item.id);
    }
  };
  checkList(
    'dimension',
    rubric.dimensions.map((dimension, d) => ({ id: dimension.id, path: ['dimensions', d] })),
  );
  checkList(
    'criterion',
    rubric.dimensions.flatMap((dimension, d) => dimension.criteria.map((criterion, c) => ({ id: criterion.id, path: ['dimensions', d, 'criteria', c] }))),
  );
  checkList(
    'gate',
    rubric.gates.map((gate, g) => ({ id: gate.id, path: ['gates', g] })),
  );
  checkList(
    'band',
    rubric.verdict.bands.map((band, b) => ({ id: band.id, path: ['verdict', 'bands', b] })),
  );
}

function checkCriterion(criterion: Criterion, at: PathSegment[], facts: FactPaths, report: Report): void {
  if (criterion.applies_when) {
    const condition = [...at, 'applies_when'];
    const shape = checkFactPath(criterion.applies_when.fact, undefined, condition, facts, report);
    if (shape) checkPassValues(criterion.applies_when.in, shape, undefined, condition, report, 'in');
  }
  const fields = criterion as Partial<FactCriterion> & { rating?: unknown };
  const hasFact = fields.fact !== undefined;
  const hasRating = fields.rating !== undefined;
  if (hasFact === hasRating) {
    report(
      hasRating ? [...at, 'rating'] : [...at, 'id'],
      hasRating ? 'key' : 'value',
      'rubric-thresholds',
      hasRating
        ? `The criterion \`${criterion.id}\` has both \`fact\` and \`rating\`; a criterion is either fact-based or rating-based.`
        : `The criterion \`${criterion.id}\` has neither \`fact\` nor \`rating\`, so nothing can score it.`,
      'Keep `fact` with `thresholds` or `levels` for a fact from the vendor file, or `rating` for evaluator ratings.',
    );
    return;
  }
  if (hasRating) {
    for (const key of ['aggregate', 'direction', 'thresholds', 'levels'] as const) {
      if (fields[key] === undefined) continue;
      report(
        [...at, key],
        'key',
        'rubric-thresholds',
        `The rating criterion \`${criterion.id}\` takes no \`${key}\`: its level is the median rating minus 1.`,
        `Remove \`${key}\`.`,
      );
    }
    return;
  }
  checkFactCriterion(criterion as FactCriterion, at, facts, report);
}

function checkFactCriterion(criterion: FactCriterion, at: PathSegment[], facts: FactPaths, report: Report): void {
  const { thresholds, levels, direction } = criterion;
  if ((thresholds === undefined) === (levels === undefined)) {
    report(
      levels !== undefined ? [...at, 'levels'] : [...at, 'fact'],
      'key',
      'rubric-thresholds',
      levels !== undefined
        ? `The criterion \`${criterion.id}\` has both \`thresholds\` and \`levels\`; use exactly one.`
        : `The criterion \`${criterion.id}\` needs \`thresholds\` (for numbers) or \`levels\` (for enum or boolean values) to turn its fact into a level.`,
      'Numbers: `direction` and four `thresholds`. Enums and booleans: `levels` with a level 0-4 for each value.',
    );
  }
  if (thresholds !== undefined) checkThresholdOrder(criterion, at, report);
  if (levels !== undefined && direction !== undefined) {
    report(
      [...at, 'direction'],
      'key',
      'rubric-thresholds',
      `\`direction\` applies only to \`thresholds\`; the levels of \`${criterion.id}\` already say which value is better.`,
      'Remove `direction`.',
    );
  }

  const shape = checkFactPath(criterion.fact, criterion.aggregate, at, facts, report);
  if (!shape) return;
  const numeric = criterion.aggregate !== undefined || shape.type === 'number';
  if (thresholds !== undefined && !numeric) {
    report(
      [...at, 'thresholds'],
      'key',
      'rubric-thresholds',
      `\`${criterion.fact}\` holds ${shape.type === 'boolean' ? 'true or false' : 'text'}, which thresholds cannot compare.`,
      shape.values ? `Use \`levels\` with a level for each of: ${shape.values.join(', ')}.` : 'Use `levels`.',
    );
  }
  if (levels !== undefined) checkLevelKeys(criterion, levels, shape, numeric, at, report);
}

function checkThresholdOrder(criterion: FactCriterion, at: PathSegment[], report: Report): void {
  const thresholds = criterion.thresholds ?? [];
  if (criterion.direction === undefined) {
    report(
      [...at, 'thresholds'],
      'key',
      'rubric-thresholds',
      `The thresholds of \`${criterion.id}\` need a \`direction\`: benefit (more is better) or cost (less is better).`,
      'Add `direction: benefit` or `direction: cost`.',
    );
    return;
  }
  const ascending = criterion.direction === 'benefit';
  // Equal neighbours are allowed: they skip a level (a count of 1 may already be worth level 2).
  const wrong = thresholds.findIndex((value, i) => i > 0 && (ascending ? value < thresholds[i - 1]! : value > thresholds[i - 1]!));
  if (wrong < 0) return;
  const sorted = [...thresholds].sort((a, b) => (ascending ? a - b : b - a));
  report(
    [...at, 'thresholds', wrong],
    'value',
    'rubric-thresholds',
    ascending
      ? `The thresholds of \`${criterion.id}\` must ascend for a benefit criterion (more is better), but ${formatNumber(thresholds[wrong]!)} comes after ${formatNumber(thresholds[wrong - 1]!)}.`
      : `The thresholds of \`${criterion.id}\` must descend for a cost criterion (less is better), but ${formatNumber(thresholds[wrong]!)} comes after ${formatNumber(thresholds[wrong - 1]!)}.`,
    `Write [${sorted.map(formatNumber).join(', ')}], or set \`direction: ${ascending ? 'cost' : 'benefit'}\` if ${ascending ? 'less' : 'more'} is better.`,
  );
}

function checkLevelKeys(
  criterion: FactCriterion,
  levels: Record<string, number>,
  shape: FactShape,
  numeric: boolean,
  at: PathSegment[],
  report: Report,
): void {
  if (numeric) {
    report(
      [...at, 'levels'],
      'key',
      'rubric-thresholds',
      `\`${criterion.fact}\`${criterion.aggregate ? ` (${criterion.aggregate})` : ''} is a number; \`levels\` are for enum and boolean values.`,
      'Use `direction` and four `thresholds` instead.',
    );
    return;
  }
  const values = shape.values;
  if (!values) return; // free text: any key may be meant
  for (const key of Object.keys(levels)) {
    if (values.includes(key)) continue;
    const closest = suggestClosest(key, values);
    report(
      [...at, 'levels', key],
      'key',
      'rubric-thresholds',
      `\`${criterion.fact}\` can never be \`${key}\`, so this level is never used.`,
      closest ? `Did you mean \`${closest}\`?` : `Possible values: ${values.join(', ')}.`,
    );
  }
  const missing = values.filter((value) => !Object.hasOwn(levels, value));
  if (missing.length) {
    report(
      [...at, 'levels'],
      'key',
      'rubric-thresholds',
      `The levels of \`${criterion.id}\` give no level for ${missing.map((value) => `\`${value}\``).join(', ')}; a vendor with that value could not be scored.`,
      `Add ${missing.map((value) => `\`${quoteKey(value)}: <0-4>\``).join(', ')}.`,
    );
  }
}

/** The path must exist in the vendor schema, and lists need an aggregate that suits their items (and only lists). */
function checkFactPath(fact: string, aggregate: Aggregate | undefined, at: PathSegment[], facts: FactPaths, report: Report): FactShape | null {
  const shape = describeFactShape(facts.schema, fact);
  if (!shape) {
    const closest = suggestClosest(fact, facts.paths);
    report(
      [...at, 'fact'],
      'value',
      'rubric-fact-path',
      `The vendor schema has no fact \`${fact}\`.`,
      closest ? `Did you mean \`${closest}\`?` : 'Paths are dotted keys of a vendor file, e.g. team_scale.support_headcount; write `[]` after a list, e.g. trial_probes[].first_response_minutes.',
    );
    return null;
  }
  if (shape.listValued && aggregate === undefined) {
    report(
      [...at, 'fact'],
      'value',
      'rubric-fact-path',
      `\`${fact}\` is a list of values; say how to make one value of it.`,
      `Add \`aggregate:\` ${shape.type === 'boolean' ? '`share-true` or `count`' : shape.type === 'number' ? '`median`, `max`, `min`, `sum` or `count`' : '`count`'}.`,
    );
    return null;
  }
  if (!shape.listValued && aggregate !== undefined) {
    report(
      [...at, 'aggregate'],
      'value',
      'rubric-fact-path',
      `\`${fact}\` is a single value, so there is nothing to aggregate.`,
      'Remove `aggregate`, or point `fact` at a list (write `[]` after the list key).',
    );
    return null;
  }
  const needed = aggregate ? AGGREGATE_ITEM_TYPE[aggregate] : undefined;
  if (needed && shape.type !== needed) {
    report(
      [...at, 'aggregate'],
      'value',
      'rubric-fact-path',
      `\`${aggregate}\` needs ${needed === 'number' ? 'numbers' : 'true/false values'}, but \`${fact}\` holds ${describeType(shape.type)}.`,
      shape.type === 'boolean' ? 'Use `share-true` or `count`.' : 'Use `count`.',
    );
    return null;
  }
  return shape;
}

/** The values a gate passes on, or a condition holds for (`key`), must be values the fact can take. */
function checkPassValues(
  passWhen: ReadonlyArray<unknown>,
  shape: FactShape,
  aggregate: Aggregate | undefined,
  at: PathSegment[],
  report: Report,
  key: 'pass_when' | 'in' = 'pass_when',
): void {
  passWhen.forEach((value, i) => {
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    // Aggregates produce numbers, so the fact's own enum does not apply to them.
    const values = aggregate ? undefined : shape.values;
    if (scalar && (!values || values.includes(String(value)))) return;
    const closest = scalar && values ? suggestClosest(String(value), values) : undefined;
    report(
      [...at, key, i],
      'value',
      'rubric-thresholds',
      scalar ? `The fact can never be ${JSON.stringify(value)}, so this passing value never matches.` : 'A passing value must be a single string, number or boolean.',
      closest ? `Did you mean \`${closest}\`?` : values ? `Possible values: ${values.join(', ')}.` : undefined,
    );
  });
}

/** Bands are looked up from the highest: their minimums must fall, and the last must catch every score. */
function checkBands(rubric: Rubric, report: Report): void {
  const bands = rubric.verdict.bands;
  bands.forEach((band, b) => {
    if (b === 0 || band.min < bands[b - 1]!.min) return;
    report(
      ['verdict', 'bands', b, 'min'],
      'value',
      'rubric-thresholds',
      `Band \`${band.id}\` starts at ${formatNumber(band.min)}, not below the band before it (${formatNumber(bands[b - 1]!.min)}).`,
      'List the bands from the highest minimum to the lowest.',
    );
  });
  const last = bands[bands.length - 1];
  if (last && last.min !== 0) {
    report(
      ['verdict', 'bands', bands.length - 1, 'min'],
      'value',
      'rubric-thresholds',
      `The last band \`${last.id}\` starts at ${formatNumber(last.min)}, so lower scores would have no band.`,
      'Set its `min` to 0.',
    );
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** 33.300000000000004 → 33.3: sums are reported as people wrote the weights. */
function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

function quoteKey(value: string): string {
  return /^[a-z][a-z-]*$/.test(value) && value !== 'true' && value !== 'false' ? value : `"${value}"`;
}

function describeType(type: string | undefined): string {
  if (type === 'boolean') return 'true/false values';
  if (type === 'string') return 'text';
  if (type === 'number') return 'numbers';
  return type ? `${type}s` : 'values of no fixed type';
}
