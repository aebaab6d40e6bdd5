// Rewrites a vendor file of schema version "1" as schema "2" on its own YAML document, so that what the evaluator
// wrote stays as written: comments, key order, quoting, blank lines and every fact. Pure: text in, text out.
// Where it would have to guess, it refuses with findings instead of writing something the evaluator did not mean.
import { Pair, Scalar, YAMLSeq, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, ToStringOptions, YAMLMap } from 'yaml';
import type { Finding } from '../types/findings.js';
import { parseYaml } from '../validate/parse-yaml.js';
import type { ParsedYaml } from '../validate/parse-yaml.js';
import { PLAN_ID, checkSupportSections, keyOf, moveSupportTerms } from './support-plan.js';
import type { Unsupported } from './support-plan.js';
import { keepCommentsInPlace, missingComments } from './yaml-comments.js';

export type MigrateResult = { status: 'migrated' | 'current'; text: string } | { status: 'refused'; findings: Finding[] };

const AGAIN = 'then run `vendor-review migrate` again.';

export function migrateVendor(source: { path: string; text: string }): MigrateResult {
  const parsed = parseYaml(source);
  const schema1 = readSchema1(parsed);
  if ('findings' in schema1) return { status: 'refused', findings: schema1.findings };
  if (schema1.current) return { status: 'current', text: source.text };
  const { doc, root, version } = schema1;

  keepCommentsInPlace(doc, source.text);
  // The written node keeps its quotes: "1" becomes "2".
  version.value = '2';
  toCategoryList(root);
  markPlan(root);
  renameEvidenceDates(root);
  moveSupportTerms(root);
  const written = doc.toString(styleOf(source.text));
  // yaml writes \n; a file written with \r\n keeps them.
  const text = source.text.includes('\r\n') ? written.replace(/\r?\n/g, '\r\n') : written;
  // The moves above place every comment; should one still be lost, the file is not written without it.
  const lost = missingComments(source.text, text);
  if (lost.length) {
    const findings = lost.map(({ comment, offset }) =>
      toFinding(parsed, {
        offset,
        message: `The comment \`${comment}\` would be lost, so the file was not migrated.`,
        hint: `Move the comment next to a fact that stays, ${AGAIN} Please report the file: migrate should have kept it.`,
      }),
    );
    return { status: 'refused', findings };
  }
  return { status: 'migrated', text };
}

type Schema1 = { findings: Finding[] } | { current: true } | { current: false; doc: Document.Parsed; root: YAMLMap; version: Scalar };

/** The file as a schema-1 document migrate can rewrite without guessing; or "current"; or why not. */
function readSchema1(parsed: ParsedYaml): Schema1 {
  const refuse = (...problems: Unsupported[]) => ({ findings: problems.map((problem) => toFinding(parsed, problem)) });
  // A file that does not read as YAML is refused where parseYaml found the problem, in its words.
  if (parsed.findings.length || !parsed.doc) {
    const findings = parsed.findings.map((f) => ({
      ...f,
      code: 'migrate-unsupported' as const,
      message: `${f.message.replace(/\.?$/, '.')} The file was not migrated.`,
      hint: `${f.hint ?? 'Fix the YAML.'} Then run \`vendor-review migrate\` again.`,
    }));
    return { findings };
  }
  const { doc } = parsed;
  const root = doc.contents;
  if (!isMap(root)) {
    const what = isSeq(root) ? 'a list' : 'a single value';
    return refuse({
      node: root,
      message: `The file holds ${what}, not the mapping of a vendor evaluation: there is nothing to migrate.`,
      hint: 'Name only vendor files, which start with `schema_version:`, `id:` and `name:`.',
    });
  }
  const version = root.get('schema_version', true);
  if (version === undefined) {
    return refuse({
      node: root,
      message: 'The file has no `schema_version`, so migrate cannot tell which format it follows.',
      hint: `If it follows schema 1, add \`schema_version: "1"\` at the top, ${AGAIN}`,
    });
  }
  if (!isScalar(version) || typeof version.value !== 'string') {
    return refuse({ node: version, message: '`schema_version` is not a quoted string: migrate reads "1" and "2" only.', hint: `Quote it, \`schema_version: "1"\`, ${AGAIN}` });
  }
  if (version.value === '2') return { current: true };
  if (version.value !== '1') {
    return refuse({
      node: version,
      message: `\`schema_version\` is "${version.value}": migrate rewrites schema "1" as "2" and knows no other version.`,
      hint: 'Set the version the file follows: "1" to migrate it, "2" if it is already in the current format.',
    });
  }
  const problems = [...checkVendorSections(root), ...checkSupportSections(root)];
  if (problems.length) return { findings: problems.map((problem) => toFinding(parsed, problem)).sort((a, b) => a.line - b.line || a.column - b.column) };
  return { current: false, doc, root, version: version as Scalar };
}

function toFinding(parsed: ParsedYaml, problem: Omit<Unsupported, 'node'> & { node?: unknown; offset?: number }): Finding {
  const node = problem.node as YamlNode | null | undefined;
  const { line, col } = parsed.lineCounter.linePos(problem.offset ?? node?.range?.[0] ?? 0);
  return { code: 'migrate-unsupported', severity: 'error', file: parsed.file, line, column: col, message: problem.message, hint: problem.hint };
}

/** What outside the support sections migrate cannot rewrite without guessing. */
function checkVendorSections(root: YAMLMap): Unsupported[] {
  const problems: Unsupported[] = [];
  const refuse = (node: unknown, message: string, hint: string) => problems.push({ node: node as YamlNode, message, hint });
  const category = root.get('category', true);
  if (category !== undefined && !isScalar(category) && !isSeq(category)) {
    refuse(category, '`category` is neither one category nor a list of them.', `Write the category, e.g. \`category: rtc-paas\`, ${AGAIN}`);
  }
  const evaluation = root.get('evaluation', true);
  if (evaluation !== undefined && !isMap(evaluation)) {
    refuse(evaluation, '`evaluation` is not a mapping, so it cannot name the evaluated plan.', `Write the evaluators and dates indented below \`evaluation:\`, ${AGAIN}`);
  }
  const plan = isMap(evaluation) ? evaluation.items.find((item) => keyOf(item) === 'plan') : undefined;
  if (plan) refuse(plan.key, '`evaluation.plan` is not a schema-1 field: migrate sets it to the plan it creates, and would write it twice.', `Remove it (the plan migrate creates is \`${PLAN_ID}\`), ${AGAIN}`);
  const lists = [
    { name: 'evidence', clash: ['date', 'retrieved'], what: 'a `date` and a `retrieved`' },
    { name: 'trial_probes', clash: ['plan'], what: 'a `plan`' },
  ];
  for (const { name, clash, what } of lists) {
    const list = root.get(name, true);
    if (list === undefined || (isScalar(list) && list.value === null)) continue;
    if (!isSeq(list)) {
      refuse(list, `\`${name}\` is not a list.`, `Write each entry on a line starting with \`- \`, ${AGAIN}`);
      continue;
    }
    list.items.forEach((item, index) => {
      if (!isMap(item)) return refuse(item, `\`${name}[${index}]\` is not a mapping.`, `Write the entry's keys after its \`- \`, ${AGAIN}`);
      const keys = item.items.map(keyOf);
      if (clash.every((key) => keys.includes(key))) {
        refuse(item, `\`${name}[${index}]\` already has ${what}: migrate would write the key twice.`, `Keep the schema-1 form (remove \`${clash.at(-1)}\`), ${AGAIN}`);
      }
    });
  }
  return problems;
}

/** category: x becomes category: [x], schema 2's list of categories, the written one first and only. */
function toCategoryList(root: YAMLMap): void {
  const category = root.get('category', true);
  if (!isScalar(category) || category.value === null) return;
  const list = new YAMLSeq();
  list.flow = true;
  list.items.push(category);
  // A comment inside brackets would break them over lines: it goes around the list instead.
  list.commentBefore = category.commentBefore;
  list.comment = category.comment;
  category.commentBefore = null;
  category.comment = null;
  root.items.find((item) => keyOf(item) === 'category')!.value = list;
}

/**
 * evaluation.plan (last in evaluation) and each trial probe's plan (right after its date, first without one) name
 * the one plan that holds the file's support terms: schema 1 compared every probe with those terms.
 */
function markPlan(root: YAMLMap): void {
  const evaluation = root.get('evaluation', true);
  if (isMap(evaluation)) evaluation.items.push(planPair());
  const probes = root.get('trial_probes', true);
  for (const probe of isSeq(probes) ? (probes.items as YAMLMap[]) : []) {
    const date = probe.items.findIndex((item) => keyOf(item) === 'date');
    probe.items.splice(date + 1, 0, planPair());
  }
}

/**
 * evidence[].date becomes retrieved, on the same key node (same place, quoting and comments). Schema 1's date was
 * when the evidence was obtained or dated; schema 2 decays confidence from retrieved when no published date is
 * given, so every score stays as it was.
 */
function renameEvidenceDates(root: YAMLMap): void {
  const evidence = root.get('evidence', true);
  for (const item of isSeq(evidence) ? (evidence.items as YAMLMap[]) : []) {
    const date = item.items.find((entry) => keyOf(entry) === 'date');
    if (date) (date.key as Scalar).value = 'retrieved';
  }
}

function planPair(): Pair {
  return new Pair(new Scalar('plan'), new Scalar(PLAN_ID));
}

/**
 * How the file is written: lines never refolded (lineWidth 0), flow lists without inner padding (`[E1, E2]`),
 * and the file's own indentation, with list items indented below their key or not.
 */
function styleOf(text: string): ToStringOptions {
  const indents = [...text.matchAll(/^( +)[^\s#]/gm)].map((match) => match[1]!.length);
  const indent = indents.length ? Math.min(...indents) : 2;
  const list = /^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*( *)- /m.exec(text);
  const indentSeq = list ? list[2]!.length > list[1]!.length : true;
  return { lineWidth: 0, flowCollectionPadding: false, indent, indentSeq };
}
