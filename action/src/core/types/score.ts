// What scoring produces. Pure data, stable field order: reports/scores.json is the report with VendorSummary entries,
// serialised, and reports/vendors/<id>.json each VendorScore without its rank.
import type { Band, Level } from './rubric.js';
import type { Clock, EvidenceType, Severity } from './vendor.js';

export interface EvidenceUse {
  id: string; // evidence id, or "probe:<n>" for a trial probe that cites none
  type: EvidenceType;
  date: string;
  factor: number; // type factor x freshness
}

export interface CriterionScore {
  dimension: string;
  criterion: string;
  kind: 'fact' | 'rating';
  /**
   * Weight in the total, in percent of 100 (dimension weight x criterion share / 100). The share is the rubric's,
   * rescaled within the dimension when a criterion does not apply to this vendor (which then has weight 0).
   */
  weight: number;
  /** False when the rubric's `applies_when` rules the criterion out for this vendor. */
  applicable: boolean;
  answered: boolean;
  level: Level | null;
  value: number | null; // level / 4
  /** The fact path, or "ratings" for rating criteria. */
  source: string;
  /** The value read (after aggregation), e.g. 120 or "24x7"; null when missing. */
  observed: string | number | boolean | null;
  /** Plain words: which rule turned the observed value into the level. */
  rule: string;
  evidence: EvidenceUse[];
  confidence: number | null;
  ratings?: Array<{ evaluator: string; score: number }>;
}

export interface ScoreRange {
  /** Renormalised over answered weight, 0-100; null when nothing is answered. */
  score: number | null;
  /** Missing counted as 0. */
  lower: number;
  /** Missing counted as full marks. */
  upper: number;
  /** Share of weight answered, 0-1. */
  coverage: number;
  /** Weighted mean confidence of answered criteria, 0-1; null when nothing is answered. */
  confidence: number | null;
}

export interface DimensionScore extends ScoreRange {
  dimension: string;
  weight: number;
  level: Level | null; // round-down of score / 25, capped at 4
  /** The level reaches the rubric's good level, over at least its minimum coverage of the dimension's weight. */
  good: boolean;
}

export type GateStatus = 'pass' | 'fail' | 'unknown';

export interface GateResult {
  gate: string;
  status: GateStatus;
  observed: string | number | boolean | null;
}

export type Flag =
  | {
      kind: 'claim-contradicted';
      /** The plan the probes ran under, whose promise they broke. */
      plan: string;
      severity: Severity;
      clock: Clock;
      claimed_minutes: number;
      observed_median_minutes: number;
      observed_worst_minutes: number;
      probes: number;
    }
  | { kind: 'evaluator-disagreement'; criterion: string; min: number; max: number; evaluators: string[] }
  | { kind: 'stale'; review_by: string };

export type Verdict = 'low-risk' | 'moderate-risk' | 'high-risk' | 'knocked-out' | 'insufficient-data';

/** Comparable vendors are ranked; the others are listed after them, insufficient data before knocked out. */
export type Standing = 'ranked' | 'insufficient-data' | 'knocked-out';

/** The vendor's total had the institution bought this plan: what an upgrade (or a cheaper plan) changes. */
export interface PlanTotal {
  plan: string;
  name: string;
  /** The plan evaluation.plan names, whose terms the vendor's score is. */
  evaluated: boolean;
  total: ScoreRange;
  band: Band | null;
  verdict: Verdict;
}

export interface VendorScore {
  id: string;
  name: string;
  file: string;
  /** 1-based among the comparable vendors, by the documented ranking rule; null for the others. */
  rank: number | null;
  standing: Standing;
  /** The evaluated plan's id: the criteria that read plan.* read its terms. */
  plan: string;
  total: ScoreRange;
  band: Band | null;
  verdict: Verdict;
  good_dimensions: number;
  gates: GateResult[];
  /** Every plan of the vendor, in file order, with the total under its terms. */
  plans: PlanTotal[];
  flags: Flag[];
  dimensions: DimensionScore[];
  criteria: CriterionScore[];
}

export interface Robustness {
  leader: string | null;
  runner_up: string | null;
  /** Smallest change of one dimension weight (in points, others rescaled) that changes first place. */
  flip: { dimension: string; change: number } | null;
  /** Share of perturbed-weight samples in which each vendor ranks first. */
  win_probability: Record<string, number>;
  seed: number;
  samples: number;
}

/**
 * What a report was computed from, so that a later run can tell which of its entries still hold: a pull request
 * reuses the entries of the vendor files it does not change (same blob) while engine, schema and rubric are the
 * same, instead of parsing those files again.
 */
export interface ScoreSources {
  /** vendor-review's version: the scoring rules are its code. */
  engine: string;
  /** Git blob SHA of the vendor schema the engine validates with (its JSON text). */
  schema: string;
  /** SHA of the rubric as checked (its JSON). */
  rubric: string;
  /** Git blob SHA of each scored vendor file, by path. */
  vendors: Record<string, string>;
}

/**
 * A vendor's entry without its criteria: all that ranking and comparing read, and what reports/scores.json lists
 * (each vendor's criteria are in reports/vendors/<id>.json, so a pull request reads a small index, not every
 * criterion of every vendor).
 */
export type VendorSummary = Omit<VendorScore, 'criteria'>;

/** Vendors in rank order under one rubric: what comparing two rankings needs (a pull request skips robustness). */
export interface Ranking {
  rubric_version: string;
  vendors: VendorSummary[];
}

export interface ScoreReport {
  rubric_version: string;
  /** In reports rendered from files (reports/scores.json); absent where scores are only compared in memory. */
  sources?: ScoreSources;
  vendors: VendorScore[]; // in rank order
  robustness: Robustness;
}
