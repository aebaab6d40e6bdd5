// The comparison (reports/README.md) is read by people choosing among the best: it lists at most `limit` vendors
// by rank, and at most `limit` entries of each of its lists (contradicted claims, evaluator disagreements, stale
// evaluations), saying how many more there are. Every vendor keeps its own page and its entry in scores.json.
// This picks, from the ranked summaries alone, which vendors the comparison shows, so that a run of thousands of
// vendors asks for only those vendors' views.
import type { Flag, VendorSummary } from '../types/score.js';
import type { ReportView } from './report-view.js';

export interface OverviewSelection {
  /** How many vendors, and entries of each list, the comparison shows. */
  limit: number;
  /** The files of the vendors the comparison shows anything of, in rank order. */
  files: string[];
  /** For each list, the vendors whose entries it shows, in rank order, and how many of each one's entries. */
  lists: Record<keyof typeof LISTED_FLAGS, Array<{ vendor: VendorSummary; taken: number }>>;
  more: ReportView['more'];
}

/** The comparison's lists, and the flag each entry comes from (one entry per flag). */
const LISTED_FLAGS = {
  contradictions: 'claim-contradicted',
  disagreements: 'evaluator-disagreement',
  stale: 'stale',
} as const satisfies Record<string, Flag['kind']>;

export function selectOverview(ranked: readonly VendorSummary[], limit: number): OverviewSelection {
  const shown = new Set(ranked.slice(0, limit).map((vendor) => vendor.file));
  const more = { vendors: Math.max(0, ranked.length - limit), contradictions: 0, disagreements: 0, stale: 0 };
  const lists: OverviewSelection['lists'] = { contradictions: [], disagreements: [], stale: [] };
  for (const [list, kind] of Object.entries(LISTED_FLAGS) as Array<[keyof typeof LISTED_FLAGS, Flag['kind']]>) {
    let listed = 0;
    for (const vendor of ranked) {
      const entries = countFlags(vendor, kind);
      const taken = Math.min(entries, limit - listed);
      if (taken > 0) {
        shown.add(vendor.file);
        lists[list].push({ vendor, taken });
      }
      listed += taken;
      more[list] += entries - taken;
    }
  }
  return { limit, files: ranked.filter((vendor) => shown.has(vendor.file)).map((vendor) => vendor.file), lists, more };
}

function countFlags(vendor: VendorSummary, kind: Flag['kind']): number {
  return vendor.flags.reduce((count, flag) => count + (flag.kind === kind ? 1 : 0), 0);
}
