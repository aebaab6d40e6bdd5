// Validates parsed YAML against one of the project's JSON Schemas (2020-12, compiled ahead of time by
// scripts/compile-schemas.mjs) and turns every ajv error into a finding that points at the offending node and is
// written for people, not as an ajv dump.
import type { ErrorObject } from 'ajv';
import type { Finding, FindingCode } from '../types/findings.js';
import { formatPath, locateNode, splitPointer } from './locate-node.js';
import type { PathSegment, Target } from './locate-node.js';
import { MAX_FINDINGS_PER_FILE, tooManyProblems } from './findings.js';
import type { ParsedYaml } from './parse-yaml.js';
import * as validators from './schema-validators.js';
import { suggestClosest } from '../text/suggest.js';

export type JsonSchema = Record<string, unknown>;

/** The schemas of schemas/: vendor.schema.json, rubric.schema.json, config.schema.json. */
export type SchemaName = keyof typeof validators;

export function validateAgainstSchema(parsed: ParsedYaml, schema: SchemaName): Finding[] {
  const validate = validators[schema];
  if (validate(parsed.data)) return [];
  const errors = validate.errors ?? [];
  // With allErrors a wrong type also fails the keywords that depend on it; the type error says it all.
  const typeFailures = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let unlisted = 0;
  let firstUnlisted: ErrorObject | null = null;
  for (const error of errors) {
    if (error.keyword !== 'type' && typeFailures.has(error.instancePath)) continue;
    // The branches of a oneOf can fail alike at one place; each way of failing is told once.
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Describing (with its suggestions) and locating walk the data: a file of thousands of mistakes gets that for the first ones.
    if (findings.length >= MAX_FINDINGS_PER_FILE) {
      firstUnlisted ??= error;
      unlisted += 1;
      continue;
    }
    const described = describeSchemaError(error);
    const position = locateNode(parsed, described.path, described.target);
    findings.push({
      code: described.code,
      severity: 'error',
      file: parsed.file,
      line: position.line,
      column: position.column,
      endLine: position.endLine,
      endColumn: position.endColumn,
      message: described.message,
      ...(described.hint ? { hint: described.hint } : {}),
    });
  }
  if (firstUnlisted) {
    const { path, target } = describeSchemaError(firstUnlisted);
    findings.push(tooManyProblems({ file: parsed.file, unlisted, at: locateNode(parsed, path, target) }));
  }
  return findings;
}

interface DescribedError {
  code: FindingCode;
  path: PathSegment[];
  target: Target;
  message: string;
  hint?: string;
}

function describeSchemaError(error: ErrorObject): DescribedError {
  const path: PathSegment[] = splitPointer(error.instancePath);
  const where = formatPath(path);
  const parentSchema = (error.parentSchema ?? {}) as JsonSchema;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const title = propertyTitle(parentSchema, missing);
      return {
        code: 'schema-required',
        path,
        target: 'key',
        message: path.length ? `\`${where}\` is missing the required property \`${missing}\`.` : `The required property \`${missing}\` is missing.`,
        hint: `Add \`${missing}:\`${title ? ` (${title})` : ''}.`,
      };
    }
    case 'additionalProperties': {
      const unknown = String(params.additionalProperty);
      const allowed = Object.keys((parentSchema.properties as JsonSchema | undefined) ?? {});
      const closest = suggestClosest(unknown, allowed);
      return {
        code: 'schema-unknown-key',
        path: [...path, unknown],
        target: 'key',
        message: path.length ? `\`${where}\` has no property \`${unknown}\`.` : `There is no top-level property \`${unknown}\`.`,
        hint: closest ? `Did you mean \`${closest}\`?` : `Allowed here: ${allowed.join(', ')}.`,
      };
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const closest = typeof error.data === 'string' ? suggestClosest(error.data, allowed) : undefined;
      return {
        code: 'schema-enum',
        path,
        target: 'value',
        message: `\`${where}\` is ${quoteValue(error.data)}; it must be one of: ${allowed.join(', ')}.`,
        ...(closest ? { hint: `Did you mean \`${closest}\`?` } : {}),
      };
    }
    case 'type': {
      const expected = String(params.type).replace(',', ' or ');
      return {
        code: 'schema-type',
        path,
        target: 'value',
        message: `\`${where}\` must be ${article(expected)} ${expected}, not ${describeType(error.data)}.`,
        hint: typeHint(expected, error.data),
      };
    }
    case 'format': {
      const format = String(params.format);
      const form = format === 'date' ? 'a real calendar date written YYYY-MM-DD' : 'a web address starting with https://';
      return {
        code: 'schema-format',
        path,
        target: 'value',
        message: `\`${where}\` is ${quoteValue(error.data)}, which is not ${form}.`,
        hint: format === 'date' ? 'Quote dates and check the day exists in that month, e.g. "2026-02-28".' : 'Write the full address, e.g. https://vendor.example.com.',
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'schema-range',
        path,
        target: 'value',
        message: `\`${where}\` is ${quoteValue(error.data)}; it ${error.message ?? 'is out of range'}.`,
      };
    case 'pattern':
      return {
        code: 'schema-pattern',
        path,
        target: 'value',
        message: `\`${where}\` is ${quoteValue(error.data)}, which is not in the required form.`,
        hint: patternHint(String(params.pattern)),
      };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return {
        code: 'schema-length',
        path,
        target: 'value',
        message: `\`${where}\` ${error.message ?? 'has the wrong length'}.`,
      };
    case 'uniqueItems':
      return {
        code: 'schema-invalid',
        path: [...path, Number(params.i)],
        target: 'value',
        message: `\`${where}\` lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).`,
        hint: 'Remove the repeated item.',
      };
    default:
      return { code: 'schema-invalid', path, target: 'value', message: `\`${where}\` ${error.message ?? 'is invalid'}.` };
  }
}

function propertyTitle(parentSchema: JsonSchema, property: string): string | undefined {
  const properties = parentSchema.properties as Record<string, JsonSchema> | undefined;
  const title = properties?.[property]?.title;
  return typeof title === 'string' ? title : undefined;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${article(typeof value)} ${typeof value} (${quoteValue(value)})`;
}

function typeHint(expected: string, value: unknown): string | undefined {
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `Quote it, e.g. "${String(value)}", so YAML keeps it as text.`;
  }
  if ((expected === 'integer' || expected === 'number') && typeof value === 'string') {
    return 'Write the number without quotes or units.';
  }
  if (expected === 'boolean' && typeof value === 'string') return 'Write true or false (YAML 1.2 reads yes/no as text).';
  if (value === null) return 'Fill in a value, or remove the key if it is unknown.';
  return undefined;
}

function patternHint(pattern: string): string {
  if (pattern.startsWith('^[a-z0-9]')) return 'Use lowercase letters, digits and hyphens, e.g. `cloudbridge-class`.';
  if (pattern.startsWith('^[A-Za-z]')) return 'Start with a letter; then letters, digits, `-` or `_`, e.g. `E1`.';
  if (pattern.startsWith('^https?')) return 'Write the full address, starting with https://.';
  if (pattern.includes('templates')) return 'Templates live in `templates` or a folder inside it, which code owners review: e.g. `templates` or `templates/school`.';
  return `It must match ${pattern}.`;
}

/** Values come from the user's file: show them short and quoted, never raw. */
export function quoteValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
