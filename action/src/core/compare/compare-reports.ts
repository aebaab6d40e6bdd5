// What a pull request does to the scores: for each vendor whose file it touches, how the total, the dimensions,
// the rank, the gates, the flags, the coverage and the confidence move between the base and the head; and when
// it changes the rubric, how the whole ranking moves under the new weights.
import type { Band } from '../types/rubric.js';
import type { Flag, GateStatus, Ranking, Standing, Verdict, VendorSummary } from '../types/score.js';
import type { PlanTermChange } from './compare-plans.js';

export interface NumberChange {
  before: number | null;
  after: number | null;
  /** after - before, rounded; null when either side is missing. */
  delta: number | null;
}

export interface ValueChange<T> {
  before: T | null;
  after: T | null;
}

export interface DimensionChange extends NumberChange {
  dimension: string;
}

export interface GateChange extends ValueChange<GateStatus> {
  gate: string;
}

/** The headline of a side: the range whose lower end ranks, the standing, and the score on what is known. */
export interface HeadlineChange {
  range: ValueChange<{ lower: number; upper: number }>;
  /** delta: how far the lower end, which ranks, moved. */
  lower: NumberChange;
  standing: ValueChange<Standing>;
  /** The score on what is known; null on a side with too little known to compare, where it would flatter. */
  known: NumberChange;
}

export interface VendorComparison extends HeadlineChange {
  id: string;
  name: string;
  file: string;
  /** added: scored only on the head; removed: scored only on the base (deleted, or now invalid). */
  status: 'added' | 'removed' | 'changed';
  /** The score on what is known, on both sides whatever their standing: `fail-on: score-drop` reads it. */
  total: NumberChange;
  /** delta is places gained: positive when the vendor moves up. */
  rank: NumberChange;
  band: ValueChange<Band>;
  verdict: ValueChange<Verdict>;
  coverage: NumberChange;
  confidence: NumberChange;
  /** Every dimension whose score moved (all of them for an added vendor, none for a removed one). */
  dimensions: DimensionChange[];
  /** Only gates whose status changed; like the flags, empty for a removed vendor. */
  gates: GateChange[];
  /** The name of the evaluated plan on each side. */
  plan: ValueChange<string>;
  /** The range under each plan but the evaluated one (the headline itself) whose range moved, by name, in head order; delta: of the lower end. */
  planTotals: Array<ValueChange<{ lower: number; upper: number }> & { plan: string; delta: number | null }>;
  /** Plans added, removed or with other terms. */
  planTerms: PlanTermChange[];
  newFlags: Flag[];
  resolvedFlags: Flag[];
  scoreDropped: boolean;
}

export interface RankingMove extends HeadlineChange {
  id: string;
  name: string;
  rank: NumberChange;
}

export interface ReportComparison {
  /** The vendors the pull request touches that are scored on at least one side, in head rank order. */
  vendors: VendorComparison[];
  rubricChanged: boolean;
  rubricVersion: ValueChange<string>;
  leader: ValueChange<string>;
  /** Every vendor, in head rank order, when the rubric changes; empty otherwise. */
  ranking: RankingMove[];
  /** Ids of the vendors whose total went down. */
  scoreDrops: string[];
}

const SCORE_DIGITS = 1;
const SHARE_DIGITS = 3;

/**
 * `base` is null when the base cannot be scored; `changedVendorIds` are the vendors whose files the pull request
 * touches; `planChanges` what changes in their plans' terms, by vendor id.
 */
export function compareReports(input: {
  base: Ranking | null;
  head: Ranking;
  changedVendorIds: readonly string[];
  rubricChanged: boolean;
  planChanges?: Readonly<Record<string, PlanTermChange[]>>;
}): ReportComparison {
  const { base, head, changedVendorIds, rubricChanged, planChanges = {} } = input;
  const before = new Map((base?.vendors ?? []).map((vendor) => [vendor.id, vendor]));
  const after = new Map(head.vendors.map((vendor) => [vendor.id, vendor]));
  const vendors = changedVendorIds
    .filter((id) => before.has(id) || after.has(id))
    .map((id) => compareVendor(before.get(id) ?? null, after.get(id) ?? null, planChanges[id] ?? []))
    .sort(byHeadRank);
  const everyId = [...new Set([...after.keys(), ...before.keys()])];
  const ranking = rubricChanged
    ? everyId
        .map((id) => {
          const [was, now] = [before.get(id) ?? null, after.get(id) ?? null];
          return { id, name: (now ?? was)!.name, rank: rankChange(was, now), ...headlineChange(was, now) };
        })
        .sort(byHeadRank)
    : [];
  return {
    vendors,
    rubricChanged,
    rubricVersion: { before: base?.rubric_version ?? null, after: head.rubric_version },
    leader: { before: base?.vendors[0]?.id ?? null, after: head.vendors[0]?.id ?? null },
    ranking,
    scoreDrops: vendors.filter((vendor) => vendor.scoreDropped).map((vendor) => vendor.id),
  };
}

function compareVendor(was: VendorSummary | null, now: VendorSummary | null, planTerms: PlanTermChange[]): VendorComparison {
  const either = (now ?? was)!;
  const total = totalChange(was, now);
  const base = {
    id: either.id,
    name: either.name,
    file: either.file,
    total,
    ...headlineChange(was, now),
    rank: rankChange(was, now),
    band: { before: was?.band ?? null, after: now?.band ?? null },
    verdict: { before: was?.verdict ?? null, after: now?.verdict ?? null },
    coverage: change(was?.total.coverage, now?.total.coverage, SHARE_DIGITS),
    confidence: change(was?.total.confidence, now?.total.confidence, SHARE_DIGITS),
    plan: { before: evaluatedPlanName(was), after: evaluatedPlanName(now) },
    planTerms,
    scoreDropped: total.delta !== null && total.delta < 0,
  };
  // A vendor no longer scored has no dimensions, gates or flags to compare: its row says it is gone.
  if (!now) return { ...base, status: 'removed', dimensions: [], gates: [], planTotals: [], newFlags: [], resolvedFlags: [] };
  const beforeFlags = new Map((was?.flags ?? []).map((flag) => [flagKey(flag), flag]));
  const afterFlags = new Map(now.flags.map((flag) => [flagKey(flag), flag]));
  const gateIds = [...new Set([...(was?.gates ?? []), ...now.gates].map((gate) => gate.gate))];
  const dimensionIds = [...new Set([...now.dimensions, ...(was?.dimensions ?? [])].map((d) => d.dimension))];
  return {
    ...base,
    status: was ? 'changed' : 'added',
    dimensions: dimensionIds
      .map((dimension) => ({
        dimension,
        ...change(was?.dimensions.find((d) => d.dimension === dimension)?.score, now.dimensions.find((d) => d.dimension === dimension)?.score, SCORE_DIGITS),
      }))
      .filter((d) => (d.delta === null ? d.before !== d.after : d.delta !== 0)),
    gates: gateIds
      .map((gate) => ({
        gate,
        before: was?.gates.find((g) => g.gate === gate)?.status ?? null,
        after: now.gates.find((g) => g.gate === gate)?.status ?? null,
      }))
      .filter((gate) => gate.before !== gate.after),
    planTotals: now.plans
      .filter((plan) => !plan.evaluated)
      .map((plan) => {
        const old = was?.plans.find((other) => other.plan === plan.plan)?.total;
        const [before, after] = [old ? { lower: old.lower, upper: old.upper } : null, { lower: plan.total.lower, upper: plan.total.upper }];
        return { plan: plan.name, before, after, delta: change(before?.lower, after.lower, SCORE_DIGITS).delta };
      })
      .filter((plan) => plan.before?.lower !== plan.after.lower || plan.before?.upper !== plan.after.upper),
    newFlags: [...afterFlags].filter(([key]) => !beforeFlags.has(key)).map(([, flag]) => namePlan(flag, now)),
    resolvedFlags: [...beforeFlags].filter(([key]) => !afterFlags.has(key)).map(([, flag]) => namePlan(flag, was ?? now)),
  };
}

/** A broken promise names its plan as the vendor sells it: the comment shows it to people. */
function namePlan(flag: Flag, score: VendorSummary): Flag {
  if (flag.kind !== 'claim-contradicted') return flag;
  return { ...flag, plan: score.plans.find((plan) => plan.plan === flag.plan)?.name ?? flag.plan };
}

function evaluatedPlanName(score: VendorSummary | null): string | null {
  return score?.plans.find((plan) => plan.evaluated)?.name ?? null;
}

function totalChange(was: VendorSummary | null, now: VendorSummary | null): NumberChange {
  return change(was?.total.score, now?.total.score, SCORE_DIGITS);
}

function headlineChange(was: VendorSummary | null, now: VendorSummary | null): HeadlineChange {
  const range = (side: VendorSummary | null) => (side ? { lower: side.total.lower, upper: side.total.upper } : null);
  const known = (side: VendorSummary | null) => (side?.standing === 'insufficient-data' ? null : side?.total.score);
  return {
    range: { before: range(was), after: range(now) },
    lower: change(was?.total.lower, now?.total.lower, SCORE_DIGITS),
    standing: { before: was?.standing ?? null, after: now?.standing ?? null },
    known: change(known(was), known(now), SCORE_DIGITS),
  };
}

function rankChange(was: VendorSummary | null, now: VendorSummary | null): NumberChange {
  const rank = change(was?.rank, now?.rank, 0);
  // Moving from 3rd to 1st is two places gained: the opposite sign of after - before.
  return { ...rank, delta: rank.delta === null ? null : -rank.delta || 0 };
}

function change(before: number | null | undefined, after: number | null | undefined, digits: number): NumberChange {
  const [b, a] = [before ?? null, after ?? null];
  return { before: b, after: a, delta: b === null || a === null ? null : round(a - b, digits) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  // `|| 0` turns -0 into 0, so an unchanged value never reads as a drop.
  return Math.round(value * factor) / factor || 0;
}

/** What makes two flags "the same" across base and head: the kind plus what it is about, not its figures. */
function flagKey(flag: Flag): string {
  switch (flag.kind) {
    case 'claim-contradicted':
      return `${flag.kind}:${flag.plan}:${flag.severity}`;
    case 'evaluator-disagreement':
      return `${flag.kind}:${flag.criterion}`;
    case 'stale':
      return `${flag.kind}:${flag.review_by}`;
  }
}

/** Head rank first; vendors no longer ranked go last, in their base order. */
function byHeadRank(a: { rank: NumberChange }, b: { rank: NumberChange }): number {
  const last = Number.MAX_SAFE_INTEGER;
  return (a.rank.after ?? last) - (b.rank.after ?? last) || (a.rank.before ?? last) - (b.rank.before ?? last);
}
