// Checks both sides of a pull request while parsing every file once: the whole base goes through the pipeline,
// the head only for the files the pull request changes; the head's other vendors are the base's results,
// carried over (they are the same bytes). The head's findings are then the pull request's own findings.
import { checkSources } from '../check-sources.js';
import type { CheckResult, LoadedVendor } from '../check-sources.js';
import { checkRatingsAgainstRubric, checkUniqueIds, fileStem } from '../check-vendor-rules.js';
import { compareFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import type { SourceFile } from '../parse-yaml.js';
import type { PullRequestSides, SideFiles } from './assemble-sides.js';
import type { SelectedChanges } from './select-changes.js';

export interface PullRequestCheck {
  base: CheckResult;
  /** All the head's valid vendors; `findings` holds only what the pull request's files (or its rubric) cause. */
  head: CheckResult;
  /** Ids (file stems where a file is invalid) of the vendors whose files the pull request touches. */
  changedVendorIds: string[];
  rubricChanged: boolean;
  /** Findings in base files the pull request does not touch: not its fault, but worth a mention. */
  preexisting: number;
}

export function checkPullRequest(sides: PullRequestSides, changes: SelectedChanges, rubricPath: string): PullRequestCheck {
  const rubricChanged = changes.rubric !== null;
  const base = checkSide(sides.base, rubricPath);
  const changed = checkSide(sides.head, rubricPath);

  const touched = new Set(changes.vendors.flatMap((change) => [change.base, change.head]).filter((file) => file !== null));
  const carried = base.vendors.filter((vendor) => !touched.has(vendor.file));
  // A new rubric may drop a criterion that unchanged vendors still rate: those become the pull request's findings.
  const ratingFindings =
    rubricChanged && changed.rubric ? carried.flatMap((vendor) => checkRatingsAgainstRubric(vendor, changed.rubric!)) : [];
  const unrated = new Set(ratingFindings.map((finding) => finding.file));
  const candidates = [...carried.filter((vendor) => !unrated.has(vendor.file)), ...changed.vendors];
  // Carried vendors come first, so a clash names the pull request's file, not the one already on the base.
  const clashes = checkUniqueIds(candidates);
  const clashing = new Set(clashes.map((finding) => finding.file));
  const vendors = candidates.filter((vendor) => !clashing.has(vendor.file)).sort(byId);

  const ownFindings = rubricChanged ? changed.findings : changed.findings.filter((finding) => finding.file !== rubricPath);
  const findings = [...ownFindings, ...ratingFindings, ...clashes].sort(compareFindings);
  const idOf = new Map([...base.vendors, ...changed.vendors].map((vendor) => [vendor.file, vendor.data.id]));
  const changedVendorIds = [...new Set([...touched].map((file) => idOf.get(file) ?? fileStem(file)))].sort();
  if (rubricChanged) touched.add(rubricPath);
  return {
    base,
    head: { findings, vendors, rubric: changed.rubric },
    changedVendorIds,
    rubricChanged,
    preexisting: base.findings.filter((finding) => !touched.has(finding.file)).length,
  };
}

/**
 * A side whose rubric is missing still has its vendor files checked; the placeholder's own findings are dropped,
 * since the side's reading findings already say why the rubric is missing.
 */
function checkSide(side: SideFiles, rubricPath: string): CheckResult {
  const placeholder: SourceFile = { path: rubricPath, text: '' };
  const result = checkSources({ vendors: side.vendors, rubric: side.rubric ?? placeholder, findings: side.findings });
  if (side.rubric) return result;
  const readingFindings = new Set<Finding>(side.findings);
  return { ...result, findings: result.findings.filter((finding) => finding.file !== rubricPath || readingFindings.has(finding)) };
}

function byId(a: LoadedVendor, b: LoadedVendor): number {
  return a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0;
}
