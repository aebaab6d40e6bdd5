// Builds the review (the sticky comment and the job summary share it) from the template and the comparison,
// within a size limit: GitHub refuses a comment over 65,536 characters and a step summary over 1 MiB. When the
// whole review does not fit, the vendor sections go first, then the ranking rows, then the findings, each from
// the end of its list, and the review says what was left out and where to read all of it. Those notices, like
// every fixed sentence of the review, are the template's, so they follow the configured language.
import type { Finding } from '../types/findings.js';
import type { Language, Rubric } from '../types/rubric.js';
import type { Flag } from '../types/score.js';
import type { DimensionChange, GateChange, ReportComparison, RankingMove, VendorComparison } from './compare-reports.js';
import type { ConfigChange } from './compare-configs.js';
import type { RenderComment } from './compile-comment-template.js';

export const STICKY_MARKER = '<!-- vendor-review:sticky -->';

export interface SizeLimit {
  max: number;
  measure: (text: string) => number;
}

/** GitHub counts a comment body in characters; UTF-16 length is never below that count. */
export const COMMENT_LIMIT: SizeLimit = { max: 65_536, measure: (text) => text.length };
/** The step summary limit is in bytes. */
export const SUMMARY_LIMIT: SizeLimit = { max: 1024 * 1024, measure: (text) => Buffer.byteLength(text, 'utf8') };

export interface Review {
  findings: readonly Finding[];
  /** Null when the head cannot be scored (its rubric has errors). */
  comparison: ReportComparison | null;
  /** Findings in files the pull request does not touch. */
  preexisting: number;
  /** The settings of vendor-review.config.yaml the pull request changes. */
  configChanges: readonly ConfigChange[];
  /** Sentences from the action itself, e.g. that the file list was cut at GitHub's limit. */
  notices: readonly ReviewNotice[];
  headSha: string;
  /** The workflow run, whose summary holds the whole review. */
  runUrl: string | null;
  /** The rubric's titles in the review's language, for the ids scores carry. */
  titles: RubricTitles;
}

/**
 * A sentence of the action's own: a message of the catalogue (so in the review's language), or a text it
 * composed, such as why GitHub refused a request (in English, like the step's log).
 */
export type ReviewNotice = { message: NoticeMessage; count: number | null; text: null } | { message: null; count: null; text: string };

export type NoticeMessage = 'pr.notice.no-changes' | 'pr.notice.head-unscorable' | 'pr.notice.files-compared';

export function noticeOf(message: NoticeMessage, count: number | null = null): ReviewNotice {
  return { message, count, text: null };
}

export function noticeText(text: string): ReviewNotice {
  return { message: null, count: null, text };
}

/** Titles by id, in one language. */
export interface RubricTitles {
  dimensions: Readonly<Record<string, string>>;
  gates: Readonly<Record<string, string>>;
  criteria: Readonly<Record<string, string>>;
}

/** The titles of `rubrics` (the head's first: a title it changed is the one shown), in `language`. */
export function collectRubricTitles(rubrics: ReadonlyArray<Rubric | null>, language: Language): RubricTitles {
  const titles = { dimensions: {} as Record<string, string>, gates: {} as Record<string, string>, criteria: {} as Record<string, string> };
  for (const rubric of [...rubrics].reverse()) {
    for (const dimension of rubric?.dimensions ?? []) {
      titles.dimensions[dimension.id] = dimension.title[language];
      for (const criterion of dimension.criteria) titles.criteria[criterion.id] = criterion.title[language];
    }
    for (const gate of rubric?.gates ?? []) titles.gates[gate.id] = gate.title[language];
  }
  return titles;
}

export interface VendorView extends Omit<VendorComparison, 'dimensions' | 'gates'> {
  /** `title`: the dimension's in the rubric, or its id when no rubric names it. */
  dimensions: Array<DimensionChange & { title: string }>;
  gates: Array<GateChange & { title: string }>;
  /** The kinds of the flags no longer raised, each once: the comment names them without their details. */
  resolvedFlagKinds: Array<Flag['kind']>;
  /** Another plan is evaluated on the head than on the base. */
  planChanged: boolean;
}

export interface ReviewView {
  valid: boolean;
  errors: number;
  warnings: number;
  /** `hint` is null where a finding has none: templates are strict about missing fields. */
  findings: ReadonlyArray<Omit<Finding, 'hint'> & { hint: string | null }>;
  preexisting: number;
  notices: readonly ReviewNotice[];
  headSha: string;
  runUrl: string | null;
  rubricChanged: boolean;
  configChanges: readonly ConfigChange[];
  vendors: readonly VendorView[];
  ranking: readonly RankingMove[];
  truncated: boolean;
  omitted: { vendors: number; ranking: number; findings: number };
  /** The text itself is cut short at the end; the template says so near the top, which the cut keeps. */
  cut: boolean;
}

type Trimmable = 'vendors' | 'ranking' | 'findings';
/** What goes first when the review is too long: details before the ranking, the ranking before the findings. */
const TRIM_ORDER: readonly Trimmable[] = ['vendors', 'ranking', 'findings'];

export function buildReviewBody(render: RenderComment<ReviewView>, review: Review, limit: SizeLimit): { body: string; truncated: boolean } {
  const keep: Record<Trimmable, number> = {
    vendors: review.comparison?.vendors.length ?? 0,
    ranking: review.comparison?.ranking.length ?? 0,
    findings: review.findings.length,
  };
  const renderKept = (cut = false) => withMarker(render(toView(review, keep, cut)));
  const fits = (text: string) => limit.measure(text) <= limit.max;

  let body = renderKept();
  if (fits(body)) return { body, truncated: false };
  for (const list of TRIM_ORDER) {
    // The largest number of entries of this list that still fits (0 when none does), by bisection.
    let [low, high] = [0, keep[list]];
    while (low < high) {
      keep[list] = Math.ceil((low + high) / 2);
      if (fits(renderKept())) low = keep[list];
      else high = keep[list] - 1;
    }
    keep[list] = low;
    body = renderKept();
    if (fits(body)) return { body, truncated: true };
  }
  // Only the fixed parts are left and still too long (a huge notice): cut the text itself, shrinking in
  // proportion until it fits, since characters and bytes do not map one to one.
  const ending = '…\n';
  let cut = renderKept(true);
  while (!fits(cut + ending)) cut = cut.slice(0, Math.floor((cut.length * limit.max) / limit.measure(cut + ending)) - 1);
  return { body: cut + ending, truncated: true };
}

function toView(review: Review, keep: Record<Trimmable, number>, cut: boolean): ReviewView {
  const comparison = review.comparison;
  const vendors = comparison?.vendors ?? [];
  const ranking = comparison?.ranking ?? [];
  const errors = review.findings.filter((finding) => finding.severity === 'error').length;
  const omitted = {
    vendors: vendors.length - keep.vendors,
    ranking: ranking.length - keep.ranking,
    findings: review.findings.length - keep.findings,
  };
  return {
    valid: errors === 0,
    errors,
    warnings: review.findings.length - errors,
    findings: review.findings.slice(0, keep.findings).map((finding) => ({ ...finding, hint: finding.hint ?? null })),
    preexisting: review.preexisting,
    notices: review.notices,
    headSha: review.headSha,
    runUrl: review.runUrl,
    rubricChanged: comparison?.rubricChanged ?? false,
    configChanges: review.configChanges,
    vendors: vendors.slice(0, keep.vendors).map((vendor) => ({
      ...vendor,
      dimensions: vendor.dimensions.map((change) => ({ ...change, title: review.titles.dimensions[change.dimension] ?? change.dimension })),
      gates: vendor.gates.map((change) => ({ ...change, title: review.titles.gates[change.gate] ?? change.gate })),
      // A disagreement names its criterion by title, as the comparison does.
      newFlags: vendor.newFlags.map((flag) =>
        flag.kind === 'evaluator-disagreement' ? { ...flag, criterion: review.titles.criteria[flag.criterion] ?? flag.criterion } : flag,
      ),
      resolvedFlagKinds: [...new Set(vendor.resolvedFlags.map((flag) => flag.kind))],
      planChanged: vendor.status === 'changed' && vendor.plan.before !== vendor.plan.after,
    })),
    ranking: ranking.slice(0, keep.ranking),
    truncated: omitted.vendors + omitted.ranking + omitted.findings > 0,
    omitted,
    cut,
  };
}

/** The marker is how the action finds its comment again; a template that lost it still gets it, first. */
function withMarker(body: string): string {
  return body.startsWith(STICKY_MARKER) ? body : `${STICKY_MARKER}\n${body}`;
}
