// What to ask next: a vendor's open questions, the one whose answer settles most of its range first. An
// unanswered applicable criterion counts 0 in the lower bound and full marks in the upper one, so its answer
// narrows the range by exactly its weight in the total (the whole width it leaves open) and can raise the lower
// bound, on which vendors are ranked, by up to as much. An unknown gate settles no points; it decides whether the
// vendor is knocked out, and rules out a low-risk verdict until it is known, so it is asked first of all.
import type { Criterion, LocalText, Rubric } from '../types/rubric.js';
import type { VendorScore } from '../types/score.js';
import { round2 } from './round-number.js';

export interface Question {
  kind: 'criterion' | 'gate';
  id: string;
  title: LocalText;
  question: LocalText;
  /** The fact path the answer fills in; null for a rating criterion (our evaluators' ratings). */
  fact: string | null;
  /** Points of the total range this answer settles (its weight); for a gate, 0 — it decides the verdict instead. */
  effect: number;
}

/**
 * The vendor's unknown gates, in rubric order, then its unanswered applicable criteria by effect, largest first
 * (ties in rubric order). A criterion that does not apply to the vendor is never asked. Fact criteria and gates
 * are worded by the rubric's `question` (a plain request built from the title when it has none); rating criteria
 * are a request to our evaluators. Criteria and gates the rubric does not define are left out: there is nothing
 * to word them by.
 */
export function listQuestions(score: VendorScore, rubric: Rubric): Question[] {
  const gates: Question[] = [];
  for (const gate of rubric.gates) {
    if (score.gates.find((result) => result.gate === gate.id)?.status !== 'unknown') continue;
    gates.push({ kind: 'gate', id: gate.id, title: gate.title, question: gate.question ?? pleaseTell(gate.title), fact: gate.fact, effect: 0 });
  }
  const places = placeCriteria(rubric);
  const criteria: Array<{ question: Question; order: number }> = [];
  for (const criterionScore of score.criteria) {
    if (!criterionScore.applicable || criterionScore.answered) continue;
    const place = places.get(key(criterionScore.dimension, criterionScore.criterion));
    if (!place) continue;
    const { criterion, order } = place;
    const rating = 'rating' in criterion;
    criteria.push({
      order,
      question: {
        kind: 'criterion',
        id: criterion.id,
        title: criterion.title,
        question: criterion.question ?? (rating ? askEvaluators(criterion.title) : pleaseTell(criterion.title)),
        fact: rating ? null : criterion.fact,
        effect: round2(criterionScore.weight),
      },
    });
  }
  criteria.sort((a, b) => b.question.effect - a.question.effect || a.order - b.order);
  return [...gates, ...criteria.map((entry) => entry.question)];
}

export interface OrderChange {
  below: string;
  above: string;
  answers: number;
  gap: number;
}

/**
 * For each pair of neighbours in the ranking (comparable vendors only, in rank order), the fewest of the lower
 * one's answers — largest effects first — whose effects exceed the gap between the two lower bounds: those
 * answers, all at full marks, would move it above. Pairs no answers can close are left out.
 */
export function findOrderChanges(ranked: readonly VendorScore[], rubric: Rubric): OrderChange[] {
  const comparable = ranked.filter((score) => score.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const changes: OrderChange[] = [];
  for (let i = 1; i < comparable.length; i++) {
    const above = comparable[i - 1]!;
    const below = comparable[i]!;
    const gap = round2(above.total.lower - below.total.lower);
    // listQuestions puts the largest effects first; gates settle no points.
    const effects = listQuestions(below, rubric)
      .filter((question) => question.kind === 'criterion')
      .map((question) => question.effect);
    let settled = 0;
    for (let answers = 1; answers <= effects.length; answers++) {
      // Compared as printed, like the ranking: 0.1 + 0.2 is 0.3 here.
      settled = round2(settled + effects[answers - 1]!);
      if (settled > gap) {
        changes.push({ below: below.id, above: above.id, answers, gap });
        break;
      }
    }
  }
  return changes;
}

const key = (dimension: string, criterion: string) => `${dimension}/${criterion}`;

/** Every criterion of the rubric by dimension and id, with its place in the rubric (the order of ties). */
function placeCriteria(rubric: Rubric): Map<string, { criterion: Criterion; order: number }> {
  const places = new Map<string, { criterion: Criterion; order: number }>();
  for (const dimension of rubric.dimensions) {
    for (const criterion of dimension.criteria) places.set(key(dimension.id, criterion.id), { criterion, order: places.size });
  }
  return places;
}

/** The question of a fact criterion or gate the rubric words none for. */
function pleaseTell(title: LocalText): LocalText {
  return { en: `Please tell us: ${title.en}.`, 'zh-CN': `请说明：${title['zh-CN']}。` };
}

/** Ratings are ours to give: the question goes to the evaluators, after the trial. */
function askEvaluators(title: LocalText): LocalText {
  return {
    en: `Our evaluators: rate “${title.en}” (1–5) after the trial.`,
    'zh-CN': `评估人：试用后为“${title['zh-CN']}”打分（1–5）。`,
  };
}
