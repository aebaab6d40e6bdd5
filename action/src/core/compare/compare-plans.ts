// What a pull request changes in a vendor's support plans: plans added or removed, and for each plan on both
// sides the terms whose values differ (a new price, a first-response promise on another clock), so the review shows
// a change of terms even where the totals do not move.
import type { PlanTerm, VendorEvaluation } from '../types/vendor.js';

export interface PlanTermChange {
  plan: string;
  status: 'added' | 'removed' | 'changed';
  /** The terms whose values differ, in the schema's order; every term the plan states when added or removed. */
  terms: PlanTerm[];
}

export const PLAN_TERMS: readonly PlanTerm[] = [
  'name',
  'price',
  'hours',
  'business_hours',
  'first_response',
  'commitment',
  'restoration',
  'resolution',
  'update_interval',
  'channels',
  'urgent_escalation',
  'account_management',
  'dedicated_group',
  'architecture_consulting',
  'onsite_service',
  'languages',
  'regions',
  'evidence',
  'notes',
];

/**
 * Plans are matched by id; a plan's name is its head name (its base name when it is removed). A vendor new or gone
 * has no change of terms: its whole entry is.
 */
export function comparePlanTerms(before: VendorEvaluation | null, after: VendorEvaluation | null): PlanTermChange[] {
  if (!before || !after) return [];
  const was = new Map(before.support_plans.map((plan) => [plan.id, plan]));
  const now = new Map(after.support_plans.map((plan) => [plan.id, plan]));
  const changes: PlanTermChange[] = [];
  for (const [id, plan] of now) {
    const old = was.get(id);
    const terms = PLAN_TERMS.filter((term) => (old ? !sameValue(old[term], plan[term]) : plan[term] !== undefined));
    if (!old) changes.push({ plan: plan.name, status: 'added', terms });
    else if (terms.length) changes.push({ plan: plan.name, status: 'changed', terms });
  }
  for (const [id, plan] of was) {
    if (!now.has(id)) changes.push({ plan: plan.name, status: 'removed', terms: PLAN_TERMS.filter((term) => plan[term] !== undefined) });
  }
  return changes;
}

/** Parsed YAML data: plain values, lists and mappings, compared by what they hold, whatever the order of keys. */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
