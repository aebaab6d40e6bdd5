// A vendor's entry without its criteria: what ranking, comparing and reports/scores.json need of it.
import type { VendorScore, VendorSummary } from '../score-types.js';

export function summariseScore({ criteria: _criteria, ...summary }: VendorScore): VendorSummary {
  return summary;
}
