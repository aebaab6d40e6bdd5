// The commented skeleton `vendor-review new` writes: generated from the vendor schema, so every field the schema
// knows is listed with its meaning and allowed values, and the skeleton can never drift from the schema.
import type { JsonSchema } from '../validate/validate-schema.js';

export interface SkeletonInput {
  schema: JsonSchema;
  id: string;
  name: string;
  /** YYYY-MM-DD; the evaluation date, and a year later the review date. */
  today: string;
  /** The vendor schema for editors: a path relative to the file, or a URL where the repository has no schemas/. */
  schemaRef: string;
}

export function writeVendorSkeleton(input: SkeletonInput): string {
  const lines = [
    `# yaml-language-server: $schema=${input.schemaRef}`,
    `# Vendor evaluation for ${input.name}. Lines starting with "#" are help: uncomment a field to fill it in.`,
    '# A missing field means "unknown", never "no". Quote dates ("2026-09-01") and phone numbers.',
    '# Check it with: npx vendor-review check',
    '',
  ];
  writeObject(input, lines, { schema: input.schema, path: '', active: true });
  return `${lines.join('\n')}\n`;
}

/**
 * Writes the properties of an object schema. Optional ones are commented out; `listItem` makes the first field
 * start a list item (`- name: …`), the way YAML writes the first key of an object inside a list.
 */
function writeObject(input: SkeletonInput, lines: string[], at: { schema: JsonSchema; path: string; active: boolean; listItem?: boolean }): void {
  const { schema, path, active, listItem = false } = at;
  // Each key nests one level, and so does each list it passes through (`support_plans[].first_response`).
  const depth = path ? path.split('.').length + (path.match(/\[\]/g)?.length ?? 0) : 0;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  let first = listItem;
  for (const [key, raw] of Object.entries(properties)) {
    const property = resolve(input.schema, raw);
    const keyPath = path ? `${path}.${key}` : key;
    const on = active && required.has(key);
    const indent = '  '.repeat(depth);
    const lead = first ? `${'  '.repeat(depth - 1)}${on ? '' : '# '}- ` : `${indent}${on ? '' : '# '}`;
    // The help above the first field of a list item stands at the dash, like the line it describes.
    lines.push(`${first ? '  '.repeat(depth - 1) : indent}# ${describe(property)}`);
    first = false;
    const item = property.type === 'array' ? resolve(input.schema, property.items as JsonSchema) : undefined;
    if (property.type === 'object') {
      lines.push(`${lead}${key}:`);
      writeObject(input, lines, { schema: property, path: keyPath, active: on });
    } else if (item?.type === 'object') {
      lines.push(`${lead}${key}:`);
      writeObject(input, lines, { schema: item, path: `${keyPath}[]`, active: on, listItem: true });
    } else {
      lines.push(`${lead}${key}: ${placeholder(input, keyPath, property)}`.trimEnd());
    }
  }
}

function resolve(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root) as JsonSchema;
  // Local keywords (title, description) win over the referenced ones.
  const { $ref: _ref, ...local } = schema;
  return { ...resolve(root, target), ...local };
}

function describe(property: JsonSchema): string {
  const title = String(property.title ?? '');
  const values = allowedValues(property);
  return values ? `${title} — one of: ${values.join(' | ')}` : title;
}

function allowedValues(property: JsonSchema): string[] | undefined {
  if (Array.isArray(property.enum)) return property.enum.map(String);
  const items = property.items as JsonSchema | undefined;
  if (property.type === 'array' && items && Array.isArray(items.enum)) return items.enum.map(String);
  return undefined;
}

function placeholder(input: SkeletonInput, keyPath: string, property: JsonSchema): string {
  const prefilled: Record<string, string> = {
    schema_version: '"2"',
    id: input.id,
    name: JSON.stringify(input.name),
    'evaluation.evaluated_on': `"${input.today}"`,
    'evaluation.review_by': `"${addOneYear(input.today)}"`,
    // The one plan a new file starts with, and the plan it evaluates: rename both as the vendor sells it.
    'evaluation.plan': 'main',
    'support_plans[].id': 'main',
  };
  if (keyPath in prefilled) return prefilled[keyPath]!;
  if (property.type === 'array') return '[]';
  if (property.format === 'date') return '"YYYY-MM-DD"';
  return '';
}

function addOneYear(date: string): string {
  const [year, month, day] = date.split('-');
  // 29 February has no twin next year.
  return `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}
