// Fact paths are how the rubric points into a vendor file: `team_scale.support_headcount`,
// `trial_probes[].first_response_minutes`, and `plan.hours.critical` for the terms of the plan being scored
// (evaluation.plan, or each plan in turn for the totals per plan). The rubric check resolves them against the vendor
// schema (so a typo is caught before anything is scored) and scoring reads them from the vendor data; both split
// paths here, so the two can never disagree about what a path means.
import type { JsonSchema } from './validate-schema.js';

export interface FactPathSegment {
  key: string;
  /** `name[]`: the value is a list and the rest of the path applies to each of its items. */
  each: boolean;
}

/** The root of the paths that read the plan being scored: a support plan of the vendor schema. */
export const PLAN_ROOT = 'plan';
const PLAN_DEFINITION = '#/$defs/supportPlan';

/** Whether a path reads a term of the plan being scored, so that it has a value per plan. */
export function readsPlan(path: string): boolean {
  return path === PLAN_ROOT || path.startsWith(`${PLAN_ROOT}.`);
}

export function splitFactPath(path: string): FactPathSegment[] {
  return path.split('.').map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

/** What the vendor schema says a path holds. */
export interface FactShape {
  /** The path crosses a list (`[]`) or ends at one: its values must be aggregated into one. */
  listValued: boolean;
  /** JSON type of each value at the end (of the list items, when the path ends at a list). */
  type: string | undefined;
  /** The values an enum (or boolean, as "true"/"false") fact can take; undefined when open-ended. */
  values: string[] | undefined;
}

/** Nesting of the vendor schema is shallow; the cap only guards against a schema that refers to itself. */
const MAX_REF_HOPS = 16;

/** The shape of the values at `path`, or null when the vendor schema has no such path. */
export function describeFactShape(schema: JsonSchema, path: string): FactShape | null {
  let node: JsonSchema | null = factRoot(schema);
  let listValued = false;
  for (const segment of splitFactPath(path)) {
    const properties = node?.properties as Record<string, JsonSchema> | undefined;
    const child = properties && Object.hasOwn(properties, segment.key) ? properties[segment.key] : undefined;
    if (!child) return null;
    node = dereference(schema, child);
    if (segment.each) {
      if (node?.type !== 'array') return null;
      node = dereference(schema, (node.items as JsonSchema | undefined) ?? {});
      listValued = true;
    }
  }
  if (node?.type === 'array') {
    node = dereference(schema, (node.items as JsonSchema | undefined) ?? {});
    listValued = true;
  }
  return { listValued, type: normaliseType(node?.type), values: valuesOf(node) };
}

/**
 * The schema's titles of each step of a path, as written there ("Support hours per severity / 各级别服务时段"), so
 * that reports name a fact in their language instead of showing its path; null when the schema has no such path.
 * `plan` is named by the title of evaluation.plan, the plan it stands for.
 */
export function describeFactTitles(schema: JsonSchema, path: string): string[] | null {
  let node: JsonSchema | null = factRoot(schema);
  const titles: string[] = [];
  for (const segment of splitFactPath(path)) {
    const properties = node?.properties as Record<string, JsonSchema> | undefined;
    const raw = properties && Object.hasOwn(properties, segment.key) ? properties[segment.key] : undefined;
    if (!raw) return null;
    const resolved = dereference(schema, raw);
    const title = segment.key === PLAN_ROOT && titles.length === 0 ? titleAt(schema, ['properties', 'evaluation', 'properties', 'plan']) : (raw.title ?? resolved?.title);
    titles.push(typeof title === 'string' ? title : segment.key);
    node = segment.each && resolved?.type === 'array' ? dereference(schema, (resolved.items as JsonSchema | undefined) ?? {}) : resolved;
  }
  return titles;
}

function titleAt(schema: JsonSchema, pointer: string[]): unknown {
  return resolvePointer(schema, pointer.join('/'))?.title;
}

/** Every path the vendor schema offers, for "did you mean" suggestions. Lists appear both bare and with `[]`. */
export function listFactPaths(schema: JsonSchema): string[] {
  const paths: string[] = [];
  const walk = (node: JsonSchema | null, prefix: string, depth: number) => {
    const properties = node?.properties as Record<string, JsonSchema> | undefined;
    if (!properties || depth > MAX_REF_HOPS) return;
    for (const [key, raw] of Object.entries(properties)) {
      const child = dereference(schema, raw);
      const path = prefix ? `${prefix}.${key}` : key;
      paths.push(path);
      if (child?.type === 'array') walk(dereference(schema, (child.items as JsonSchema | undefined) ?? {}), `${path}[]`, depth + 1);
      else walk(child, path, depth + 1);
    }
  };
  walk(factRoot(schema), '', 0);
  return paths;
}

/** The vendor schema with `plan`, the plan being scored, beside the file's own top-level keys (when it defines plans). */
function factRoot(schema: JsonSchema): JsonSchema | null {
  const root = dereference(schema, schema);
  if (!root || !dereference(schema, { $ref: PLAN_DEFINITION })) return root;
  return { ...root, properties: { ...(root.properties as Record<string, JsonSchema>), [PLAN_ROOT]: { $ref: PLAN_DEFINITION } } };
}

/** Follows local `$ref`s (`#/$defs/minutes`); the structure lives at the target, titles beside the `$ref`. */
function dereference(root: JsonSchema, node: JsonSchema): JsonSchema | null {
  let current: JsonSchema | null = node;
  for (let hop = 0; current && typeof current.$ref === 'string'; hop++) {
    if (hop >= MAX_REF_HOPS || !current.$ref.startsWith('#/')) return null;
    current = resolvePointer(root, current.$ref.slice(2));
  }
  return current;
}

function resolvePointer(root: JsonSchema, pointer: string): JsonSchema | null {
  let node: unknown = root;
  for (const part of pointer.split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : null;
}

/** Integers are numbers as far as thresholds are concerned. */
function normaliseType(type: unknown): string | undefined {
  if (type === 'integer') return 'number';
  return typeof type === 'string' ? type : undefined;
}

function valuesOf(node: JsonSchema | null): string[] | undefined {
  if (Array.isArray(node?.enum)) return node.enum.map(String);
  if (node?.const !== undefined) return [String(node.const)];
  if (node?.type === 'boolean') return ['true', 'false'];
  return undefined;
}
