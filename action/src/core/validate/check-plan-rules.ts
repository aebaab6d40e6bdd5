// Rules of the support plans JSON Schema cannot say: plan ids that are unique and that evaluation.plan and every
// trial probe name; prices that state what their model needs; business hours wherever a term counts in them; and
// dates that are on the calendar and in order.
import { laterRepeats } from '../text/later-repeats.js';
import { isKnownTimeZone, parseOffsetDateTime } from '../time/business-clock.js';
import type { Finding } from '../types/findings.js';
import type { SupportPlan, VendorEvaluation } from '../types/vendor.js';
import { suggestClosest } from '../text/suggest.js';
import { findingAt } from './locate-node.js';
import type { PathSegment } from './locate-node.js';
import type { ParsedYaml } from './parse-yaml.js';

interface Located {
  parsed: ParsedYaml;
  data: VendorEvaluation;
}

/** The terms that count on a clock: a business clock on any of them needs the plan's business hours. */
const TARGET_TERMS = ['first_response', 'restoration', 'resolution', 'update_interval'] as const;

export function checkPlanRules({ parsed, data }: Located): Finding[] {
  const ids = data.support_plans.map((plan) => plan.id);
  const findings: Finding[] = laterRepeats(ids).map((index) =>
    findingAt(parsed, {
      path: ['support_plans', index, 'id'],
      code: 'plan-duplicate',
      message: `The plan id \`${ids[index]}\` is used twice.`,
      hint: "Give each plan its own id, e.g. the vendor's name for it in lowercase: business, enterprise.",
    }),
  );
  data.support_plans.forEach((plan, index) => findings.push(...checkPrice(parsed, plan, index), ...checkBusinessHours(parsed, plan, index)));

  const namePlan = (id: string, path: PathSegment[], what: string) => {
    if (ids.includes(id)) return;
    const closest = suggestClosest(id, ids);
    findings.push(
      findingAt(parsed, {
        path,
        code: 'plan-unknown',
        message: `${what} \`${id}\`, which is not the id of a plan under \`support_plans\`.`,
        hint: closest ? `Did you mean \`${closest}\`?` : `Plans of this file: ${ids.join(', ')}.`,
      }),
    );
  };
  namePlan(data.evaluation.plan, ['evaluation', 'plan'], 'The evaluated plan is');
  (data.trial_probes ?? []).forEach((probe, index) => {
    namePlan(probe.plan, ['trial_probes', index, 'plan'], 'The probe ran under the plan');
    if (probe.opened_at !== undefined && parseOffsetDateTime(probe.opened_at) === null) {
      findings.push(
        findingAt(parsed, {
          path: ['trial_probes', index, 'opened_at'],
          code: 'probe-opened-at',
          message: `\`${probe.opened_at}\` is not a real time: the date or the time of day is not on the calendar or the clock.`,
          hint: 'Write the date, the time and the offset, e.g. "2026-07-24T20:00+08:00".',
        }),
      );
    }
  });
  findings.push(...checkEvidenceDates(parsed, data));
  return findings;
}

/** A fixed fee needs its amount, currency and period; a share of spend its percentage and period; any sum its currency. */
function checkPrice(parsed: ParsedYaml, plan: SupportPlan, index: number): Finding[] {
  const price = plan.price;
  if (!price) return [];
  const needs: Record<string, readonly string[]> = { fixed: ['amount', 'currency', 'period'], 'percent-of-spend': ['percent', 'period'] };
  const missing = (needs[price.model] ?? []).filter((key) => price[key as keyof typeof price] === undefined);
  if (price.minimum !== undefined && price.currency === undefined && !missing.includes('currency')) missing.push('currency');
  const at: PathSegment[] = ['support_plans', index, 'price'];
  if (missing.length) {
    return [
      findingAt(parsed, {
        path: [...at, 'model'],
        code: 'plan-price',
        message: `A \`${price.model}\` price needs ${missing.map((key) => `\`${key}\``).join(', ')}.`,
        hint:
          price.model === 'percent-of-spend'
            ? 'e.g. percent: 8, minimum: 5000, currency: USD, period: month.'
            : 'e.g. amount: 12000, currency: CNY, period: year.',
      }),
    ];
  }
  const sums = price.model === 'fixed' ? ['percent'] : price.model === 'percent-of-spend' ? ['amount'] : ['amount', 'percent', 'minimum'];
  const stray = sums.find((key) => price[key as keyof typeof price] !== undefined);
  if (!stray) return [];
  return [
    findingAt(parsed, {
      path: [...at, stray],
      code: 'plan-price',
      message: `A \`${price.model}\` price has no \`${stray}\`.`,
      hint: `Remove \`${stray}\`, or set \`model\` to the way the plan is really charged (fixed, percent-of-spend).`,
    }),
  ];
}

/**
 * Targets that count in business hours need the plan's business hours, in a known zone, ending after they start:
 * without them the minutes cannot be counted. Hours that are business hours may say so without the window.
 */
function checkBusinessHours(parsed: ParsedYaml, plan: SupportPlan, index: number): Finding[] {
  const at: PathSegment[] = ['support_plans', index];
  const hours = plan.business_hours;
  if (!hours) {
    const term = firstBusinessTerm(plan);
    if (!term) return [];
    return [
      findingAt(parsed, {
        path: [...at, ...term],
        code: 'plan-business-hours',
        message: `\`${term.join('.')}\` counts in business hours, but the plan has no \`business_hours\`.`,
        hint: 'Add `business_hours:` with `time_zone`, `days`, `from` and `to`, e.g. Asia/Shanghai, [mon, tue, wed, thu, fri], "09:00", "18:00".',
      }),
    ];
  }
  const findings: Finding[] = [];
  if (!isKnownTimeZone(hours.time_zone)) {
    findings.push(
      findingAt(parsed, {
        path: [...at, 'business_hours', 'time_zone'],
        code: 'plan-time-zone',
        message: `\`${hours.time_zone}\` is not a time zone of the IANA database.`,
        hint: 'Write it as Region/City, e.g. Asia/Shanghai, Europe/Berlin or America/Los_Angeles.',
      }),
    );
  }
  if (hours.to <= hours.from) {
    findings.push(
      findingAt(parsed, {
        path: [...at, 'business_hours', 'to'],
        code: 'plan-business-hours',
        message: `Business hours end at ${hours.to}, not after they start at ${hours.from}.`,
        hint: 'Write the closing time after the opening time on the same day; "24:00" is midnight.',
      }),
    );
  }
  return findings;
}

function firstBusinessTerm(plan: SupportPlan): string[] | null {
  for (const term of TARGET_TERMS) {
    for (const [severity, target] of Object.entries(plan[term] ?? {})) if (target?.clock === 'business') return [term, severity, 'clock'];
  }
  return null;
}

/** A published month or day must be on the calendar and no later than the day the evidence was read. */
function checkEvidenceDates(parsed: ParsedYaml, data: VendorEvaluation): Finding[] {
  const findings: Finding[] = [];
  (data.evidence ?? []).forEach((item, index) => {
    const { published, retrieved } = item;
    if (published === undefined) return;
    const path: PathSegment[] = ['evidence', index, 'published'];
    if (published.length === 10 && !isCalendarDay(published)) {
      findings.push(
        findingAt(parsed, {
          path,
          code: 'date-invalid',
          message: `${published} is not a day of the calendar.`,
          hint: 'Check the day of the month, or write the month alone (YYYY-MM).',
        }),
      );
    } else if (published > retrieved && !retrieved.startsWith(published)) {
      findings.push(
        findingAt(parsed, {
          path,
          code: 'date-order',
          message: `The evidence was published ${published}, after it was retrieved on ${retrieved}.`,
          hint: 'Swap the two dates if they were entered the wrong way round.',
        }),
      );
    }
  });
  return findings;
}

function isCalendarDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const parsed = new Date(Date.UTC(year!, month! - 1, day!));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month! - 1 && parsed.getUTCDate() === day;
}
