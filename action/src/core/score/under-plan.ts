// The vendor as the rubric reads it under one of its support plans: the file's facts, and that plan's terms as
// `plan` (fact paths `plan.hours.critical`, …). The evaluated plan (evaluation.plan) gives the vendor's score; each
// plan in turn gives the total a reader compares ("Business 65.2, Personalized 70.6").
import type { SupportPlan, VendorEvaluation } from '../types/vendor.js';

export type VendorUnderPlan = VendorEvaluation & { plan: SupportPlan };

export function underPlan(vendor: VendorEvaluation, plan: SupportPlan): VendorUnderPlan {
  return { ...vendor, plan };
}

/** The check makes sure evaluation.plan names a plan of the file; a file built in memory may not, and says so. */
export function evaluatedPlan(vendor: VendorEvaluation): SupportPlan {
  const plan = vendor.support_plans.find((candidate) => candidate.id === vendor.evaluation.plan);
  if (!plan) throw new Error(`${vendor.id}: evaluation.plan \`${vendor.evaluation.plan}\` names no plan of support_plans`);
  return plan;
}
