// One vendor against the rubric, on its own: nothing here looks at other vendors, so adding, removing or
// reordering vendors never changes this vendor's numbers (only its rank). Under each of its plans, too: the
// evaluated plan's terms are the vendor's score, the other plans' totals what buying them would give.
import type { Band, Criterion, Rubric } from '../types/rubric.js';
import type { CriterionScore, DimensionScore, GateResult, ScoreRange, Verdict, VendorScore } from '../types/score.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { readsPlan } from '../validate/fact-path.js';
import { checkGates, isKnockedOut } from './check-gates.js';
import { standingOf } from './rank-vendors.js';
import { collectFlags } from './collect-flags.js';
import { combineParts, roundRange } from './combine-scores.js';
import type { ScorePart } from './combine-scores.js';
import { bandOf, decideVerdict, levelOfScore } from './decide-verdict.js';
import { round2 } from './round-number.js';
import { isOneOf, readFact } from './read-fact.js';
import { registerEvidence } from './collect-evidence.js';
import type { EvidenceRegister } from './collect-evidence.js';
import { scoreCriterion } from './score-criterion.js';
import { evaluatedPlan, underPlan } from './under-plan.js';
import type { VendorUnderPlan } from './under-plan.js';

export interface ScoredVendor {
  /** The report entry; `rank` is null until the vendors are ranked. */
  score: VendorScore;
  /** Each dimension's unrounded result, weighted by the rubric: robustness re-weights these without re-scoring. */
  parts: ScorePart[];
  /** A gate failed (whatever the coverage): ranks behind every vendor that is not knocked out. */
  knockedOut: boolean;
}

/**
 * `asOf` (YYYY-MM-DD) only decides whether the evaluation is flagged as stale. The vendor is scored under its
 * evaluated plan; every plan also gets its own total, so a reader sees what another plan would change.
 */
export function scoreVendor(input: { file: string; vendor: VendorEvaluation; rubric: Rubric; asOf: string }): ScoredVendor {
  const { file, vendor, rubric, asOf } = input;
  const plan = evaluatedPlan(vendor);
  const common = { rubric, register: registerEvidence(vendor), shared: new Map<string, CriterionScore>() };
  const evaluated = scoreUnderPlan({ ...common, subject: underPlan(vendor, plan) });
  const plans = vendor.support_plans.map((candidate) => {
    const result = candidate === plan ? evaluated : scoreUnderPlan({ ...common, subject: underPlan(vendor, candidate) });
    return { plan: candidate.id, name: candidate.name, evaluated: candidate === plan, total: result.total, band: result.band, verdict: result.verdict };
  });
  return {
    score: {
      id: vendor.id,
      name: vendor.name,
      file,
      rank: null,
      standing: standingOf(evaluated.verdict),
      plan: plan.id,
      total: evaluated.total,
      band: evaluated.band,
      verdict: evaluated.verdict,
      good_dimensions: evaluated.goodDimensions,
      gates: evaluated.gates,
      plans,
      flags: collectFlags(vendor, evaluated.criteria, asOf),
      dimensions: evaluated.dimensions,
      criteria: evaluated.criteria,
    },
    parts: evaluated.parts,
    knockedOut: isKnockedOut(evaluated.gates),
  };
}

interface PlanResult {
  criteria: CriterionScore[];
  dimensions: DimensionScore[];
  parts: ScorePart[];
  total: ScoreRange;
  gates: GateResult[];
  goodDimensions: number;
  verdict: Verdict;
  band: Band | null;
}

/**
 * The rubric applied to the vendor under one plan. `shared` holds the criteria that read no plan term, by their
 * place in the dimension: they come out the same under every plan, so they are scored once.
 */
function scoreUnderPlan(input: { subject: VendorUnderPlan; rubric: Rubric; register: EvidenceRegister; shared: Map<string, CriterionScore> }): PlanResult {
  const { subject, rubric, shared } = input;
  const criteria: CriterionScore[] = [];
  const dimensions: DimensionScore[] = [];
  const parts: ScorePart[] = [];
  const context = { vendor: subject, policy: rubric.evidence, register: input.register };
  for (const dimension of rubric.dimensions) {
    const { applies, shares } = shareDimension(dimension.criteria, subject);
    const scored = dimension.criteria.map((criterion, i) => {
      const place = { criterion, dimension, applies: applies[i]!, share: shares[i]! };
      if (readsPlanTerms(criterion)) return scoreCriterion(context, place);
      const key = `${dimension.id}/${criterion.id}/${place.applies}/${place.share}`;
      const known = shared.get(key) ?? scoreCriterion(context, place);
      shared.set(key, known);
      return known;
    });
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
      // A level over a sliver of the dimension's weight is no finding: good needs enough of it answered.
      good: level !== null && level >= rubric.verdict.good_level && range.coverage >= rubric.missing_data.min_coverage,
    });
  }

  const total = roundRange(combineParts(parts));
  const gates = checkGates(subject, rubric.gates);
  const goodDimensions = dimensions.filter((dimension) => dimension.good).length;
  const verdict = decideVerdict({ coverage: total.coverage, gates, goodDimensions, dimensionCount: dimensions.length }, rubric);
  // A score over a sliver of the facts is no grade: no band until enough is known.
  const band = verdict === 'insufficient-data' ? null : bandOf(total.score, rubric.verdict.bands);
  return { criteria, dimensions, parts, total, gates, goodDimensions, verdict, band };
}

function readsPlanTerms(criterion: Criterion): boolean {
  return ('fact' in criterion && readsPlan(criterion.fact)) || (criterion.applies_when !== undefined && readsPlan(criterion.applies_when.fact));
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
