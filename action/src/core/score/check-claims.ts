// Claims against what the trial showed: for each severity with both a promised first-response time and trial
// probes of that severity, the observed median and worst first response. A claim is contradicted when the
// median exceeds it: the typical experience broke the promise. One slow probe alone (worst > claim, median
// within) is reported in the numbers but not flagged, since a single probe can be bad luck.
import type { Flag } from '../types/score.js';
import type { Severity, VendorEvaluation } from '../types/vendor.js';
import { median } from './aggregate-values.js';
import { round2 } from './round-number.js';

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'normal', 'low'];

export interface ClaimCheck {
  severity: Severity;
  claimed_minutes: number;
  observed_median_minutes: number;
  observed_worst_minutes: number;
  probes: number;
  contradicted: boolean;
}

/** Every comparison that can be made, contradicted or not (the explanation shows the kept promises too). */
export function compareClaims(vendor: VendorEvaluation): ClaimCheck[] {
  const claimed = vendor.response_time?.first_response_minutes ?? {};
  const checks: ClaimCheck[] = [];
  for (const severity of SEVERITIES) {
    const promise = claimed[severity];
    const observed = (vendor.trial_probes ?? []).filter((probe) => probe.severity === severity).map((probe) => probe.first_response_minutes);
    const middle = median(observed);
    if (promise === undefined || middle === null) continue;
    checks.push({
      severity,
      claimed_minutes: round2(promise),
      observed_median_minutes: round2(middle),
      observed_worst_minutes: round2(Math.max(...observed)),
      probes: observed.length,
      contradicted: middle > promise,
    });
  }
  return checks;
}

export function checkClaims(vendor: VendorEvaluation): Flag[] {
  return compareClaims(vendor)
    .filter((check) => check.contradicted)
    .map(({ severity, claimed_minutes, observed_median_minutes, observed_worst_minutes, probes }) => ({
      kind: 'claim-contradicted',
      severity,
      claimed_minutes,
      observed_median_minutes,
      observed_worst_minutes,
      probes,
    }));
}
