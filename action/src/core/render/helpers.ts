// The helpers templates use. They hold all the presentation logic (translation, formatting, escaping), so that
// templates, which users edit, only choose what to show where. Every helper returns Markdown that is safe as it
// is: catalogue text (trusted), numbers and dates formatted here, and data passed through escapeMarkdown.
import Handlebars from 'handlebars';
import type { Language } from '../types/rubric.js';
import { createFormatter, type NumberOptions } from './format.js';
import { escapeMarkdown as escapeUnredacted, toSafeId, toSafeUrl } from './markdown-safe.js';
import type { Escape } from './markdown-safe.js';
import { isEnumKind } from './messages/catalogue.js';
import { en, type Messages } from './messages/en.js';
import { zhCN } from './messages/zh-CN.js';

export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, 'zh-CN': zhCN };

/** A helper failed; the engine adds which template called it. */
export class HelperFailure extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(helper: string, message: string, location: { line: number; column: number } | undefined) {
    super(`{{${helper}}}: ${message}`);
    this.name = 'HelperFailure';
    this.line = location?.line;
    this.column = location === undefined ? undefined : location.column + 1;
  }
}

type Hash = Readonly<Record<string, unknown>>;

/** Up to two decimals, none when whole: values range from counts to medians and shares. */
const QUANTITY: NumberOptions = { fractionDigits: 2, minimumFractionDigits: 0 };

interface HelperSpec {
  /** How many positional parameters: exactly [n, n], or a range. */
  params: readonly [number, number];
  /** Allowed hash keys; `any` for `t`, whose hash fills the message's placeholders. */
  hash: readonly string[] | 'any';
  run(args: readonly unknown[], hash: Hash): string;
}

interface HandlebarsCall {
  hash: Hash;
  loc?: { start: { line: number; column: number } };
}

/** Every helper, by the name templates call it. */
/** `escape` is the renderer's Markdown escaper, which every value from data goes through. */
export function createHelpers(language: Language, escape: Escape): Record<string, Handlebars.HelperDelegate> {
  const specs = defineHelpers(language, escape);
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, toHandlebarsHelper(name, spec)]));
}

function toHandlebarsHelper(name: string, spec: HelperSpec): Handlebars.HelperDelegate {
  const allowed = spec.hash === 'any' ? null : new Set(spec.hash);
  return (...received: unknown[]) => {
    // Handlebars passes its options object last, after the template's parameters.
    const call = received.at(-1) as HandlebarsCall;
    const args = received.slice(0, -1);
    try {
      const [min, max] = spec.params;
      if (args.length < min || args.length > max) {
        throw new Error(`expects ${min === max ? min : `${min} to ${max}`} parameter(s), got ${args.length}`);
      }
      // Helpers run thousands of times a report: the list of unknown keys is only built when there is one.
      if (allowed && Object.keys(call.hash).some((key) => !allowed.has(key))) {
        const unknownKeys = Object.keys(call.hash).filter((key) => !allowed.has(key));
        throw new Error(`does not take ${unknownKeys.map((key) => `${key}=`).join(', ')}`);
      }
      return new Handlebars.SafeString(spec.run(args, call.hash));
    } catch (error) {
      throw new HelperFailure(name, error instanceof Error ? error.message : String(error), call.loc?.start);
    }
  };
}

function defineHelpers(language: Language, escapeMarkdown: Escape): Record<string, HelperSpec> {
  const messages = CATALOGUES[language];
  const formatter = createFormatter(language);

  const message = (key: string): string => {
    if (!Object.hasOwn(messages, key)) throw new Error(`no message "${key}" in the ${language} catalogue`);
    return messages[key as keyof Messages];
  };
  // Each message is split into its text and {placeholders} once, not at every use.
  const split = new Map<string, { texts: string[]; names: string[] }>();
  const translate = (key: string, vars: Readonly<Record<string, string>>): string => {
    let parts = split.get(key);
    if (!parts) {
      const pieces = message(key).split(/\{(\w+)\}/);
      parts = { texts: pieces.filter((_, i) => i % 2 === 0), names: pieces.filter((_, i) => i % 2 === 1) };
      split.set(key, parts);
    }
    let text = parts.texts[0]!;
    parts.names.forEach((name, i) => {
      if (!Object.hasOwn(vars, name)) throw new Error(`message "${key}" needs ${name}=`);
      text += vars[name]! + parts.texts[i + 1]!;
    });
    const unused = Object.keys(vars).filter((name) => !parts.names.includes(name));
    if (unused.length > 0) throw new Error(`message "${key}" has no placeholder for ${unused.map((name) => `${name}=`).join(', ')}`);
    return text;
  };
  const unknown = () => message('value.unknown');
  const none = () => message('value.none');
  const join = (items: readonly string[]) => (items.length === 0 ? none() : items.join(message('list.separator')));
  const formatQuantity = (value: number) => formatter.number(value, QUANTITY);
  const formatDate = (value: unknown) => (value == null ? unknown() : (formatter.date(String(value)) ?? escapeMarkdown(String(value))));
  const formatMinutes = (value: unknown) => (value == null ? unknown() : translate('format.minutes', { minutes: formatQuantity(toNumber(value)) }));
  const translateEnum = (kind: unknown, value: unknown): string => {
    if (typeof kind !== 'string' || !isEnumKind(kind)) throw new Error(`"${String(kind)}" is not an enum the catalogue translates`);
    if (value == null) return unknown();
    const key = `enum.${kind}.${String(value)}`;
    // A value the catalogue does not know comes from a file that skipped validation: show it, escaped.
    return Object.hasOwn(messages, key) ? message(key) : escapeMarkdown(String(value));
  };
  /** Any template value as Markdown: the fallback for `t` placeholders and lists. */
  const toMarkdown = (value: unknown): string => {
    if (value instanceof Handlebars.SafeString) return value.toString();
    if (value == null) return unknown();
    if (typeof value === 'string') return escapeMarkdown(value);
    if (typeof value === 'number') return formatQuantity(value);
    if (typeof value === 'boolean') return translateEnum('boolean', value);
    if (Array.isArray(value)) return join(value.map(toMarkdown));
    throw new Error('cannot show an object; pass one of its fields');
  };
  const formatObserved = (value: unknown, format: unknown): string => {
    if (value == null) return unknown();
    if (Array.isArray(value)) return join(value.map((item) => formatObserved(item, format)));
    if (typeof value === 'number' && format === 'share') return formatter.percent(value, 0);
    if (typeof value === 'number' && format === 'minutes') return formatMinutes(value);
    if (typeof value === 'string' && typeof format === 'string' && isEnumKind(format)) return translateEnum(format, value);
    return toMarkdown(value);
  };
  // A rule reads the same on every vendor's page, and the views share one rule object per criterion.
  const formattedRules = new WeakMap<object, string>();
  const formatRule = (rule: unknown): string => {
    const record = toRecord(rule);
    let text = formattedRules.get(record);
    if (text === undefined) {
      text = describeRule(record);
      formattedRules.set(record, text);
    }
    return text;
  };
  const describeRule = (rule: Readonly<Record<string, unknown>>): string => {
    const { kind, factLabel, aggregate, format, direction, thresholds, levels } = rule;
    if (kind === 'rating') return message('rule.rating');
    const path = escapeMarkdown(String(factLabel), { maxLength: 300 });
    const source = aggregate == null ? path : translate('rule.source-aggregated', { aggregate: translateEnum('aggregate', aggregate), fact: path });
    if (kind === 'thresholds') {
      const values = toArray(thresholds).map((threshold) => formatObserved(threshold, format));
      const key = direction === 'cost' ? 'rule.thresholds-cost' : 'rule.thresholds-benefit';
      return translate(key, { source, thresholds: values.join(message('rule.threshold-separator')) });
    }
    if (kind === 'levels') {
      const mapping = toArray(levels).map((entry) => {
        const { value, level } = toRecord(entry);
        // Level keys are strings; boolean facts are keyed "true" / "false".
        const shown = value === 'true' || value === 'false' ? translateEnum('boolean', value) : formatObserved(value, format);
        return translate('rule.level-of-value', { value: shown, level: toMarkdown(level) });
      });
      return translate('rule.levels', { source, mapping: join(mapping) });
    }
    throw new Error('expects a rule (kind thresholds, levels or rating)');
  };
  const maxLength = (hash: Hash) => (hash.max === undefined ? {} : { maxLength: toNumber(hash.max) });
  const formatMoney = (amount: unknown, currency: unknown): string => {
    if (amount == null) return unknown();
    const number = formatQuantity(toNumber(amount));
    if (currency == null) return number;
    return formatter.money(toNumber(amount), String(currency)) ?? `${number} ${escapeMarkdown(String(currency))}`;
  };
  /** Two hours and more read as hours ("4 h"), less as minutes: targets run from 15 minutes to days. */
  const formatDuration = (minutes: number): string =>
    minutes >= 120 ? translate('format.hours', { hours: formatQuantity(minutes / 60) }) : translate('format.minutes', { minutes: formatQuantity(minutes) });
  const formatTarget = (value: unknown): string => {
    if (value == null) return unknown();
    const { minutes, clock } = toRecord(value);
    const duration = formatDuration(toNumber(minutes));
    return clock === 'business' ? translate('format.business-time', { duration }) : duration;
  };
  /** Per-severity values grouped by what they are: "critical: 7×24; high, normal, low: business hours only". */
  const formatPerSeverity = (record: unknown, show: (value: unknown) => string): string => {
    const entries = SEVERITIES.map((severity) => ({ severity, value: toRecord(record)[severity] })).filter((entry) => entry.value != null);
    if (entries.length === 0) return unknown();
    const groups = new Map<string, string[]>();
    for (const { severity, value } of entries) groups.set(show(value), [...(groups.get(show(value)) ?? []), translateEnum('severity', severity)]);
    if (groups.size === 1 && entries.length === SEVERITIES.length) return [...groups.keys()][0]!;
    return [...groups].map(([value, severities]) => translate('format.per-severity', { severities: join(severities), value })).join(message('list.group-separator'));
  };
  const formatPrice = (value: unknown): string => {
    if (value == null) return unknown();
    const { model, amount, percent, minimum, currency, period } = toRecord(value);
    const per = translateEnum('period', period);
    if (model === 'fixed') return translate('format.price-fixed', { amount: formatMoney(amount, currency), period: per });
    if (model === 'percent-of-spend') {
      const share = formatter.percent(toNumber(percent) / 100, 2);
      if (minimum == null) return translate('format.price-percent', { percent: share, period: per });
      return translate('format.price-percent-minimum', { percent: share, period: per, minimum: formatMoney(minimum, currency) });
    }
    return translateEnum('price-model', model);
  };
  /** Mon–Fri when the days run on, else each day. */
  const formatDays = (days: readonly unknown[]): string => {
    const order = WEEKDAYS.filter((day) => days.includes(day));
    const first = WEEKDAYS.indexOf(order[0]!);
    const consecutive = order.length > 2 && order.every((day, i) => WEEKDAYS[first + i] === day);
    if (!consecutive) return join(order.map((day) => translateEnum('weekday', day)));
    return translate('format.day-range', { first: translateEnum('weekday', order[0]), last: translateEnum('weekday', order.at(-1)) });
  };

  return {
    /** Catalogue text: {{t 'key' name=value}}; values from data are escaped. */
    t: {
      params: [1, 1],
      hash: 'any',
      run: ([key], hash) => translate(String(key), Object.fromEntries(Object.entries(hash).map(([name, value]) => [name, toMarkdown(value)]))),
    },
    /** One value from data, escaped: {{md name}} or {{md notes max=1000}}; empty shows as a dash. */
    md: {
      params: [1, 1],
      hash: ['max'],
      run: ([value], hash) => (value == null || String(value).trim() === '' ? none() : escapeMarkdown(String(value), maxLength(hash))),
    },
    /**
     * A value from data that may be a web address: an http(s) address shows as a link whose text is the address
     * itself (an autolink), unless redaction would change it; anything else is escaped like {{md}}.
     */
    'md-url': {
      params: [1, 1],
      hash: ['max'],
      run: ([value], hash) => {
        if (value == null || String(value).trim() === '') return none();
        const url = toSafeUrl(String(value));
        return url && escapeMarkdown(url) === escapeUnredacted(url) ? `<${url}>` : escapeMarkdown(String(value), maxLength(hash));
      },
    },
    /** A list of values from data, escaped and joined. */
    'md-list': {
      params: [1, 1],
      hash: ['max'],
      run: ([list], hash) => (list == null ? unknown() : join(toArray(list).map((item) => escapeMarkdown(String(item), maxLength(hash))))),
    },
    /** An enum code translated: {{t-enum 'verdict' verdict}}. */
    't-enum': { params: [2, 2], hash: [], run: ([kind, value]) => translateEnum(kind, value) },
    /** A list of enum codes translated and joined. */
    't-enum-list': {
      params: [2, 2],
      hash: [],
      run: ([kind, list]) => (list == null ? unknown() : join(toArray(list).map((value) => translateEnum(kind, value)))),
    },
    /** A number: {{format-number n}} (up to two decimals), digits=1 (exactly one), signed=true (+4.5 for changes). */
    'format-number': {
      params: [1, 1],
      hash: ['digits', 'signed'],
      run: ([value], hash) => {
        if (value == null) return unknown();
        const digits = hash.digits === undefined ? QUANTITY : { fractionDigits: toNumber(hash.digits) };
        return formatter.number(toNumber(value), { ...digits, signed: hash.signed === true });
      },
    },
    /** A share 0-1 as a percentage. */
    'format-percent': {
      params: [1, 1],
      hash: ['digits'],
      run: ([value], hash) => (value == null ? unknown() : formatter.percent(toNumber(value), hash.digits === undefined ? 0 : toNumber(hash.digits))),
    },
    /** A score's range, led by its lower end, which ranks: {{format-score total}} → 61.0–80.2. */
    'format-score': {
      params: [1, 1],
      hash: [],
      run: ([range]) => {
        if (range == null) return unknown();
        const { lower, upper } = toRecord(range);
        const points = (value: unknown) => formatter.number(toNumber(value), 1);
        return translate('format.score-range', { lower: points(lower), upper: points(upper) });
      },
    },
    'format-level': {
      params: [1, 1],
      hash: [],
      run: ([level]) => (level == null ? unknown() : translate('format.level', { level: formatQuantity(toNumber(level)) })),
    },
    'format-date': { params: [1, 1], hash: [], run: ([value]) => formatDate(value) },
    /** A plan's price: "USD 12,000 a year", "8 % of spend a month, at least USD 5,000", "free". */
    'format-price': { params: [1, 1], hash: [], run: ([price]) => formatPrice(price) },
    /** A time limit on its clock: "15 min", "4 h of business hours"; {{format-target target}} or {{format-target minutes clock}}. */
    'format-target': {
      params: [1, 2],
      hash: [],
      run: (args) => formatTarget(args.length === 2 ? (args[0] == null ? null : { minutes: args[0], clock: args[1] }) : args[0]),
    },
    /** Targets per severity, grouped: "critical: 4 h; high: 1 day of business hours". */
    'format-targets': { params: [1, 1], hash: [], run: ([targets]) => formatPerSeverity(targets, formatTarget) },
    /** Support hours per severity, grouped: "critical: 7×24; high, normal, low: business hours only". */
    'format-hours': { params: [1, 1], hash: [], run: ([hours]) => formatPerSeverity(hours, (value) => translateEnum('support-hours', value)) },
    /** A plan's business hours: "Mon–Fri, 09:00–18:00 (Asia/Shanghai)". */
    'format-business-hours': {
      params: [1, 1],
      hash: [],
      run: ([hours]) => {
        if (hours == null) return unknown();
        const { days, from, to, timeZone } = toRecord(hours);
        return translate('format.business-hours', { days: formatDays(toArray(days)), from: escapeMarkdown(String(from)), to: escapeMarkdown(String(to)), zone: escapeMarkdown(String(timeZone)) });
      },
    },
    /** A plan's channels, each with the severities it is limited to. */
    'format-channels': {
      params: [1, 1],
      hash: [],
      run: ([channels]) =>
        channels == null
          ? unknown()
          : join(
              toArray(channels).map((entry) => {
                const { channel, severities } = toRecord(entry);
                const shown = translateEnum('probe-channel', channel);
                return severities == null ? shown : translate('format.channel-limited', { channel: shown, severities: join(toArray(severities).map((severity) => translateEnum('severity', severity))) });
              }),
            ),
    },
    'format-minutes': { params: [1, 1], hash: [], run: ([value]) => formatMinutes(value) },
    /** An amount in a currency; without a (valid) currency code, the number and the code as written. */
    'format-money': {
      params: [2, 2],
      hash: [],
      run: ([amount, currency]) => formatMoney(amount, currency),
    },
    /** A value read from a vendor file, shown the way its format says (see ObservedView). */
    'format-observed': { params: [2, 2], hash: [], run: ([value, format]) => formatObserved(value, format) },
    /** The rule that turns a fact or ratings into a level, in words. */
    'format-rule': { params: [1, 1], hash: [], run: ([rule]) => formatRule(rule) },
    /** Evidence behind a score: id, type and date of each. */
    'format-citations': {
      params: [1, 1],
      hash: [],
      run: ([uses]) =>
        join(
          toArray(uses).map((use) => {
            const { id, type, date } = toRecord(use);
            const shown = { id: escapeMarkdown(String(id)), type: translateEnum('evidence-type', type), date: formatDate(date) };
            return translate('format.citation', shown);
          }),
        ),
    },
    'format-ratings': {
      params: [1, 1],
      hash: [],
      run: ([ratings]) =>
        join(
          toArray(ratings).map((rating) => {
            const { evaluator, score } = toRecord(rating);
            return translate('format.rating', { evaluator: escapeMarkdown(String(evaluator)), score: toMarkdown(score) });
          }),
        ),
    },
    'format-people': {
      params: [1, 1],
      hash: [],
      run: ([people]) =>
        join(
          toArray(people).map((person) => {
            const { name, role } = toRecord(person);
            const shownName = escapeMarkdown(String(name));
            return role == null ? shownName : translate('format.person-role', { name: shownName, role: escapeMarkdown(String(role)) });
          }),
        ),
    },
    /** The path of another report set's comparison, which the renderer made: checked to be one, then shown as it is. */
    'report-path': {
      params: [1, 1],
      hash: [],
      run: ([value]) => {
        const path = String(value);
        if (!/^(?:\.\.\/)?(?:(?:en|zh-CN)\/)?README\.md$/.test(path)) throw new Error(`"${escapeMarkdown(path)}" is not the path of a report`);
        return path;
      },
    },
    /** An id checked against [a-z0-9-], for file names and links: vendors/{{safe-id id}}.md. */
    'safe-id': { params: [1, 1], hash: [], run: ([id]) => toSafeId(String(id)) },
    /** The fragment GitHub gives a heading with this text, for links within a page. */
    'heading-anchor': { params: [1, 1], hash: [], run: ([text]) => toHeadingAnchor(String(text)) },
  };
}

const SEVERITIES = ['critical', 'high', 'normal', 'low'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** GitHub's heading ids: lower case, punctuation and symbols dropped, each space a hyphen. */
function toHeadingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}


function toNumber(value: unknown): number {
  if (typeof value !== 'number') throw new Error(`expects a number, got ${typeof value}`);
  return value;
}

function toArray(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`expects a list, got ${value === null ? 'null' : typeof value}`);
  return value;
}

function toRecord(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expects an object');
  return value as Record<string, unknown>;
}
