// One criterion of one vendor: the value read (or the ratings given), the level it maps to, the evidence behind
// it and how far that evidence can be trusted.
import type { Criterion, Dimension, FactCriterion, Level, RatingCriterion, Rubric } from '../types/rubric.js';
import type { CriterionScore } from '../types/score.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { median } from './aggregate-values.js';
import { collectFactEvidence, collectRatingEvidence, confidenceOf } from './collect-evidence.js';
import type { EvidenceRegister } from './collect-evidence.js';
import { formatFactValue, mapFactToLevel } from './map-level.js';
import { readFact } from './read-fact.js';
import { round2 } from './round-number.js';
import { PLAN_ROOT, readsPlan } from '../validate/fact-path.js';
import type { VendorUnderPlan } from './under-plan.js';

const UNANSWERED = 'counted as 0 in the lower bound and as full marks in the upper bound, and left out of the score';

/** The vendor being scored, with how evidence is weighed (the rubric's policy) and its evidence by id. */
export interface VendorContext {
  vendor: VendorEvaluation;
  policy: Rubric['evidence'];
  register: EvidenceRegister;
}

/**
 * A criterion where it stands for this vendor. `applies`: whether the rubric's `applies_when` lets it count.
 * `share`: its share of its dimension, in percent: the rubric's weight, rescaled when other criteria of the
 * dimension do not apply, or 0 when this one does not.
 */
export interface CriterionPlace {
  criterion: Criterion;
  dimension: Dimension;
  applies: boolean;
  share: number;
}

export function scoreCriterion(context: VendorContext, place: CriterionPlace): CriterionScore {
  const { criterion, dimension } = place;
  const weight = round2((dimension.weight * place.share) / 100);
  if (!place.applies) return notApplicable(context.vendor, { criterion, dimension, weight });
  return 'rating' in criterion
    ? scoreRatingCriterion(context, { criterion, dimension, weight })
    : scoreFactCriterion(context, { criterion, dimension, weight });
}

/** A criterion with its weight in the total for this vendor. */
interface Weighed<C extends Criterion> {
  criterion: C;
  dimension: Dimension;
  weight: number;
}

function notApplicable(vendor: VendorEvaluation, { criterion, dimension, weight }: Weighed<Criterion>): CriterionScore {
  const condition = criterion.applies_when!;
  const { value } = readFact(vendor, condition.fact);
  return {
    dimension: dimension.id,
    criterion: criterion.id,
    kind: 'rating' in criterion ? 'rating' : 'fact',
    weight,
    applicable: false,
    answered: false,
    level: null,
    value: null,
    source: 'rating' in criterion ? 'ratings' : criterion.fact,
    observed: null,
    rule: `not applicable: ${condition.fact} is ${value === null ? 'unknown' : formatFactValue(value)}, and the criterion applies only when it is ${condition.in.map(String).join(' or ')}; its weight goes to the other criteria of the dimension`,
    evidence: [],
    confidence: null,
  };
}

function scoreFactCriterion({ vendor, policy, register }: VendorContext, weighed: Weighed<FactCriterion>): CriterionScore {
  const { criterion } = weighed;
  const reading = readFact(vendor, criterion.fact, criterion.aggregate);
  const mapping = reading.value === null ? null : mapFactToLevel(criterion, reading.value);
  if (reading.value === null || !mapping || mapping.level === null) {
    const why =
      reading.value === null
        ? reading.aggregation
          ? `no answer: ${reading.aggregation} gives no value`
          : `no answer: ${whoStates(vendor, criterion.fact)} does not state ${readsPlan(criterion.fact) ? criterion.fact.slice(PLAN_ROOT.length + 1) : criterion.fact} (unknown, not "no")`
        : `no answer: ${mapping?.rule}`;
    return answerCriterion(weighed, {
      level: null,
      source: criterion.fact,
      observed: reading.value,
      rule: `${why}; ${UNANSWERED}`,
      evidence: [],
      confidence: null,
    });
  }
  const cited = collectFactEvidence({ vendor, register, fact: criterion.fact, items: reading.items });
  const { uses, confidence } = confidenceOf(cited, vendor.evaluation.evaluated_on, policy);
  const rule = reading.aggregation ? `${reading.aggregation}; ${mapping.rule}` : mapping.rule;
  return answerCriterion(weighed, { level: mapping.level, source: criterion.fact, observed: reading.value, rule, evidence: uses, confidence });
}

/** Who is silent on a fact: the plan being scored for its terms, the vendor file for everything else. */
function whoStates(vendor: VendorEvaluation, fact: string): string {
  const plan = (vendor as Partial<VendorUnderPlan>).plan;
  return readsPlan(fact) && plan ? `the plan "${plan.name}" (${plan.id})` : 'the vendor file';
}

/**
 * Level = median rating − 1. The median of an even number of ratings is the mean of the two middle ones; a
 * half (3.5) is rounded down, so a split panel never lifts a vendor above what half its evaluators saw.
 */
function scoreRatingCriterion({ vendor, policy, register }: VendorContext, weighed: Weighed<RatingCriterion>): CriterionScore {
  const ratings = (vendor.ratings ?? []).filter((rating) => rating.criterion === weighed.criterion.id);
  const given = ratings.map((rating) => ({ evaluator: rating.evaluator, score: rating.score }));
  const middle = median(given.map((rating) => rating.score));
  if (middle === null) {
    const rule = `no answer: no evaluator rated it; ${UNANSWERED}`;
    return answerCriterion(weighed, { level: null, source: 'ratings', observed: null, rule, evidence: [], confidence: null, ratings: given });
  }
  const rounded = Math.ceil(middle - 0.5); // round half down: 3.5 → 3, 3.4 → 3, 3.6 → 4
  const level = Math.min(4, Math.max(0, rounded - 1)) as Level;
  const listed = given.map((rating) => rating.score).join(', ');
  const roundedNote = rounded === middle ? '' : `, rounded half down to ${rounded}`;
  const { uses, confidence } = confidenceOf(collectRatingEvidence(register, ratings), vendor.evaluation.evaluated_on, policy);
  const rule = `median of ${given.length} ${given.length === 1 ? 'rating' : 'ratings'} (${listed}) = ${formatFactValue(middle)}${roundedNote}; level = ${rounded} − 1 = ${level}`;
  return answerCriterion(weighed, { level, source: 'ratings', observed: middle, rule, evidence: uses, confidence, ratings: given });
}

/** What an applicable criterion's score says beyond which criterion it is; a null level means unanswered. */
type Answer = Pick<CriterionScore, 'level' | 'source' | 'observed' | 'rule' | 'evidence' | 'confidence' | 'ratings'>;

/** Built as one literal in CriterionScore's field order, which scores.json keeps (and which is fastest: see docs/performance.md). */
function answerCriterion({ criterion, dimension, weight }: Weighed<Criterion>, answer: Answer): CriterionScore {
  const { level, source, observed, rule, evidence, confidence, ratings } = answer;
  const kind = 'rating' in criterion ? 'rating' : 'fact';
  const value = level === null ? null : level / 4;
  const score: CriterionScore = {
    dimension: dimension.id,
    criterion: criterion.id,
    kind,
    weight,
    applicable: true,
    answered: level !== null,
    level,
    value,
    source,
    observed,
    rule,
    evidence,
    confidence,
  };
  if (ratings) score.ratings = ratings;
  return score;
}
