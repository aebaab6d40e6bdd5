// One rule combines criteria into a dimension and dimensions into the total, so both levels read the same way:
//
//   answered weight A = Σ weight × coverage
//   score             = Σ weight × lower / A          (renormalised over what is answered; null when A = 0)
//   lower bound       = Σ weight × lower / Σ weight   (missing counted as 0)
//   upper bound       = lower bound + (1 − coverage) × 100   (missing counted as full marks)
//   coverage          = A / Σ weight
//   confidence        = Σ weight × coverage × confidence / A
//
// A criterion enters as coverage 1 and lower = value × 100 when answered, coverage 0 otherwise. A dimension's
// lower bound is its score × coverage, so re-weighting the dimensions (robustness) needs no re-scoring.
import type { ScoreRange } from '../types/score.js';
import { round2 } from './round-number.js';

export interface ScorePart {
  weight: number;
  /** Share answered, 0-1. */
  coverage: number;
  /** 0-100, missing counted as 0. */
  lower: number;
  /** 0-1, or null when nothing in the part is answered. */
  confidence: number | null;
}

/** Unrounded, for further combination; `roundRange` makes it a report value. */
export function combineParts(parts: readonly ScorePart[]): ScoreRange {
  let total = 0;
  let answered = 0;
  let points = 0;
  let trust = 0;
  for (const part of parts) {
    total += part.weight;
    answered += part.weight * part.coverage;
    points += part.weight * part.lower;
    trust += part.weight * part.coverage * (part.confidence ?? 0);
  }
  if (total <= 0) return { score: null, lower: 0, upper: 100, coverage: 0, confidence: null };
  const lower = points / total;
  const coverage = answered / total;
  return {
    score: answered > 0 ? points / answered : null,
    lower,
    upper: lower + (1 - coverage) * 100,
    coverage,
    confidence: answered > 0 ? trust / answered : null,
  };
}

export function roundRange(range: ScoreRange): ScoreRange {
  return {
    score: range.score === null ? null : round2(range.score),
    lower: round2(range.lower),
    upper: round2(range.upper),
    coverage: round2(range.coverage),
    confidence: range.confidence === null ? null : round2(range.confidence),
  };
}
