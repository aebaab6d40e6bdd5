// Evaluators read the schema's titles and descriptions in their editor (hover and completion) and in the skeleton
// `new` writes, in English and Chinese: every field of the vendor and rubric schemas, and every enum value, has both.
import { describe, expect, it } from 'vitest';
import rubricSchema from '../schemas/rubric.schema.json' with { type: 'json' };
import vendorSchema from '../schemas/vendor.schema.json' with { type: 'json' };

type Node = Record<string, unknown>;

/** Every schema node that describes a field or a list item, by its JSON pointer. */
function fields(node: Node, pointer: string): Array<[string, Node]> {
  const found: Array<[string, Node]> = [];
  const properties = (node.properties ?? {}) as Record<string, Node>;
  for (const [key, child] of Object.entries(properties)) found.push([`${pointer}/properties/${key}`, child], ...fields(child, `${pointer}/properties/${key}`));
  if (node.items && typeof node.items === 'object') found.push([`${pointer}/items`, node.items as Node], ...fields(node.items as Node, `${pointer}/items`));
  for (const [key, child] of Object.entries((node.$defs ?? {}) as Record<string, Node>)) found.push([`${pointer}/$defs/${key}`, child], ...fields(child, `${pointer}/$defs/${key}`));
  return found;
}

const bilingual = (text: unknown) => typeof text === 'string' && /[A-Za-z]{2}/.test(text) && /\p{Script=Han}/u.test(text);

describe.each([
  ['vendor', vendorSchema as Node],
  ['rubric', rubricSchema as Node],
])('the %s schema', (_, schema) => {
  const nodes = fields(schema, '#');

  it('titles and describes every field in English and Chinese', () => {
    // A bare $ref is described where it points.
    const described = nodes.filter(([, node]) => !(Object.keys(node).length === 1 && '$ref' in node));
    const missing = described.filter(([, node]) => !bilingual(node.title) || !bilingual(node.description)).map(([pointer]) => pointer);
    expect(missing).toEqual([]);
  });

  it('describes every value of every enum in both languages, in the order of the enum', () => {
    const enums = nodes.filter(([, node]) => Array.isArray(node.enum) && node.enum.length > 2);
    expect(enums.length).toBeGreaterThan(0);
    for (const [pointer, node] of enums) {
      const values = node.enum as string[];
      const described = (node.enumDescriptions ?? []) as string[];
      expect(described.map((text) => text.slice(0, text.indexOf(':'))), pointer).toEqual(values);
      expect(described.filter((text) => !bilingual(text)), pointer).toEqual([]);
    }
  });
});
