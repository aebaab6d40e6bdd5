// Schema 2 keeps support terms per plan in `support_plans`. A schema-1 file stated one set of terms, spread over
// response_time, service_model, team_scale.coverage and hidden_costs: they become one plan, moved node by node so
// that their comments, quoting and number forms travel with them.
import { Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { addCommentBefore, addLineComment, takeComments } from './yaml-comments.js';

export const PLAN_ID = 'evaluated';

export const PLAN_COMMENT =
  " Migrated from schema 1: this plan holds the support terms the file stated. Rename it as the vendor sells it and add the vendor's other plans.";

/** A part of the file that migrate would have to guess about: it refuses instead, pointing at `node`. */
export interface Unsupported {
  node: YamlNode | null;
  message: string;
  hint: string;
}

const SEVERITIES = ['critical', 'high', 'normal', 'low'] as const;

const QUOTE_NOTE = ' schema 1: support billed extra, amount not stated';

/** The schema-1 sections that hold support terms. */
const SECTIONS = ['response_time', 'service_model', 'team_scale', 'hidden_costs'] as const;

/** The keys of the sections that go entirely: each of them has a place in the plan. */
const MOVED_SECTIONS = {
  response_time: ['first_response_minutes', 'urgent_escalation', 'evidence'],
  service_model: ['account_management', 'dedicated_group', 'architecture_consulting', 'evidence'],
} as const;

const AGAIN = 'then run `vendor-review migrate` again.';

/** What in the support sections has no certain place in the plan. */
export function checkSupportSections(root: YAMLMap): Unsupported[] {
  const problems: Unsupported[] = [];
  const refuse = (node: unknown, message: string, hint: string) => problems.push({ node: node as YamlNode, message, hint });
  const existing = root.items.find((item) => keyOf(item) === 'support_plans');
  if (existing) {
    refuse(
      existing.key,
      'The file already has `support_plans` while it says `schema_version: "1"`: migrate would write a second one.',
      `Remove \`support_plans\` to migrate the schema-1 sections, or finish the file as schema 2 by hand and set \`schema_version: "2"\`; ${AGAIN}`,
    );
  }
  for (const name of SECTIONS) {
    const value = root.get(name, true);
    if (value !== undefined && !isNull(value) && !isMap(value)) {
      refuse(value, `\`${name}\` is not a mapping, so its facts have no place in the plan.`, `Write \`${name}\` as schema 1 does (keys indented below it), ${AGAIN}`);
    }
  }
  for (const [name, known] of Object.entries(MOVED_SECTIONS)) {
    for (const item of section(root, name)?.items ?? []) {
      const key = keyOf(item);
      if (key !== null && (known as readonly string[]).includes(key)) continue;
      refuse(item.key, `\`${name}.${key}\` is not a schema-1 field: migrate does not know where it belongs in the plan.`, `Move what it says to \`notes\` or remove it, ${AGAIN}`);
    }
  }
  const minutes = section(root, 'response_time')?.get('first_response_minutes', true);
  if (minutes !== undefined && !isMap(minutes)) {
    refuse(minutes, '`response_time.first_response_minutes` is not a mapping of severities to minutes.', `Write it as \`critical: 15\`, \`high: 30\`… indented below it, ${AGAIN}`);
  }
  for (const item of isMap(minutes) ? minutes.items : []) {
    if (!isValue(item.value)) {
      refuse(item.value ?? item.key, `\`response_time.first_response_minutes.${keyOf(item)}\` is not a number of minutes.`, `Write the minutes, or remove the severity, ${AGAIN}`);
    }
  }
  const coverage = section(root, 'team_scale')?.get('coverage', true);
  if (coverage !== undefined && !isValue(coverage)) {
    refuse(coverage, "`team_scale.coverage` has no single value to give the plan's hours.", `Set it to 24x7, extended or business-hours, or remove it, ${AGAIN}`);
  }
  const fee = section(root, 'hidden_costs')?.get('support_fee', true);
  const model = isMap(fee) ? fee.get('model', true) : undefined;
  if (fee !== undefined && !isMap(fee)) {
    refuse(fee, "`hidden_costs.support_fee` is not a mapping, so the plan's price cannot be told.", `Write it as \`model: included\` or \`model: extra\` indented below it, ${AGAIN}`);
  } else if (isMap(fee) && !(isScalar(model) && (model.value === 'included' || model.value === 'extra'))) {
    refuse(
      model ?? fee,
      "`hidden_costs.support_fee.model` is neither `included` nor `extra`, the two schema-1 values: the plan's price model would be a guess.",
      `Set it to included or extra, ${AGAIN}`,
    );
  }
  for (const name of SECTIONS) {
    const evidence = section(root, name)?.get('evidence', true);
    if (evidence !== undefined && !isNull(evidence) && !(isSeq(evidence) && evidence.items.every(isValue))) {
      refuse(evidence, `\`${name}.evidence\` is not a list of evidence ids.`, `Write it as [E1, E2], ${AGAIN}`);
    }
  }
  return problems;
}

/**
 * Moves the support terms into `support_plans: [ { id: evaluated, … } ]`. Assumes checkSupportSections found
 * nothing. Returns nothing: `root` is changed in place.
 */
export function moveSupportTerms(root: YAMLMap): void {
  const responseTime = section(root, 'response_time');
  const serviceModel = section(root, 'service_model');
  const teamScale = section(root, 'team_scale');
  const hiddenCosts = section(root, 'hidden_costs');
  const plan = new YAMLMap();
  plan.commentBefore = PLAN_COMMENT;
  plan.items.push(pair('id', PLAN_ID), pair('name', 'Evaluated plan'));

  const fee = take(hiddenCosts, 'support_fee');
  if (fee) plan.items.push(toPrice(fee));
  const coverage = take(teamScale, 'coverage');
  if (coverage) plan.items.push(toHours(coverage));
  const minutes = take(responseTime, 'first_response_minutes');
  if (minutes) plan.items.push(toFirstResponse(minutes));
  // These mean the same in the plan as they did in their schema-1 section: the pairs move as they are.
  for (const [from, key] of [[responseTime, 'urgent_escalation'], [serviceModel, 'account_management'], [serviceModel, 'dedicated_group'], [serviceModel, 'architecture_consulting']] as const) {
    const moved = take(from, key);
    if (moved) plan.items.push(moved);
  }
  const onsite = take(hiddenCosts, 'onsite_service');
  if (onsite) plan.items.push(onsite);

  // A section whose facts all moved leaves its evidence behind only: that evidence now backs the plan.
  const emptied = (map: YAMLMap | null, moved: boolean) => moved && map !== null && map.items.every((item) => keyOf(item) === 'evidence');
  const removed = new Set<string>(['response_time', 'service_model']);
  if (emptied(teamScale, Boolean(coverage))) removed.add('team_scale');
  if (emptied(hiddenCosts, Boolean(fee || onsite))) removed.add('hidden_costs');

  // The plan cites what the sections its terms came from cited; a section that stays keeps its own list too.
  const sources = [
    ['response_time', responseTime],
    ['service_model', serviceModel],
    ['team_scale', coverage ? teamScale : null],
    ['hidden_costs', fee || onsite ? hiddenCosts : null],
  ] as const;
  const evidence = mergeEvidence(sources.map(([name, map]) => ({ map, goes: removed.has(name) })));
  if (evidence) plan.items.push(evidence);

  const plans = new YAMLSeq();
  plans.items.push(plan);
  const key = new Scalar('support_plans');
  const plansPair = new Pair(key, plans);
  const place = findPlace(root, removed);
  key.spaceBefore = place.spaceBefore;
  const items: unknown[] = [];
  root.items.forEach((item, index) => {
    if (index === place.index && place.replaces) {
      items.push(plansPair);
      // The line comment of the section it replaces (`response_time: # from the SLA`) stays on that line.
      const replaced = item.key as Scalar;
      if (replaced.comment) addLineComment(key, replaced.comment);
      replaced.comment = null;
    }
    // The comments of a section that goes (a `# Response` line above it, say) move onto support_plans.
    if (removed.has(keyOf(item) ?? '')) addCommentBefore(key, takeComments(item));
    else items.push(item);
    if (index === place.index && !place.replaces) items.push(plansPair);
  });
  if (place.index >= root.items.length) items.push(plansPair);
  root.items = items as YAMLMap['items'];
}

/**
 * support_plans goes where response_time was, else service_model, else right after team_scale (or in its place
 * when it goes), else after evidence, else after evaluation, else at the end.
 */
function findPlace(root: YAMLMap, removed: ReadonlySet<string>): { index: number; replaces: boolean; spaceBefore: boolean } {
  const indexOf = (name: string) => root.items.findIndex((item) => keyOf(item) === name);
  const spaceOf = (index: number) => Boolean((root.items[index]?.key as Scalar | undefined)?.spaceBefore);
  for (const name of ['response_time', 'service_model']) {
    const index = indexOf(name);
    if (index >= 0) return { index, replaces: true, spaceBefore: spaceOf(index) };
  }
  for (const name of ['team_scale', 'evidence', 'evaluation']) {
    const index = indexOf(name);
    if (index < 0) continue;
    if (removed.has(name)) return { index, replaces: true, spaceBefore: spaceOf(index) };
    return { index, replaces: false, spaceBefore: index + 1 < root.items.length ? spaceOf(index + 1) : spaceOf(index) };
  }
  return { index: root.items.length, replaces: false, spaceBefore: spaceOf(root.items.length - 1) };
}

/**
 * hidden_costs.support_fee becomes the plan's price: included stays included; extra with an annual_amount is a
 * fixed yearly fee (amount, currency, period: year); extra without an amount becomes quote, the one model that
 * states no amount, and says in a comment what schema 1 said, since "billed extra" is more than "on request".
 */
function toPrice(fee: Pair): Pair {
  (fee.key as Scalar).value = 'price';
  const map = fee.value as YAMLMap;
  const modelPair = map.items.find((item) => keyOf(item) === 'model')!;
  const model = modelPair.value as Scalar;
  const amount = map.items.find((item) => keyOf(item) === 'annual_amount');
  // annual_amount was always per year: it is the amount of a yearly period, whatever the model.
  if (amount) {
    (amount.key as Scalar).value = 'amount';
    const last = Math.max(...map.items.map((item, index) => (item === amount || keyOf(item) === 'currency' ? index : -1)));
    map.items.splice(last + 1, 0, pair('period', 'year'));
  }
  if (model.value === 'extra') {
    model.value = amount ? 'fixed' : 'quote';
    // A comment already on the model keeps its line; what schema 1 said then goes on the line above.
    if (!amount && model.comment) addCommentBefore(modelPair.key as Scalar, [QUOTE_NOTE]);
    else if (!amount) model.comment = QUOTE_NOTE;
  }
  return fee;
}

/**
 * team_scale.coverage was the one set of hours the support team kept, for issues of every severity: the plan's
 * hours give it to each severity. The first keeps the written node (and its quotes), the others are copies.
 */
function toHours(coverage: Pair): Pair {
  const key = coverage.key as Scalar;
  key.value = 'hours';
  const value = coverage.value as Scalar;
  const [before, inline] = [value.commentBefore, value.comment];
  value.commentBefore = null;
  value.comment = null;
  if (before) addCommentBefore(key, [before]);
  if (inline) addLineComment(key, inline);
  const hours = new YAMLMap();
  hours.flow = false;
  SEVERITIES.forEach((severity, index) => hours.items.push(new Pair(new Scalar(severity), index === 0 ? value : value.clone())));
  return new Pair(key, hours);
}

/**
 * response_time.first_response_minutes becomes first_response, each severity's minutes a target on the calendar
 * clock: schema 1 compared trial probes with these minutes counted on the calendar, so the scores do not move.
 */
function toFirstResponse(minutes: Pair): Pair {
  (minutes.key as Scalar).value = 'first_response';
  for (const item of (minutes.value as YAMLMap).items) {
    const value = item.value as Scalar;
    const target = new YAMLMap();
    target.flow = true;
    target.items.push(new Pair(new Scalar('minutes'), value), pair('clock', 'calendar'));
    // A comment inside a flow mapping would break it over lines: it goes after the target instead.
    if (value.comment) target.comment = value.comment;
    if (value.commentBefore) addCommentBefore(item.key as Scalar, [value.commentBefore]);
    value.comment = null;
    value.commentBefore = null;
    item.value = target;
  }
  return minutes;
}

/**
 * The union, in order and without repeats, of the sources' evidence ids, as copies (a section that stays keeps its
 * list). The comments of the lists of sections that go are put above the plan's `evidence`.
 */
function mergeEvidence(sources: ReadonlyArray<{ map: YAMLMap | null; goes: boolean }>): Pair | null {
  const lists = sources.flatMap(({ map, goes }) => {
    const list = map?.items.find((item) => keyOf(item) === 'evidence');
    return list && isSeq(list.value) ? [{ list, seq: list.value, goes }] : [];
  });
  const ids = new YAMLSeq();
  ids.flow = lists[0]?.seq.flow ?? true;
  const seen = new Set<unknown>();
  for (const id of lists.flatMap(({ seq }) => seq.items as Scalar[])) {
    if (seen.has(id.value)) continue;
    seen.add(id.value);
    const copy = id.clone();
    copy.comment = null;
    copy.commentBefore = null;
    copy.spaceBefore = false;
    ids.items.push(copy);
  }
  // Without ids there is no plan evidence: the comments stay, and go with their section onto support_plans.
  if (!ids.items.length) return null;
  const key = new Scalar('evidence');
  addCommentBefore(key, lists.flatMap(({ list, goes }) => (goes ? takeComments(list) : [])));
  return new Pair(key, ids);
}

function section(root: YAMLMap, name: string): YAMLMap | null {
  const value = root.get(name, true);
  return isMap(value) ? value : null;
}

function take(map: YAMLMap | null, key: string): Pair | null {
  const index = map ? map.items.findIndex((item) => keyOf(item) === key) : -1;
  return index >= 0 ? (map!.items.splice(index, 1)[0] as Pair) : null;
}

function pair(key: string, value: string): Pair {
  return new Pair(new Scalar(key), new Scalar(value));
}

export function keyOf(item: Pair<unknown, unknown>): string | null {
  return isScalar(item.key) ? String(item.key.value) : null;
}

function isNull(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function isValue(node: unknown): node is Scalar {
  return isScalar(node) && node.value !== null;
}
