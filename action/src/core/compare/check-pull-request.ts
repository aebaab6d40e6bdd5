// Checks both sides of a pull request while parsing every file at most once: the base goes through the pipeline,
// the head only for the files the pull request changes; the head's other vendors are the base's results,
// carried over (they are the same bytes). The head's findings are then the pull request's own findings.
// Given the base's committed score report, the untouched base files it scored (same blob, same engine, schema
// and rubric) are not parsed at all: their committed entries stand for them on both sides.
import { checkRubricSource, checkSourcesAgainst } from '../validate/check-sources.js';
import type { CheckResult, LoadedVendor, RubricCheck } from '../validate/check-sources.js';
import { checkIdentities, checkRatingsAgainstRubric, fileStem, identify } from '../validate/check-vendor-rules.js';
import type { VendorIdentity } from '../validate/check-vendor-rules.js';
import { compareFindings } from '../validate/findings.js';
import type { Finding } from '../types/findings.js';
import type { SourceFile } from '../validate/parse-yaml.js';
import type { VendorSummary } from '../types/score.js';
import type { PullRequestSides, SideFiles } from './assemble-sides.js';
import { compareConfigs } from './compare-configs.js';
import { comparePlanTerms } from './compare-plans.js';
import type { PlanTermChange } from './compare-plans.js';
import type { ConfigChange } from './compare-configs.js';
import { reuseScores } from './reuse-scores.js';
import { CONFIG_FILE } from '../validate/config.js';
import type { SelectedChanges } from './select-changes.js';
import { compareText } from '../text/compare-text.js';

export interface PullRequestCheck {
  base: CheckResult;
  /** All the head's valid vendors; `findings` holds only what the pull request's files (or its rubric) cause. */
  head: CheckResult;
  /** Committed entries of untouched vendors, valid on both sides, which are in neither side's `vendors`. */
  reused: VendorSummary[];
  /** Ids (file stems where a file is invalid) of the vendors whose files the pull request touches. */
  changedVendorIds: string[];
  rubricChanged: boolean;
  /** The settings of vendor-review.config.yaml the pull request changes (none when it leaves the file alone). */
  configChanges: ConfigChange[];
  /** For each changed vendor valid on both sides, what changes in its support plans. */
  planChanges: Record<string, PlanTermChange[]>;
  /** Findings in base files the pull request does not touch: not its fault, but worth a mention. */
  preexisting: number;
}

export interface PullRequestInput {
  sides: PullRequestSides;
  changes: SelectedChanges;
  rubricPath: string;
  /** The base's reports/scores.json as parsed JSON, when the shell could trust one; null otherwise. */
  committed: unknown;
}

export function checkPullRequest(input: PullRequestInput): PullRequestCheck {
  const { sides, changes, rubricPath, committed } = input;
  const rubricChanged = changes.rubric !== null;
  const touched = new Set(changes.vendors.flatMap((change) => [change.base, change.head]).filter((file) => file !== null));
  // One rubric file is checked once, even when both sides have it.
  const rubrics = new Map<SourceFile, RubricCheck>();
  const checkRubricOnce = (source: SourceFile): RubricCheck => {
    let checked = rubrics.get(source);
    if (!checked) {
      checked = checkRubricSource(source);
      rubrics.set(source, checked);
    }
    return checked;
  };

  const baseRubric = sides.base.rubric && checkRubricOnce(sides.base.rubric);
  // A new rubric rescores every vendor: committed entries only stand for files the base rubric scores as before.
  const reused =
    !rubricChanged && baseRubric?.rubric
      ? reuseScores({ committed, rubric: baseRubric.rubric, sources: sides.base.vendors.filter((source) => !touched.has(source.path)) })
      : [];
  const reusedFiles = new Set(reused.map((score) => score.file));
  const base = checkSide({ ...sides.base, vendors: sides.base.vendors.filter((source) => !reusedFiles.has(source.path)) }, rubricPath, checkRubricOnce);
  const changed = checkSide(sides.head, rubricPath, checkRubricOnce);

  const carried = base.vendors.filter((vendor) => !touched.has(vendor.file));
  // A new rubric may drop a criterion that unchanged vendors still rate: those become the pull request's findings.
  const ratingFindings = rubricChanged && changed.rubric ? carried.flatMap((vendor) => checkRatingsAgainstRubric(vendor, changed.rubric!)) : [];
  const unrated = new Set(ratingFindings.map((finding) => finding.file));
  const candidates = [...carried.filter((vendor) => !unrated.has(vendor.file)), ...changed.vendors];
  // Untouched vendors come first, so a clash names the pull request's file, not the one already on the base. A
  // committed report holds no two vendors with one id, so the position of a reused one is never reported.
  const { duplicates: clashes, lookAlikes } = checkIdentities([...reused.map(identifyCommitted), ...candidates.map(identify)]);
  const clashing = new Set(clashes.map((finding) => finding.file));
  const vendors = candidates.filter((vendor) => !clashing.has(vendor.file)).sort(byId);

  const ownFindings = rubricChanged ? changed.findings : changed.findings.filter((finding) => finding.file !== rubricPath);
  // Look-alikes between two untouched vendors are not the pull request's doing.
  const own = (finding: Finding) => touched.has(finding.file);
  const config = changes.config ? compareConfigs(sides.base.config, sides.head.config) : { findings: [], changes: [] };
  const findings = [...ownFindings, ...ratingFindings, ...clashes, ...lookAlikes.filter(own), ...config.findings].sort(compareFindings);
  const idOf = new Map([...base.vendors, ...changed.vendors].map((vendor) => [vendor.file, vendor.data.id]));
  const changedVendorIds = [...new Set([...touched].map((file) => idOf.get(file) ?? fileStem(file)))].sort();
  const dataOf = (vendors: readonly LoadedVendor[]) => new Map(vendors.map((vendor) => [vendor.data.id, vendor.data]));
  const [baseData, headData] = [dataOf(base.vendors), dataOf(changed.vendors)];
  const planChanges = Object.fromEntries(changedVendorIds.map((id) => [id, comparePlanTerms(baseData.get(id) ?? null, headData.get(id) ?? null)]));
  if (rubricChanged) touched.add(rubricPath);
  if (changes.config) touched.add(CONFIG_FILE);
  return {
    base,
    head: { findings, vendors, rubric: changed.rubric },
    reused,
    changedVendorIds,
    rubricChanged,
    configChanges: config.changes,
    planChanges,
    preexisting: base.findings.filter((finding) => !touched.has(finding.file)).length,
  };
}

/**
 * A side whose rubric is missing still has its vendor files checked; the placeholder's own findings are dropped,
 * since the side's reading findings already say why the rubric is missing.
 */
function checkSide(side: SideFiles, rubricPath: string, checkRubricOnce: (source: SourceFile) => RubricCheck): CheckResult {
  const result = checkSourcesAgainst(checkRubricOnce(side.rubric ?? { path: rubricPath, text: '' }), side.vendors, side.findings);
  if (side.rubric) return result;
  const readingFindings = new Set<Finding>(side.findings);
  return { ...result, findings: result.findings.filter((finding) => finding.file !== rubricPath || readingFindings.has(finding)) };
}

function identifyCommitted(score: VendorSummary): VendorIdentity {
  const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file: score.file, id: score.id, name: score.name, at: { id: start, name: start } };
}

function byId(a: LoadedVendor, b: LoadedVendor): number {
  return compareText(a.data.id, b.data.id);
}
