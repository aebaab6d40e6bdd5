// Reads the value a fact path points at in one vendor file, aggregating lists, and remembers which items of a
// top-level list (trial probes) the value came from, because each probe cites its own evidence.
import type { Aggregate } from '../types/rubric.js';
import { splitFactPath } from '../validate/fact-path.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { aggregateValues } from './aggregate-values.js';
import { round2 } from './round-number.js';

export type FactValue = string | number | boolean;

export interface FactReading {
  /** The value after aggregation; null when the vendor file does not state the fact (unknown, never "no"). */
  value: FactValue | null;
  /** How a list became the value, in words, e.g. "median of 3 values (18, 6, 4)"; absent for single values. */
  aggregation?: string;
  /** 0-based indexes into the top-level list the path starts with (e.g. trial_probes), for the values read. */
  items: number[];
}

interface Found {
  value: unknown;
  item: number | undefined;
}

/** Lists in explanations stay readable: the first few values, then a count. */
const LISTED_VALUES = 10;

/**
 * Missing means unknown: a scalar path is missing when its value is absent; a list path is missing when the
 * list itself is absent. An empty list that is present is an answer (no customers → count 0), except where
 * the aggregate of nothing has no value (the median of no probes).
 */
export function readFact(vendor: VendorEvaluation, fact: string, aggregate?: Aggregate): FactReading {
  const segments = splitFactPath(fact);
  let found: Found[] = [{ value: vendor, item: undefined }];
  let reachedList = false;
  segments.forEach((segment, depth) => {
    const next: Found[] = [];
    for (const { value, item } of found) {
      const child = childOf(value, segment.key);
      if (child === undefined) continue;
      if (!segment.each) next.push({ value: child, item });
      else if (Array.isArray(child)) {
        reachedList = true;
        child.forEach((element, index) => next.push({ value: element, item: depth === 0 ? index : item }));
      }
    }
    found = next;
  });

  if (aggregate === undefined) {
    const value = found[0]?.value;
    // Numbers are read as the report prints them, so the level can be checked against the printed value.
    if (typeof value === 'number') return { value: round2(value), items: itemsOf(found) };
    const scalar = typeof value === 'string' || typeof value === 'boolean';
    return { value: scalar ? value : null, items: itemsOf(found) };
  }

  // A path that ends at a list (service_model.dedicated_group.roles) aggregates that list's items.
  const values: Found[] = [];
  for (const entry of found) {
    if (!Array.isArray(entry.value)) values.push(entry);
    else {
      reachedList = true;
      entry.value.forEach((element, index) => values.push({ value: element, item: segments.length === 1 ? index : entry.item }));
    }
  }
  if (!reachedList) return { value: null, items: [] };
  const raw = values.map((entry) => entry.value);
  const result = aggregateValues(raw, aggregate);
  return {
    value: result === null ? null : round2(result),
    aggregation: describeAggregation(raw, aggregate, result),
    items: itemsOf(values),
  };
}

function childOf(value: unknown, key: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
  const child = (value as Record<string, unknown>)[key];
  return child === null ? undefined : child;
}

function itemsOf(found: readonly Found[]): number[] {
  return [...new Set(found.map((entry) => entry.item).filter((item): item is number => item !== undefined))];
}

function describeAggregation(values: readonly unknown[], aggregate: Aggregate, result: number | null): string {
  const count = `${values.length} ${values.length === 1 ? 'value' : 'values'}`;
  if (aggregate === 'count') return `count of ${count}`;
  if (aggregate === 'share-true') {
    const trues = values.filter((value) => value === true).length;
    return values.length ? `${trues} of ${count} true = ${round2(result ?? 0)}` : `share of true among ${count}`;
  }
  const shown = values.slice(0, LISTED_VALUES).map((value) => (typeof value === 'number' ? String(round2(value)) : JSON.stringify(value)));
  const more = values.length > LISTED_VALUES ? `, … ${values.length - LISTED_VALUES} more` : '';
  return `${aggregate} of ${count} (${shown.join(', ')}${more})${result === null ? '' : ` = ${round2(result)}`}`;
}

/**
 * Whether a fact's value is among the rubric's listed values (`pass_when`, `applies_when.in`), compared as text
 * like the keys of `levels`: `[true]` matches the boolean true.
 */
export function isOneOf(listed: ReadonlyArray<string | number | boolean>, value: string | number | boolean): boolean {
  return listed.some((item) => String(item) === String(value));
}
