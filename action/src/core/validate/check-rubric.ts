// rubric.yaml is reviewed data like the vendor files: first the JSON Schema (shape, ranges, typo'd keys with
// "did you mean"), then the rules a schema cannot state — weights that sum to 100, fact paths that exist in the
// vendor schema, thresholds in the right order, one kind per criterion, unique ids — each reported at its line.
import rubricSchema from '../../../../schemas/rubric.schema.json' with { type: 'json' };
import { hasErrors } from './findings.js';
import type { Finding } from '../types/findings.js';
import { findingAt } from './locate-node.js';
import type { FindingText } from './locate-node.js';
import type { PathSegment, Target } from './locate-node.js';
import type { ParsedYaml } from './parse-yaml.js';
import type { Aggregate, Criterion, FactCriterion, Rubric } from '../types/rubric.js';
import { suggestClosest } from '../text/suggest.js';
import { laterRepeats } from '../text/later-repeats.js';
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
  const context: Context = { schema: vendorSchema, paths: listFactPaths(vendorSchema), report };
  rubric.dimensions.forEach((dimension, d) =>
    dimension.criteria.forEach((criterion, c) => checkCriterion(criterion, ['dimensions', d, 'criteria', c], context)),
  );
  rubric.gates.forEach((gate, g) => {
    const at: PathSegment[] = ['gates', g];
    const shape = checkFactPath({ fact: gate.fact, aggregate: gate.aggregate, at }, context);
    if (shape) checkPassValues({ values: gate.pass_when, shape, aggregate: gate.aggregate, at, key: 'pass_when' }, report);
  });
  checkBands(rubric, report);
  const findings = report.findings;
  return { rubric: hasErrors(findings) ? null : rubric, findings };
}

/** Reports one finding; `target: 'key'` points at the key of `path` rather than its value. */
type Report = (finding: FindingText & { path: readonly PathSegment[]; target: Target }) => void;

function createReporter(parsed: ParsedYaml): Report & { findings: Finding[] } {
  const findings: Finding[] = [];
  const report: Report = (finding) => void findings.push(findingAt(parsed, finding));
  return Object.assign(report, { findings });
}

/** What every check of a criterion or gate reads: the vendor schema's facts, and where to report. */
interface Context {
  schema: JsonSchema;
  paths: string[];
  report: Report;
}

function checkWeights(rubric: Rubric, report: Report): void {
  const dimensionSum = sum(rubric.dimensions.map((dimension) => dimension.weight));
  if (Math.abs(dimensionSum - 100) > WEIGHT_TOLERANCE) {
    report({
      path: ['dimensions'],
      target: 'key',
      code: 'rubric-weights',
      message: `The dimension weights sum to ${formatNumber(dimensionSum)}; they must sum to 100.`,
      hint: `Now: ${rubric.dimensions.map((dimension) => `${dimension.id} ${formatNumber(dimension.weight)}`).join(' + ')}.`,
    });
  }
  rubric.dimensions.forEach((dimension, d) => {
    const criteriaSum = sum(dimension.criteria.map((criterion) => criterion.weight));
    if (Math.abs(criteriaSum - 100) > WEIGHT_TOLERANCE) {
      report({
        path: ['dimensions', d, 'criteria'],
        target: 'key',
        code: 'rubric-weights',
        message: `The criterion weights of \`${dimension.id}\` sum to ${formatNumber(criteriaSum)}; they must sum to 100 (each is a share of the dimension).`,
        hint: `Now: ${dimension.criteria.map((criterion) => `${criterion.id} ${formatNumber(criterion.weight)}`).join(' + ')}.`,
      });
    }
  });
}

/** Criterion ids are unique across the whole rubric, because vendor ratings name a criterion without its dimension. */
function checkUniqueIds(rubric: Rubric, report: Report): void {
  const checkList = (kind: string, items: Array<{ id: string; path: PathSegment[] }>) => {
    for (const index of laterRepeats(items.map((item) => item.id))) {
      report({
        path: [...items[index]!.path, 'id'],
        target: 'value',
        code: 'rubric-duplicate-id',
        message: `The ${kind} id \`${items[index]!.id}\` is used twice.`,
        hint: `Give each ${kind} its own id.`,
      });
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

function checkCriterion(criterion: Criterion, at: PathSegment[], context: Context): void {
  const { report } = context;
  if (criterion.applies_when) {
    const condition = [...at, 'applies_when'];
    const shape = checkFactPath({ fact: criterion.applies_when.fact, aggregate: undefined, at: condition }, context);
    if (shape) checkPassValues({ values: criterion.applies_when.in, shape, aggregate: undefined, at: condition, key: 'in' }, report);
  }
  const fields = criterion as Partial<FactCriterion> & { rating?: unknown };
  const hasFact = fields.fact !== undefined;
  const hasRating = fields.rating !== undefined;
  if (hasFact === hasRating) {
    report({
      path: hasRating ? [...at, 'rating'] : [...at, 'id'],
      target: hasRating ? 'key' : 'value',
      code: 'rubric-criterion-kind',
      message: hasRating
        ? `The criterion \`${criterion.id}\` has both \`fact\` and \`rating\`; a criterion is either fact-based or rating-based.`
        : `The criterion \`${criterion.id}\` has neither \`fact\` nor \`rating\`, so nothing can score it.`,
      hint: 'Keep `fact` with `thresholds` or `levels` for a fact from the vendor file, or `rating` for evaluator ratings.',
    });
    return;
  }
  if (hasRating) {
    for (const key of ['aggregate', 'direction', 'thresholds', 'levels'] as const) {
      if (fields[key] === undefined) continue;
      report({
        path: [...at, key],
        target: 'key',
        code: 'rubric-criterion-kind',
        message: `The rating criterion \`${criterion.id}\` takes no \`${key}\`: its level is the median rating minus 1.`,
        hint: `Remove \`${key}\`.`,
      });
    }
    return;
  }
  checkFactCriterion(criterion as FactCriterion, at, context);
}

function checkFactCriterion(criterion: FactCriterion, at: PathSegment[], context: Context): void {
  const { report } = context;
  const { thresholds, levels, direction } = criterion;
  if ((thresholds === undefined) === (levels === undefined)) {
    report({
      path: levels !== undefined ? [...at, 'levels'] : [...at, 'fact'],
      target: 'key',
      code: 'rubric-level-mapping',
      message:
        levels !== undefined
          ? `The criterion \`${criterion.id}\` has both \`thresholds\` and \`levels\`; use exactly one.`
          : `The criterion \`${criterion.id}\` needs \`thresholds\` (for numbers) or \`levels\` (for enum or boolean values) to turn its fact into a level.`,
      hint: 'Numbers: `direction` and four `thresholds`. Enums and booleans: `levels` with a level 0-4 for each value.',
    });
  }
  if (thresholds !== undefined) checkThresholdOrder(criterion, at, report);
  if (levels !== undefined && direction !== undefined) {
    report({
      path: [...at, 'direction'],
      target: 'key',
      code: 'rubric-level-mapping',
      message: `\`direction\` applies only to \`thresholds\`; the levels of \`${criterion.id}\` already say which value is better.`,
      hint: 'Remove `direction`.',
    });
  }

  const shape = checkFactPath({ fact: criterion.fact, aggregate: criterion.aggregate, at }, context);
  if (!shape) return;
  const numeric = criterion.aggregate !== undefined || shape.type === 'number';
  if (thresholds !== undefined && !numeric) {
    report({
      path: [...at, 'thresholds'],
      target: 'key',
      code: 'rubric-level-mapping',
      message: `\`${criterion.fact}\` holds ${shape.type === 'boolean' ? 'true or false' : 'text'}, which thresholds cannot compare.`,
      hint: shape.values ? `Use \`levels\` with a level for each of: ${shape.values.join(', ')}.` : 'Use `levels`.',
    });
  }
  if (levels !== undefined) checkLevelKeys({ criterion, levels, shape, numeric, at }, report);
}

function checkThresholdOrder(criterion: FactCriterion, at: PathSegment[], report: Report): void {
  const thresholds = criterion.thresholds ?? [];
  if (criterion.direction === undefined) {
    report({
      path: [...at, 'thresholds'],
      target: 'key',
      code: 'rubric-direction',
      message: `The thresholds of \`${criterion.id}\` need a \`direction\`: benefit (more is better) or cost (less is better).`,
      hint: 'Add `direction: benefit` or `direction: cost`.',
    });
    return;
  }
  const ascending = criterion.direction === 'benefit';
  // Equal neighbours are allowed: they skip a level (a count of 1 may already be worth level 2).
  const wrong = thresholds.findIndex((value, i) => i > 0 && (ascending ? value < thresholds[i - 1]! : value > thresholds[i - 1]!));
  if (wrong < 0) return;
  const sorted = [...thresholds].sort((a, b) => (ascending ? a - b : b - a));
  report({
    path: [...at, 'thresholds', wrong],
    target: 'value',
    code: 'rubric-threshold-order',
    message: ascending
      ? `The thresholds of \`${criterion.id}\` must ascend for a benefit criterion (more is better), but ${formatNumber(thresholds[wrong]!)} comes after ${formatNumber(thresholds[wrong - 1]!)}.`
      : `The thresholds of \`${criterion.id}\` must descend for a cost criterion (less is better), but ${formatNumber(thresholds[wrong]!)} comes after ${formatNumber(thresholds[wrong - 1]!)}.`,
    hint: `Write [${sorted.map(formatNumber).join(', ')}], or set \`direction: ${ascending ? 'cost' : 'benefit'}\` if ${ascending ? 'less' : 'more'} is better.`,
  });
}

/** `numeric`: the criterion reads a number (a numeric fact, or any aggregate), which levels cannot key. */
function checkLevelKeys(
  input: { criterion: FactCriterion; levels: Record<string, number>; shape: FactShape; numeric: boolean; at: PathSegment[] },
  report: Report,
): void {
  const { criterion, levels, shape, numeric, at } = input;
  if (numeric) {
    report({
      path: [...at, 'levels'],
      target: 'key',
      code: 'rubric-level-mapping',
      message: `\`${criterion.fact}\`${criterion.aggregate ? ` (${criterion.aggregate})` : ''} is a number; \`levels\` are for enum and boolean values.`,
      hint: 'Use `direction` and four `thresholds` instead.',
    });
    return;
  }
  const values = shape.values;
  if (!values) return; // free text: any key may be meant
  for (const key of Object.keys(levels)) {
    if (values.includes(key)) continue;
    const closest = suggestClosest(key, values);
    report({
      path: [...at, 'levels', key],
      target: 'key',
      code: 'rubric-level-unknown-value',
      message: `\`${criterion.fact}\` can never be \`${key}\`, so this level is never used.`,
      hint: closest ? `Did you mean \`${closest}\`?` : `Possible values: ${values.join(', ')}.`,
    });
  }
  const missing = values.filter((value) => !Object.hasOwn(levels, value));
  if (missing.length) {
    report({
      path: [...at, 'levels'],
      target: 'key',
      code: 'rubric-level-missing',
      message: `The levels of \`${criterion.id}\` give no level for ${missing.map((value) => `\`${value}\``).join(', ')}; a vendor with that value could not be scored.`,
      hint: `Add ${missing.map((value) => `\`${quoteKey(value)}: <0-4>\``).join(', ')}.`,
    });
  }
}

/** The path must exist in the vendor schema, and lists need an aggregate that suits their items (and only lists). */
function checkFactPath({ fact, aggregate, at }: { fact: string; aggregate: Aggregate | undefined; at: PathSegment[] }, context: Context): FactShape | null {
  const { report } = context;
  const shape = describeFactShape(context.schema, fact);
  if (!shape) {
    const closest = suggestClosest(fact, context.paths);
    report({
      path: [...at, 'fact'],
      target: 'value',
      code: 'rubric-fact-path',
      message: `The vendor schema has no fact \`${fact}\`.`,
      hint: closest
        ? `Did you mean \`${closest}\`?`
        : 'Paths are dotted keys of a vendor file, e.g. team_scale.support_headcount; write `[]` after a list, e.g. trial_probes[].first_response_minutes.',
    });
    return null;
  }
  if (shape.listValued && aggregate === undefined) {
    report({
      path: [...at, 'fact'],
      target: 'value',
      code: 'rubric-fact-path',
      message: `\`${fact}\` is a list of values; say how to make one value of it.`,
      hint: `Add \`aggregate:\` ${shape.type === 'boolean' ? '`share-true` or `count`' : shape.type === 'number' ? '`median`, `max`, `min`, `sum` or `count`' : '`count`'}.`,
    });
    return null;
  }
  if (!shape.listValued && aggregate !== undefined) {
    report({
      path: [...at, 'aggregate'],
      target: 'value',
      code: 'rubric-fact-path',
      message: `\`${fact}\` is a single value, so there is nothing to aggregate.`,
      hint: 'Remove `aggregate`, or point `fact` at a list (write `[]` after the list key).',
    });
    return null;
  }
  const needed = aggregate ? AGGREGATE_ITEM_TYPE[aggregate] : undefined;
  if (needed && shape.type !== needed) {
    report({
      path: [...at, 'aggregate'],
      target: 'value',
      code: 'rubric-fact-path',
      message: `\`${aggregate}\` needs ${needed === 'number' ? 'numbers' : 'true/false values'}, but \`${fact}\` holds ${describeType(shape.type)}.`,
      hint: shape.type === 'boolean' ? 'Use `share-true` or `count`.' : 'Use `count`.',
    });
    return null;
  }
  return shape;
}

/** The values a gate passes on, or a condition holds for (`key`), must be values the fact can take. */
function checkPassValues(
  input: { values: ReadonlyArray<unknown>; shape: FactShape; aggregate: Aggregate | undefined; at: PathSegment[]; key: 'pass_when' | 'in' },
  report: Report,
): void {
  const { shape, aggregate, at, key } = input;
  input.values.forEach((value, i) => {
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    // Aggregates produce numbers, so the fact's own enum does not apply to them.
    const values = aggregate ? undefined : shape.values;
    if (scalar && (!values || values.includes(String(value)))) return;
    const closest = scalar && values ? suggestClosest(String(value), values) : undefined;
    report({
      path: [...at, key, i],
      target: 'value',
      code: 'rubric-pass-value',
      message: scalar
        ? `The fact can never be ${JSON.stringify(value)}, so this passing value never matches.`
        : 'A passing value must be a single string, number or boolean.',
      hint: closest ? `Did you mean \`${closest}\`?` : values ? `Possible values: ${values.join(', ')}.` : undefined,
    });
  });
}

/** Bands are looked up from the highest: their minimums must fall, and the last must catch every score. */
function checkBands(rubric: Rubric, report: Report): void {
  const bands = rubric.verdict.bands;
  bands.forEach((band, b) => {
    if (b === 0 || band.min < bands[b - 1]!.min) return;
    report({
      path: ['verdict', 'bands', b, 'min'],
      target: 'value',
      code: 'rubric-band-order',
      message: `Band \`${band.id}\` starts at ${formatNumber(band.min)}, not below the band before it (${formatNumber(bands[b - 1]!.min)}).`,
      hint: 'List the bands from the highest minimum to the lowest.',
    });
  });
  const last = bands[bands.length - 1];
  if (last && last.min !== 0) {
    report({
      path: ['verdict', 'bands', bands.length - 1, 'min'],
      target: 'value',
      code: 'rubric-band-order',
      message: `The last band \`${last.id}\` starts at ${formatNumber(last.min)}, so lower scores would have no band.`,
      hint: 'Set its `min` to 0.',
    });
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
