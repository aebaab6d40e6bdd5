// A vendor's entry without its criteria (what comparing and reports/scores.json need of it), and without its
// dimensions too (what ranking needs).
import type { VendorScore, VendorStanding, VendorSummary } from '../score-types.js';

export function summariseScore({ criteria: _criteria, ...summary }: VendorScore): VendorSummary {
  return summary;
}

export function toStanding({ dimensions: _dimensions, ...standing }: VendorSummary): VendorStanding {
  return standing;
}
