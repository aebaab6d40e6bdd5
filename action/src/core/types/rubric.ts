// The shape of rubric.yaml, as schemas/rubric.schema.json defines it. Weights are a team decision,
// reviewed by pull request like everything else.
import type { EvidenceType } from './vendor.js';

export type Language = 'en' | 'zh-CN';
export type LocalText = Record<Language, string>;
export type Level = 0 | 1 | 2 | 3 | 4;
export type Aggregate = 'count' | 'median' | 'max' | 'min' | 'sum' | 'share-true';

interface CriterionBase {
  id: string;
  title: LocalText;
  description?: LocalText;
  /**
   * What to ask the vendor when the fact is unknown, as the institution would ask it (`vendor-review questions`).
   * Rating criteria have none in rubric.yaml: they are asked of our evaluators, in fixed words.
   */
  question?: LocalText;
  /** Share of the dimension, in percent; the criteria of a dimension sum to 100. */
  weight: number;
  /**
   * The criterion counts only for vendors whose fact is one of `in` (e.g. partner escalation only where there are
   * partners). Otherwise it is "not applicable": its weight goes to the other criteria of its dimension. A missing
   * fact keeps it applicable: not saying is never a way out of a question.
   */
  applies_when?: Condition;
}

export interface Condition {
  fact: string;
  in: Array<string | number | boolean>;
}

/**
 * A fact-based criterion reads a value from the vendor facts. `fact` is a dotted path; `[]` maps over a list
 * (e.g. `trial_probes[].first_response_minutes`), which then needs an `aggregate`.
 * Exactly one of `thresholds` (numbers) or `levels` (enum / boolean values, keys as strings) maps it to 0-4.
 */
export interface FactCriterion extends CriterionBase {
  fact: string;
  aggregate?: Aggregate;
  /** benefit: more is better (level = how many thresholds value >= t, ascending);
   *  cost: less is better (level = how many thresholds value <= t, descending). */
  direction?: 'benefit' | 'cost';
  thresholds?: [number, number, number, number];
  levels?: Record<string, Level>;
}

/** A rating-based criterion takes the median of the evaluators' 1-5 ratings (level = median - 1). */
export interface RatingCriterion extends CriterionBase {
  rating: { anchors: Record<'1' | '2' | '3' | '4' | '5', LocalText> };
}

export type Criterion = FactCriterion | RatingCriterion;

export interface Dimension {
  id: string;
  title: LocalText;
  description?: LocalText;
  /** Share of the total, in percent; the dimensions sum to 100. */
  weight: number;
  criteria: Criterion[];
}

/** A knock-out: the value at `fact` must be one of `pass_when`; missing is "unknown", which never passes. */
export interface Gate {
  id: string;
  title: LocalText;
  /** What to ask the vendor while the gate is unknown: its answer decides whether the vendor is knocked out. */
  question?: LocalText;
  fact: string;
  aggregate?: Aggregate;
  pass_when: Array<string | number | boolean>;
}

export type Band = 'excellent' | 'good' | 'fair' | 'poor';

export interface Rubric {
  version: string;
  dimensions: Dimension[];
  gates: Gate[];
  verdict: {
    /** A dimension is "good" when its level (score / 25) is at least this. */
    good_level: number;
    /** Low risk when at least this share of dimensions is good ("good in most dimensions"). */
    low_risk_share: number;
    /** Lowest total score of each band, highest band first; the last band has min 0. */
    bands: Array<{ id: Band; min: number }>;
  };
  evidence: {
    factors: Record<EvidenceType, number>;
    /** Confidence of a fact that cites no evidence. */
    unsupported_factor: number;
    /** Evidence loses half its weight every this many days before the evaluation date. */
    half_life_days: number;
  };
  missing_data: {
    /** Below this share of answered weight a vendor is "insufficient data" and ranks last. */
    min_coverage: number;
  };
  robustness: {
    seed: number;
    samples: number;
    /** Each weight is multiplied by a factor drawn uniformly from [1 - spread, 1 + spread]. */
    spread: number;
  };
}
