// Which evidence stands behind an answer, and how much it is worth.
//
// A fact inherits the evidence of the nearest object on its path that cites some (`team_scale.evidence` for
// team_scale.support_headcount, the plan's for plan.hours.critical, `claimed_customers.evidence` for
// industry_experience.claimed_customers.count). Facts read from trial probes use the evidence of the probes the
// value came from; a probe that cites none is itself an observation of the trial, so it counts as an implicit
// observed-trial item `probe:<n>` (n counts probes from 1, as people do) dated the day of the probe.
// A rating uses the evidence its evaluators cited. An item is dated by the date its document carries when it has
// one (a month counts from its first day), else by the day it was retrieved.
import type { Rubric } from '../types/rubric.js';
import type { EvidenceUse } from '../types/score.js';
import { splitFactPath } from '../validate/fact-path.js';
import type { EvidenceType, Rating, VendorEvaluation } from '../types/vendor.js';
import { round2 } from './round-number.js';

export interface EvidenceItem {
  id: string;
  type: EvidenceType;
  date: string;
}

const MS_PER_DAY = 86_400_000;

/** A vendor's evidence by id (the first item of an id): built once per vendor, read by every criterion. */
export type EvidenceRegister = ReadonlyMap<string, EvidenceItem>;

export function registerEvidence(vendor: VendorEvaluation): EvidenceRegister {
  const register = new Map<string, EvidenceItem>();
  for (const { id, type, published, retrieved } of vendor.evidence ?? []) {
    if (!register.has(id)) register.set(id, { id, type, date: published ? firstDayOf(published) : retrieved });
  }
  return register;
}

/** 2026-07 → 2026-07-01: the oldest the document can be, so an undated day never makes evidence fresher. */
function firstDayOf(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** `items`: the indexes of the top-level list items (trial probes) the fact's value was read from. */
export function collectFactEvidence(input: { vendor: VendorEvaluation; register: EvidenceRegister; fact: string; items: readonly number[] }): EvidenceItem[] {
  const { vendor, register, fact, items } = input;
  const [first, ...rest] = splitFactPath(fact);
  const section = first!.key;
  const value = (vendor as unknown as Record<string, unknown>)[section];
  if (!Array.isArray(value)) return resolveCitations(register, nearestCitations(value, rest));
  return uniqueById(
    items.flatMap((index) => {
      const element: unknown = value[index];
      const cited = citationsOf(element);
      if (cited.length || section !== 'trial_probes') return resolveCitations(register, cited);
      return [{ id: `probe:${index + 1}`, type: 'observed-trial' as const, date: String((element as { date?: unknown }).date) }];
    }),
  );
}

export function collectRatingEvidence(register: EvidenceRegister, ratings: readonly Rating[]): EvidenceItem[] {
  return resolveCitations(
    register,
    ratings.flatMap((rating) => rating.evidence ?? []),
  );
}

/**
 * An item's worth: its type factor, halved for every `half_life_days` it is older than the evaluation date.
 * Age is counted to the evaluation date, not to today, so a score never changes just because time passes
 * (staleness is flagged separately). Evidence dated after the evaluation counts as fresh, never as more.
 */
function weighEvidence(item: EvidenceItem, evaluatedOn: string, policy: Rubric['evidence']): { use: EvidenceUse; factor: number } {
  const factor = policy.factors[item.type] * freshness(ageInDays(evaluatedOn, item.date), policy.half_life_days);
  return { use: { id: item.id, type: item.type, date: item.date, factor: round2(factor) }, factor };
}

export function ageInDays(evaluatedOn: string, date: string): number {
  const days = Math.round((Date.parse(`${evaluatedOn}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / MS_PER_DAY);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}

export function freshness(ageDays: number, halfLifeDays: number): number {
  return 0.5 ** (ageDays / halfLifeDays);
}

/** The strongest item decides: one observed trial is not weakened by a sales claim saying the same. */
export function confidenceOf(items: readonly EvidenceItem[], evaluatedOn: string, policy: Rubric['evidence']): { uses: EvidenceUse[]; confidence: number } {
  const weighed = items.map((item) => weighEvidence(item, evaluatedOn, policy));
  const confidence = weighed.length ? Math.max(...weighed.map((entry) => entry.factor)) : policy.unsupported_factor;
  return { uses: weighed.map((entry) => entry.use), confidence: round2(confidence) };
}

/** The citations of the deepest object on the path that has any, from the section down (lists end the walk). */
function nearestCitations(section: unknown, rest: ReadonlyArray<{ key: string; each: boolean }>): string[] {
  let cited = citationsOf(section);
  let node = section;
  for (const segment of rest) {
    node = (node as Record<string, unknown> | null | undefined)?.[segment.key];
    if (segment.each || !node || typeof node !== 'object' || Array.isArray(node)) break;
    const own = citationsOf(node);
    if (own.length) cited = own;
  }
  return cited;
}

function citationsOf(value: unknown): string[] {
  const cited = (value as { evidence?: unknown } | null | undefined)?.evidence;
  return Array.isArray(cited) ? cited.map(String) : [];
}

/** Unknown ids are skipped here: the vendor check already reported them as `evidence-unknown`. */
function resolveCitations(register: EvidenceRegister, ids: readonly string[]): EvidenceItem[] {
  return uniqueById(ids.flatMap((id) => register.get(id) ?? []));
}

function uniqueById(items: readonly EvidenceItem[]): EvidenceItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
