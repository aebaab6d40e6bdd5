// One vendor against the rubric, on its own: nothing here looks at other vendors, so adding, removing or
// reordering vendors never changes this vendor's numbers (only its rank).
import type { Criterion, Rubric } from '../types/rubric.js';
import type { CriterionScore, DimensionScore, VendorScore } from '../types/score.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { checkGates, isKnockedOut } from './check-gates.js';
import { collectFlags } from './collect-flags.js';
import { combineParts, roundRange } from './combine-scores.js';
import type { ScorePart } from './combine-scores.js';
import { bandOf, decideVerdict, levelOfScore } from './decide-verdict.js';
import { round2 } from './round-number.js';
import { isOneOf, readFact } from './read-fact.js';
import { registerEvidence } from './collect-evidence.js';
import { scoreCriterion } from './score-criterion.js';

export interface ScoredVendor {
  /** The report entry; `rank` is 0 until the vendors are ranked. */
  score: VendorScore;
  /** Each dimension's unrounded result, weighted by the rubric: robustness re-weights these without re-scoring. */
  parts: ScorePart[];
  /** A gate failed (whatever the coverage): ranks behind every vendor that is not knocked out. */
  knockedOut: boolean;
}

/** `asOf` (YYYY-MM-DD) only decides whether the evaluation is flagged as stale. */
export function scoreVendor(input: { file: string; vendor: VendorEvaluation; rubric: Rubric; asOf: string }): ScoredVendor {
  const { file, vendor, rubric, asOf } = input;
  const criteria: CriterionScore[] = [];
  const dimensions: DimensionScore[] = [];
  const parts: ScorePart[] = [];
  const context = { vendor, policy: rubric.evidence, register: registerEvidence(vendor) };
  for (const dimension of rubric.dimensions) {
    const { applies, shares } = shareDimension(dimension.criteria, vendor);
    const scored = dimension.criteria.map((criterion, i) => scoreCriterion(context, { criterion, dimension, applies: applies[i]!, share: shares[i]! }));
    criteria.push(...scored);
    // Inside a dimension each criterion counts with its share of the dimension.
    const raw = combineParts(
      scored.map((criterion, i) => ({
        weight: shares[i]!,
        coverage: criterion.answered ? 1 : 0,
        lower: (criterion.value ?? 0) * 100,
        confidence: criterion.confidence,
      })),
    );
    parts.push({ weight: dimension.weight, coverage: raw.coverage, lower: raw.lower, confidence: raw.confidence });
    const range = roundRange(raw);
    // The level is read from the score as printed, so a reader can check it (74.996 prints 75.00: level 3).
    const level = levelOfScore(range.score);
    dimensions.push({
      dimension: dimension.id,
      weight: round2(dimension.weight),
      ...range,
      level,
      good: level !== null && level >= rubric.verdict.good_level,
    });
  }

  const total = roundRange(combineParts(parts));
  const gates = checkGates(vendor, rubric.gates);
  const goodDimensions = dimensions.filter((dimension) => dimension.good).length;
  const verdict = decideVerdict({ coverage: total.coverage, gates, goodDimensions, dimensionCount: dimensions.length }, rubric);
  return {
    score: {
      id: vendor.id,
      name: vendor.name,
      file,
      rank: 0,
      total,
      // A score over a sliver of the facts is no grade: no band until enough is known.
      band: verdict === 'insufficient-data' ? null : bandOf(total.score, rubric.verdict.bands),
      verdict,
      good_dimensions: goodDimensions,
      gates,
      flags: collectFlags(vendor, criteria, asOf),
      dimensions,
      criteria,
    },
    parts,
    knockedOut: isKnockedOut(gates),
  };
}

/**
 * Each criterion's share of its dimension for this vendor: the rubric's weights, with the criteria that do not
 * apply set to 0 and the rest rescaled to the same total, so the dimension keeps its weight in the total.
 */
function shareDimension(criteria: readonly Criterion[], vendor: VendorEvaluation): { applies: boolean[]; shares: number[] } {
  const applies = criteria.map((criterion) => appliesTo(criterion, vendor));
  const all = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const kept = criteria.reduce((sum, criterion, i) => sum + (applies[i] ? criterion.weight : 0), 0);
  return { applies, shares: criteria.map((criterion, i) => (applies[i] && kept > 0 ? (criterion.weight * all) / kept : 0)) };
}

/** A missing fact keeps the criterion applicable: a vendor cannot skip a question by not answering another. */
function appliesTo(criterion: Criterion, vendor: VendorEvaluation): boolean {
  if (!criterion.applies_when) return true;
  const { value } = readFact(vendor, criterion.applies_when.fact);
  return value === null || isOneOf(criterion.applies_when.in, value);
}
