// Promises against what the trial showed: for each plan and severity with both a promised first response and trial
// probes run under that plan, the observed median and worst first response, counted on the promise's clock (a
// business-hours promise counts only the plan's business minutes between opening and reply, in its time zone).
// A promise is contradicted when the median exceeds it: the typical experience broke it. One slow probe alone
// (worst > promise, median within) is reported in the numbers but not flagged, since a single probe can be bad luck.
import type { Flag } from '../types/score.js';
import type { Clock, Severity, SupportPlan, TrialProbe, VendorEvaluation } from '../types/vendor.js';
import { median } from './aggregate-values.js';
import { businessMinutesBetween, parseOffsetDateTime } from '../time/business-clock.js';
import { round2 } from './round-number.js';

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'normal', 'low'];
const MINUTE_MS = 60_000;

export interface ClaimCheck {
  plan: string;
  severity: Severity;
  clock: Clock;
  claimed_minutes: number;
  /** Null when no probe could be counted on the promise's clock. */
  observed_median_minutes: number | null;
  observed_worst_minutes: number | null;
  /** The probes counted on the promise's clock. */
  probes: number;
  /** Probes under a business clock without an opening time: they cannot be counted on it. */
  uncounted: number;
  contradicted: boolean;
}

/** Every comparison that can be made, contradicted or not (the explanation shows the kept promises too). */
export function compareClaims(vendor: VendorEvaluation): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  for (const plan of vendor.support_plans) {
    for (const severity of SEVERITIES) {
      const promise = plan.first_response?.[severity];
      const probes = (vendor.trial_probes ?? []).filter((probe) => probe.plan === plan.id && probe.severity === severity);
      if (!promise || !probes.length) continue;
      const counted = probes.map((probe) => elapsedOn(promise.clock, plan, probe)).filter((minutes): minutes is number => minutes !== null);
      const middle = median(counted);
      checks.push({
        plan: plan.id,
        severity,
        clock: promise.clock,
        claimed_minutes: round2(promise.minutes),
        observed_median_minutes: middle === null ? null : round2(middle),
        observed_worst_minutes: middle === null ? null : round2(Math.max(...counted)),
        probes: counted.length,
        uncounted: probes.length - counted.length,
        contradicted: middle !== null && middle > promise.minutes,
      });
    }
  }
  return checks;
}

/** The minutes a probe waited, on the calendar or in the plan's business hours; null when they cannot be counted. */
export function elapsedOn(clock: Clock, plan: SupportPlan, probe: TrialProbe): number | null {
  if (clock === 'calendar') return probe.first_response_minutes;
  const opened = probe.opened_at === undefined ? null : parseOffsetDateTime(probe.opened_at);
  if (opened === null || !plan.business_hours) return null;
  return businessMinutesBetween(plan.business_hours, opened, opened + probe.first_response_minutes * MINUTE_MS);
}

export function checkClaims(vendor: VendorEvaluation): Flag[] {
  return compareClaims(vendor)
    .flatMap(({ plan, severity, clock, claimed_minutes, observed_median_minutes, observed_worst_minutes, probes, contradicted }) =>
      contradicted && observed_median_minutes !== null && observed_worst_minutes !== null
        ? [{ kind: 'claim-contradicted' as const, plan, severity, clock, claimed_minutes, observed_median_minutes, observed_worst_minutes, probes }]
        : [],
    );
}
