// Turns a JSON path (as ajv's instancePath, or our own paths) into a line and column of the parsed YAML.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Finding, FindingCode } from '../types/findings.js';
import type { ParsedYaml } from './parse-yaml.js';

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where to point: the value itself, or the key that names it (unknown keys, missing children). */
export type Target = 'value' | 'key';

/** ajv reports "/trial_probes/0/severity"; JSON Pointer escapes ~ and /. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The position of the node at `path`. When the path runs past what exists (a missing child), the deepest
 * existing node is used, which is where the user has to add something.
 */
export function locateNode(parsed: ParsedYaml, path: readonly PathSegment[], target: Target = 'value'): Position {
  let node: Node | null = (parsed.doc?.contents as Node | null) ?? null;
  let pair: Pair | null = null;
  for (const segment of path) {
    const child = childOf(node, segment);
    if (!child) break;
    pair = child.pair;
    node = child.node;
  }
  const keyNode = pair && isScalar(pair.key) ? (pair.key as Node) : null;
  // A key with an empty value (`rnd:`) has only an implicit null after the colon: point at the key.
  const empty = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
  const chosen = (target === 'key' || empty || !node?.range) && keyNode ? keyNode : node;
  const range = chosen?.range ?? [0, 0, 0];
  const start = parsed.lineCounter.linePos(range[0]);
  const end = parsed.lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function childOf(node: Node | null, segment: PathSegment): { node: Node | null; pair: Pair | null } | null {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    return pair ? { node: (pair.value as Node | null) ?? null, pair: pair as Pair } : null;
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : Number(segment);
    const item = Number.isInteger(index) ? node.items[index] : undefined;
    return item ? { node: item as Node, pair: null } : null;
  }
  return null;
}

/** People read paths as `trial_probes[2].severity`, not JSON Pointers. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || '(the document)';
}

/** What a finding says, wherever it points. */
export interface FindingText {
  code: FindingCode;
  message: string;
  hint?: string;
}

/** An error finding at the node of `path` (its key with `target: 'key'`): how every rule beyond YAML syntax reports. */
export function findingAt(parsed: ParsedYaml, finding: FindingText & { path: readonly PathSegment[]; target?: Target }): Finding {
  return findingAtPosition(parsed.file, locateNode(parsed, finding.path, finding.target ?? 'value'), finding);
}

/** An error finding at a position located earlier, for the checks that run after the document is gone. */
export function findingAtPosition(file: string, position: Position, { code, message, hint }: FindingText): Finding {
  const { line, column, endLine, endColumn } = position;
  return { code, severity: 'error', file, line, column, endLine, endColumn, message, ...(hint ? { hint } : {}) };
}
