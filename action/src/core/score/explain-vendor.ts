// `vendor-review explain <id>`: every number of one vendor traced to the rubric rule, the fact, the value read,
// the evidence and its confidence, in sentences for someone who has never seen the code. Each criterion states
// the points it adds; adding them up gives the lower bound, so the reader can redo the sum.
import { showLineBreaks } from '../text/invisible.js';
import type { Criterion, Dimension, Gate, Rubric } from '../types/rubric.js';
import type { CriterionScore, DimensionScore, EvidenceUse, Flag, GateResult, VendorScore } from '../types/score.js';
import type { SupportPlan, Target, VendorEvaluation } from '../types/vendor.js';
import { readsPlan } from '../validate/fact-path.js';
import { compareClaims } from './check-claims.js';
import { ageInDays, freshness } from './collect-evidence.js';
import { round2 } from './round-number.js';

export function explainVendor(score: VendorScore, rubric: Rubric, vendor: VendorEvaluation): string {
  const lines: string[] = [];
  const { evaluation } = vendor;
  lines.push(`${vendor.name} (${score.id}, ${score.file})`);
  lines.push(
    `Evaluated on ${evaluation.evaluated_on} by ${evaluation.evaluators.map((evaluator) => evaluator.name).join(', ')}; to be reviewed by ${evaluation.review_by}. Rubric version ${rubric.version}.`,
  );
  const plan = vendor.support_plans.find((candidate) => candidate.id === score.plan);
  lines.push('', 'SUMMARY', ...explainTotal(score, rubric), ...explainVerdict(score, rubric));
  lines.push('', 'SUPPORT PLANS (the facts read as plan.… are the evaluated plan\'s terms)', ...explainPlans(score, vendor));
  lines.push('', 'GATES (knock-outs: a failed gate knocks the vendor out; an unknown gate never passes)');
  lines.push(...score.gates.map((result) => explainGate(result, findGate(rubric, result.gate))));
  if (!score.gates.length) lines.push('- The rubric has no gates.');
  lines.push('', 'FLAGS (they do not change the score; they ask for attention)');
  lines.push(...(score.flags.length ? score.flags.map(explainFlag) : ['- None.']));
  lines.push('', 'PROMISED AGAINST OBSERVED FIRST RESPONSE (trial probes run under the same plan, of the same severity, on the promise\'s clock)', ...explainClaims(vendor));
  lines.push(
    '',
    'DIMENSIONS AND CRITERIA',
    "Each criterion turns a fact (or the evaluators' ratings) into a level from 0 to 4; its value is level ÷ 4, and it adds weight × value points. The points of all criteria add up (up to rounding) to the lower bound of the total.",
    `Evidence counts by its type (${formatFactors(rubric)}) times its freshness, which halves for every ${rubric.evidence.half_life_days} days the evidence is older than the evaluation date. A criterion's confidence is the factor of its strongest evidence, or ${rubric.evidence.unsupported_factor} when it cites none.`,
  );
  for (const dimensionScore of score.dimensions) {
    const dimension = rubric.dimensions.find((candidate) => candidate.id === dimensionScore.dimension);
    if (!dimension) continue;
    lines.push('', ...explainDimension(dimensionScore, dimension, rubric));
    score.criteria
      .filter((criterion) => criterion.dimension === dimension.id)
      .forEach((criterionScore, index) => {
        const criterion = dimension.criteria.find((candidate) => candidate.id === criterionScore.criterion);
        if (criterion) lines.push(...explainCriterion({ score: criterionScore, criterion, number: index + 1, plan }, rubric, vendor));
      });
  }
  // Every line is one line: a line break inside a vendor's value shows as ⏎ instead of forging a line.
  return `${lines.map(showLineBreaks).join('\n')}\n`;
}

function explainTotal(score: VendorScore, rubric: Rubric): string[] {
  const { total } = score;
  const band = score.band ? rubric.verdict.bands.find((candidate) => candidate.id === score.band) : undefined;
  return [
    score.rank === null
      ? `Not ranked: ${score.standing === 'knocked-out' ? 'knocked out, listed after every other vendor' : 'insufficient data, listed after the comparable vendors'}. Range ${formatFixed(total.lower)}–${formatFixed(total.upper)}${score.standing === 'knocked-out' ? `; total score ${formatFixed(total.score)} out of 100` : ''}.`
      : `Rank ${score.rank}. Total score ${formatFixed(total.score)} out of 100${band ? `, band "${band.id}" (${band.min} or more)` : ', no band (too little is known to grade)'}.`,
    `The total is the weighted average of the criteria that have an answer. ${formatPercent(total.coverage)} of the weight has an answer. If every unanswered criterion scored 0 the total would be ${formatFixed(total.lower)} (the lower bound); if every one scored full marks, ${formatFixed(total.upper)} (the upper bound). Vendors are ranked on the lower bound, so a missing answer never helps a vendor.`,
    `Confidence ${formatFixed(total.confidence)} on a scale of 0 to 1: the weighted average, over the answered criteria, of how strong and how recent their evidence is.`,
  ];
}

function explainVerdict(score: VendorScore, rubric: Rubric): string[] {
  const count = score.dimensions.length;
  const good = `${score.good_dimensions} of ${count} dimensions are good (level ${rubric.verdict.good_level} or higher)`;
  const needed = `low risk needs ${formatPercent(rubric.verdict.low_risk_share)} of them`;
  const failed = score.gates.filter((gate) => gate.status === 'fail').map((gate) => gate.gate);
  const unknown = score.gates.filter((gate) => gate.status === 'unknown').map((gate) => gate.gate);
  switch (score.verdict) {
    case 'insufficient-data':
      return [
        `Verdict: insufficient data. Only ${formatPercent(score.total.coverage)} of the weight has an answer; the rubric judges a vendor from ${formatPercent(rubric.missing_data.min_coverage)}. Such vendors rank after all others.`,
      ];
    case 'knocked-out':
      return [
        `Verdict: knocked out, because the gate${failed.length > 1 ? 's' : ''} ${failed.join(', ')} failed. Knocked-out vendors rank after every vendor that was not.`,
      ];
    case 'low-risk':
      return [
        `Verdict: low risk. ${good}; ${needed}; and every gate passes. In the article's words: good in most dimensions, support is basically nothing to worry about.`,
      ];
    case 'moderate-risk':
      return [
        score.good_dimensions / count >= rubric.verdict.low_risk_share
          ? `Verdict: moderate risk. ${good}, enough for low risk, but low risk also needs every gate to pass and ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} unknown.`
          : `Verdict: moderate risk. ${good}: at least half, but ${needed}.`,
      ];
    case 'high-risk':
      return [`Verdict: high risk. Only ${good}, fewer than half.`];
  }
}

function explainGate(result: GateResult, gate: Gate | undefined): string {
  const title = gate ? ` ("${gate.title.en}")` : '';
  const passing = gate ? `; passing values: ${gate.pass_when.map(String).join(', ')}` : '';
  const fact = gate?.fact ?? 'its fact';
  if (result.status === 'unknown') return `- ${result.gate}${title}: unknown. The vendor file does not state ${fact}${passing}. Ask the vendor.`;
  return `- ${result.gate}${title}: ${result.status}. ${fact} is ${formatObserved(result.observed)}${passing}.`;
}

function explainPlans(score: VendorScore, vendor: VendorEvaluation): string[] {
  return score.plans.map((entry) => {
    const plan = vendor.support_plans.find((candidate) => candidate.id === entry.plan);
    const price = plan?.price ? `; price: ${describePrice(plan)}` : '';
    const total = `total ${formatFixed(entry.total.score)} (range ${formatFixed(entry.total.lower)}–${formatFixed(entry.total.upper)}), ${entry.verdict.replace(/-/g, ' ')}`;
    return `- ${entry.name} (${entry.plan})${entry.evaluated ? ', evaluated: the score above is under this plan' : ''}: ${total}${price}.`;
  });
}

function describePrice({ price }: SupportPlan): string {
  if (!price) return 'not stated';
  const currency = price.currency ? ` ${price.currency}` : '';
  if (price.model === 'fixed') return `${price.amount}${currency} a ${price.period}`;
  if (price.model === 'percent-of-spend') {
    return `${price.percent}% of spend a ${price.period}${price.minimum === undefined ? '' : `, at least ${price.minimum}${currency}`}`;
  }
  return price.model.replace(/-/g, ' ');
}

function describeTarget(minutes: number, clock: Target['clock']): string {
  return `${minutes} ${clock === 'business' ? 'business minutes' : 'minutes'}`;
}

function explainFlag(flag: Flag): string {
  switch (flag.kind) {
    case 'claim-contradicted':
      return `- Claim contradicted (plan ${flag.plan}, ${flag.severity} issues): first response promised within ${describeTarget(flag.claimed_minutes, flag.clock)}, but the median of ${flag.probes} trial ${flag.probes === 1 ? 'probe' : 'probes'} under that plan was ${describeTarget(flag.observed_median_minutes, flag.clock)} (worst ${describeTarget(flag.observed_worst_minutes, flag.clock)}).`;
    case 'evaluator-disagreement':
      return `- Evaluators disagree on ${flag.criterion}: ratings range from ${flag.min} to ${flag.max} (${flag.evaluators.join(', ')}). Two points or more apart means they saw different things; compare notes.`;
    case 'stale':
      return `- Stale: the evaluation was due for review by ${flag.review_by}. Re-evaluate before relying on it.`;
  }
}

function explainClaims(vendor: VendorEvaluation): string[] {
  const checks = compareClaims(vendor);
  if (!checks.length) return ['- Nothing to compare: no plan has both a promised time and a trial probe run under it for one severity.'];
  return checks.map((check) => {
    const clock = check.clock === 'business' ? ', counted in the plan\'s business hours' : '';
    const uncounted = check.uncounted ? ` ${check.uncounted} more ${check.uncounted === 1 ? 'probe has' : 'probes have'} no opening time and could not be counted on the business clock.` : '';
    const promised = `- plan ${check.plan}, ${check.severity}: promised ${describeTarget(check.claimed_minutes, check.clock)}`;
    if (check.observed_median_minutes === null) return `${promised}; no probe could be counted on its clock.${uncounted}`;
    return `${promised}; observed median ${check.observed_median_minutes}, worst ${check.observed_worst_minutes} over ${check.probes} ${check.probes === 1 ? 'probe' : 'probes'}${clock}: ${check.contradicted ? 'contradicted (the median is over the promise)' : 'kept (the median is within the promise)'}.${uncounted}`;
  });
}

function explainDimension(score: DimensionScore, dimension: Dimension, rubric: Rubric): string[] {
  const level =
    score.level === null
      ? 'no level (nothing answered)'
      : `level ${score.level} of 4 (the score divided by 25, rounded down), so ${score.good ? 'good' : 'not good'} (good is level ${rubric.verdict.good_level} or higher)`;
  return [
    `${dimension.title.en} / ${dimension.title['zh-CN']} (${dimension.id}), ${formatNumber(dimension.weight)}% of the total.`,
    `  Score ${formatFixed(score.score)}, ${level}. ${formatPercent(score.coverage)} of its weight answered; lower bound ${formatFixed(score.lower)}, upper bound ${formatFixed(score.upper)}; confidence ${formatFixed(score.confidence)}.`,
  ];
}

/** `number`: the criterion's place in its dimension, from 1. */
function explainCriterion(
  { score, criterion, number, plan }: { score: CriterionScore; criterion: Criterion; number: number; plan: SupportPlan | undefined },
  rubric: Rubric,
  vendor: VendorEvaluation,
): string[] {
  const indent = '     ';
  const lines = [
    `  ${number}. ${criterion.title.en} (${criterion.id}): ${formatNumber(criterion.weight)}% of the dimension, ${formatNumber(score.weight)}% of the total.`,
  ];
  if (score.kind === 'rating') {
    const given = score.ratings ?? [];
    lines.push(`${indent}Ratings (1-5): ${given.length ? given.map((rating) => `${rating.evaluator} ${rating.score}`).join(', ') : 'none'}.`);
  } else {
    const from = readsPlan(score.source) && plan ? ` (from plan ${plan.name}, ${plan.id})` : '';
    lines.push(`${indent}Fact ${score.source}${from} = ${formatObserved(score.observed)}.`);
  }
  lines.push(`${indent}Rule: ${score.rule}.`);
  if (!score.applicable) {
    lines.push(`${indent}Points: none; it does not count for this vendor.`);
    return lines;
  }
  if (!score.answered) {
    lines.push(`${indent}Points: 0 of ${formatFixed(score.weight)} in the lower bound, ${formatFixed(score.weight)} in the upper bound.`);
    return lines;
  }
  if ('rating' in criterion && score.level !== null) {
    const anchor = criterion.rating.anchors[String(score.level + 1) as '1' | '2' | '3' | '4' | '5'];
    lines.push(`${indent}A rating of ${score.level + 1} means: "${anchor.en}"`);
  }
  lines.push(
    `${indent}Value = level ÷ 4 = ${formatFixed(score.value)}; points = ${formatFixed(score.weight)} × ${formatFixed(score.value)} = ${formatFixed(round2(score.weight * (score.value ?? 0)))} of ${formatFixed(score.weight)}.`,
  );
  if (score.evidence.length) {
    lines.push(`${indent}Evidence:`);
    for (const use of score.evidence) lines.push(`${indent}- ${explainEvidence(use, rubric, vendor)}`);
    lines.push(`${indent}Confidence ${formatFixed(score.confidence)}: the strongest evidence counts.`);
  } else {
    lines.push(`${indent}No evidence cited, so confidence is the rubric's factor for unsupported answers: ${formatFixed(score.confidence)}.`);
  }
  return lines;
}

function explainEvidence(use: EvidenceUse, rubric: Rubric, vendor: VendorEvaluation): string {
  const { evaluated_on: evaluatedOn } = vendor.evaluation;
  const age = ageInDays(evaluatedOn, use.date);
  const fresh = freshness(age, rubric.evidence.half_life_days);
  const what = use.id.startsWith('probe:')
    ? `trial probe ${use.id.slice('probe:'.length)} itself (it cites no evidence, so it counts as observed in the trial)`
    : use.id;
  return `${what}: ${use.type.replace(/-/g, ' ')} of ${use.date}, ${age} ${age === 1 ? 'day' : 'days'} before the evaluation. Factor ${formatFixed(use.factor)} = type factor ${rubric.evidence.factors[use.type]} × freshness ${formatFixed(round2(fresh))}.`;
}

function formatFactors(rubric: Rubric): string {
  return Object.entries(rubric.evidence.factors)
    .map(([type, factor]) => `${type.replace(/-/g, ' ')} ${factor}`)
    .join(', ');
}

function findGate(rubric: Rubric, id: string): Gate | undefined {
  return rubric.gates.find((gate) => gate.id === id);
}

function formatObserved(value: string | number | boolean | null): string {
  if (value === null) return 'not stated';
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** Scores, points and confidences alike print with two decimals, as they are stored. */
function formatFixed(value: number | null): string {
  return value === null ? 'none' : value.toFixed(2);
}

function formatPercent(share: number): string {
  return `${round2(share * 100)}%`;
}

function formatNumber(value: number): string {
  return String(round2(value));
}
