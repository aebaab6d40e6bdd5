// Turning a list of facts (one per trial probe, customer, role …) into the one value a criterion scores.
import type { Aggregate } from '../types/rubric.js';

/** The middle value; of an even count, the mean of the two middle values. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * One number from a list, or null when the aggregate of nothing is undefined (the median of no probes is
 * unknown, whereas the count of no customers is 0). Values of the wrong type are ignored; the rubric check
 * already made sure the path holds the right type.
 */
export function aggregateValues(values: readonly unknown[], aggregate: Aggregate): number | null {
  if (aggregate === 'count') return values.length;
  if (aggregate === 'share-true') {
    const booleans = values.filter((value): value is boolean => typeof value === 'boolean');
    return booleans.length ? booleans.filter(Boolean).length / booleans.length : null;
  }
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (!numbers.length) return null;
  switch (aggregate) {
    case 'median':
      return median(numbers);
    case 'max':
      return Math.max(...numbers);
    case 'min':
      return Math.min(...numbers);
    case 'sum':
      return numbers.reduce((total, value) => total + value, 0);
  }
}
