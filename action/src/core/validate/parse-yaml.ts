// Parses one YAML file once, keeping both the data and the positions of every node, so that any later finding
// (schema, cross-field, rubric) can point at the exact line and column without parsing again.
import { LineCounter, isAlias, isCollection, isDocument, isMap, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Finding, FindingCode } from '../types/findings.js';
import { fileFinding } from './findings.js';

export interface SourceFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  text: string;
}

export interface ParsedYaml {
  file: string;
  /** The plain data, or undefined when the file could not be read as one YAML 1.2 document. */
  data: unknown;
  doc: Document.Parsed | null;
  lineCounter: LineCounter;
  findings: Finding[];
}

/** Vendor files are a few KB; anything far larger is a mistake (or an attack on the runner). */
export const MAX_FILE_BYTES = 256 * 1024;

const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

const yamlErrorCodes: Partial<Record<string, FindingCode>> = {
  BAD_ALIAS: 'yaml-alias',
  TAG_RESOLVE_FAILED: 'yaml-unknown-tag',
};

export function parseYaml(source: SourceFile): ParsedYaml {
  const lineCounter = new LineCounter();
  const result: ParsedYaml = { file: source.path, data: undefined, doc: null, lineCounter, findings: [] };
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const report = ({ code, offset, message, hint }: { code: FindingCode; offset: number; message: string; hint: string }) => {
    result.findings.push({ code, severity: 'error', file: source.path, ...at(offset), message, hint });
  };

  const bytes = Buffer.byteLength(source.text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    result.findings.push(
      fileFinding({
        code: 'file-too-large',
        file: source.path,
        message: `The file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes.`,
        hint: 'One vendor evaluation fits in a few kilobytes: move long texts to the linked evidence instead.',
      }),
    );
    return result;
  }

  const docs = parseAllDocuments(source.text, {
    lineCounter,
    schema: 'core',
    version: '1.2',
    // yaml's own check compares each key with every key before it; findDuplicateKeys does it in one pass.
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
  });
  const documents = Array.isArray(docs) ? docs : [];
  const first = documents[0];
  if (!first || (documents.length === 1 && first.contents === null && first.errors.length === 0)) {
    result.findings.push(
      fileFinding({
        code: 'file-empty',
        file: source.path,
        message: 'The file holds no YAML data.',
        hint: 'Start from `npx vendor-review new <id>`, which writes a commented skeleton.',
      }),
    );
    return result;
  }

  if (documents.length > 1) {
    const second = documents[1]!;
    report({
      code: 'yaml-multiple-documents',
      offset: second.range[0],
      message: `The file holds ${documents.length} YAML documents; a vendor file holds exactly one.`,
      hint: 'Remove the `---` separator: put each vendor in a file of its own.',
    });
  }

  const yamlDirective = first.directives.yaml;
  if (yamlDirective.explicit && yamlDirective.version !== '1.2') {
    report({
      code: 'yaml-version',
      offset: source.text.indexOf('%YAML'),
      message: `The file declares YAML ${yamlDirective.version}; only YAML 1.2 is read.`,
      hint: 'Remove the `%YAML` line. In YAML 1.2 `yes`/`no` are strings: write `true`/`false`.',
    });
  }

  for (const error of [...first.errors, ...first.warnings]) {
    result.findings.push(describeYamlError(error, source, at));
  }

  for (const duplicate of findDuplicateKeys(first.contents)) {
    report({
      code: 'yaml-duplicate-key',
      offset: duplicate.offset,
      message: `The key \`${duplicate.key}\` appears twice in the same mapping.`,
      hint: 'Keep one entry: merge the two, or rename one of them.',
    });
  }

  // Aliases, anchors and tags are written with *, & and !: a file without any of these has none, and is not walked.
  if (/[*&!]/.test(source.text)) {
    visit(first, {
      Node(_key, node) {
        if (isAlias(node)) {
          report({
            code: 'yaml-alias',
            offset: node.range?.[0] ?? 0,
            message: `The alias *${node.source} repeats another value; aliases are not allowed.`,
            hint: 'Write the value out in full, so that every vendor file reads on its own.',
          });
          return;
        }
        if ((isScalar(node) || isCollection(node)) && node.anchor) {
          report({
            code: 'yaml-alias',
            offset: anchorOffset(source.text, node.range?.[0] ?? 0),
            message: `The anchor &${node.anchor} is not allowed.`,
            hint: 'Remove the anchor and write every value out in full.',
          });
        }
        // Unknown tags (!foo) already came as TAG_RESOLVE_FAILED; known ones (!!binary, !!str) resolve silently.
        if ((isScalar(node) || isCollection(node)) && node.tag?.startsWith(YAML_TAG_PREFIX)) {
          report({
            code: 'yaml-unknown-tag',
            offset: tagOffset(source.text, node.range?.[0] ?? 0),
            message: `The tag ${shortTag(node.tag)} is not allowed; only plain YAML values are read.`,
            hint: 'Remove the tag; quote the value if it must stay text.',
          });
        }
      },
    });
  }

  if (result.findings.length === 0 && isDocument(first)) {
    result.doc = first;
    result.data = first.toJS({ maxAliasCount: 0 });
  }
  return result;
}

function describeYamlError(error: YAMLError, source: SourceFile, at: (offset: number) => { line: number; column: number }): Finding {
  const code = yamlErrorCodes[error.code] ?? 'yaml-syntax';
  const [start, end] = error.pos;
  const base = { code, severity: 'error' as const, file: source.path, ...at(start) };
  switch (code) {
    case 'yaml-unknown-tag':
      return {
        ...base,
        message: `The tag ${source.text.slice(start, end)} is not allowed; only plain YAML values are read.`,
        hint: 'Remove the tag; quote the value if it must stay text.',
      };
    default:
      return {
        ...base,
        message: `YAML syntax error: ${firstSentence(error.message)}`,
        hint: 'Check the indentation (spaces, not tabs) and that quotes and brackets are closed.',
      };
  }
}

/** Keys written twice in one mapping, anywhere in the document, each where it is written again: one pass. */
function findDuplicateKeys(root: unknown): Array<{ key: string; offset: number }> {
  const duplicates: Array<{ key: string; offset: number }> = [];
  const pending: unknown[] = [root];
  while (pending.length) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key)) duplicates.push({ key, offset: (pair.key as { range?: [number] } | null)?.range?.[0] ?? 0 });
        seen.add(key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      pending.push(...node.items);
    }
  }
  return duplicates.sort((a, b) => a.offset - b.offset);
}

/** yaml's messages can carry a code excerpt after the first line; keep the sentence. */
function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

function shortTag(tag: string): string {
  return `!!${tag.slice(YAML_TAG_PREFIX.length)}`;
}

/** Node ranges start at the value; the tag (`!x`, `!!x`) or anchor (`&x`) stands before it on the same line. */
function tagOffset(text: string, valueOffset: number): number {
  return propertyOffset(text, valueOffset, /!\S*\s*$/);
}

function anchorOffset(text: string, valueOffset: number): number {
  return propertyOffset(text, valueOffset, /&\S*\s*$/);
}

function propertyOffset(text: string, offset: number, property: RegExp): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const match = property.exec(text.slice(lineStart, offset));
  return match ? lineStart + match.index : offset;
}
