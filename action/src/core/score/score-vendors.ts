// Entry point of scoring: every vendor scored on its own, then ranked, then the ranking's robustness. Pure and
// deterministic: the same vendors and rubric give the same report, byte for byte, in whatever order the vendors
// come, and `asOf` only decides which evaluations are flagged as stale.
import type { Rubric } from '../rubric-types.js';
import type { ScoreReport } from '../score-types.js';
import type { VendorEvaluation } from '../vendor-types.js';
import { rankVendors } from './rank-vendors.js';
import { assessRobustness } from './robustness.js';
import { scoreVendor } from './score-vendor.js';

export function scoreVendors(
  vendors: ReadonlyArray<{ file: string; data: VendorEvaluation }>,
  rubric: Rubric,
  options: { asOf: string /* YYYY-MM-DD, for staleness only */ },
): ScoreReport {
  const ranked = rankVendors(
    vendors.map((vendor) => scoreVendor(vendor.file, vendor.data, rubric, options.asOf)),
    rubric,
  );
  return {
    rubric_version: rubric.version,
    vendors: ranked.map((vendor) => vendor.score),
    robustness: assessRobustness(ranked, rubric),
  };
}
