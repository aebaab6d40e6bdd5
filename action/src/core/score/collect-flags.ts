// Everything a reader should look at besides the score: claims the trial contradicted, criteria the evaluators
// disagree on, and an evaluation past its review date. Flags never change the score; they ask for attention.
import type { CriterionScore, Flag } from '../types/score.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { checkClaims } from './check-claims.js';

/** Two levels apart (a 2 and a 4) is more than rounding: the evaluators saw different things. */
const DISAGREEMENT_SPREAD = 2;

export function collectFlags(vendor: VendorEvaluation, criteria: readonly CriterionScore[], asOf: string): Flag[] {
  const flags: Flag[] = checkClaims(vendor);
  for (const criterion of criteria) {
    const ratings = criterion.ratings ?? [];
    if (!ratings.length) continue;
    const scores = ratings.map((rating) => rating.score);
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    if (max - min < DISAGREEMENT_SPREAD) continue;
    // Name the evaluators at both ends: they are the ones who should compare notes.
    const evaluators = [
      ...ratings.filter((rating) => rating.score === min),
      ...ratings.filter((rating) => rating.score === max),
    ].map((rating) => rating.evaluator);
    flags.push({ kind: 'evaluator-disagreement', criterion: criterion.criterion, min, max, evaluators: [...new Set(evaluators)] });
  }
  // Dates are YYYY-MM-DD, so text order is date order.
  if (asOf > vendor.evaluation.review_by) flags.push({ kind: 'stale', review_by: vendor.evaluation.review_by });
  return flags;
}
