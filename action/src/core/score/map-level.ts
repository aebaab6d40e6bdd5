// Turns the value of a fact into a level 0-4 by the criterion's fixed thresholds or levels, and says in words
// how, so the explanation can quote the rule next to the number.
import type { FactCriterion, Level } from '../types/rubric.js';
import type { FactValue } from './read-fact.js';

export interface LevelMapping {
  /** Null when the rubric has no level for the value (the rubric check prevents this for valid rubrics). */
  level: Level | null;
  rule: string;
}

/**
 * benefit: level = how many thresholds the value reaches (value ≥ threshold), thresholds ascending.
 * cost: level = how many thresholds the value stays within (value ≤ threshold), thresholds descending.
 * Counting rather than searching means equal neighbouring thresholds simply skip a level.
 */
export function mapFactToLevel(criterion: FactCriterion, value: FactValue): LevelMapping {
  if (criterion.thresholds) {
    const thresholds = criterion.thresholds;
    const list = thresholds.join(', ');
    if (typeof value !== 'number') {
      return { level: null, rule: `thresholds ${list} compare numbers, but the value is ${formatFactValue(value)}` };
    }
    if (criterion.direction === 'cost') {
      const met = thresholds.filter((threshold) => value <= threshold).length as Level;
      return {
        level: met,
        rule: `less is better: the level is how many of the thresholds ${list} the value stays within (value ≤ threshold); ${value} stays within ${met}, so level ${met}`,
      };
    }
    const reached = thresholds.filter((threshold) => value >= threshold).length as Level;
    return {
      level: reached,
      rule: `more is better: the level is how many of the thresholds ${list} the value reaches (value ≥ threshold); ${value} reaches ${reached}, so level ${reached}`,
    };
  }
  const levels = criterion.levels ?? {};
  const table = Object.entries(levels)
    .map(([key, level]) => `${key} → ${level}`)
    .join(', ');
  const key = String(value);
  if (!Object.hasOwn(levels, key)) {
    return { level: null, rule: `each value has a level (${table}), but ${formatFactValue(value)} has none` };
  }
  return { level: levels[key]!, rule: `each value has a level (${table}); ${formatFactValue(value)} is level ${levels[key]}` };
}

export function formatFactValue(value: FactValue): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
