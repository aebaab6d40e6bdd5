// The `scores` output of the action: the ranking in a few fields, small enough for a workflow expression.
import type { Ranking } from '../core/index.js';

export function toScoresOutput(report: Ranking | null): Array<Record<string, unknown>> {
  return (report?.vendors ?? []).map((vendor) => ({
    id: vendor.id,
    rank: vendor.rank,
    standing: vendor.standing,
    // Too little is known of an insufficient-data vendor for its score over that little to mean anything.
    score: vendor.standing === 'insufficient-data' ? null : vendor.total.score,
    lower: vendor.total.lower,
    upper: vendor.total.upper,
    verdict: vendor.verdict,
  }));
}
