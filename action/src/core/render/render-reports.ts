// Renders reports/: the comparison (README.md), one page and one score file per vendor, and scores.json. Pure:
// templates come in as strings and files go out as strings; the shell reads and writes. Either every file renders or RenderError is
// thrown, so a failed render never leaves half-written reports behind.
import { compareText } from '../compare-text.js';
import type { Language, Rubric } from '../rubric-types.js';
import type { ScoreReport, VendorScore, VendorSummary } from '../score-types.js';
import { summariseScore } from '../score/summarise-score.js';
import type { VendorEvaluation } from '../vendor-types.js';
import { buildReportView } from './build-report-view.js';
import { toSafeId } from './markdown-safe.js';
import type { ReportView, VendorPageView } from './report-view.js';
import { createTemplateRenderer } from './template-engine.js';
import type { RenderTemplate } from './template-engine.js';

export interface RenderReportsInput {
  report: ScoreReport;
  rubric: Rubric;
  vendors: ReadonlyArray<{ file: string; data: VendorEvaluation }>;
  /** Keyed by path relative to templates/: report.hbs, vendor.hbs and partials/<name>.hbs. */
  templates: Readonly<Record<string, string>>;
  language: Language;
  /** How many vendors, and entries of each list, the comparison shows (vendor-review.config.yaml's comparison_limit). */
  limit: number;
}

export interface RenderedFile {
  /** Relative to reports/, forward slashes. */
  path: string;
  content: string;
}

const REPORT_TEMPLATE = 'report.hbs';
const VENDOR_TEMPLATE = 'vendor.hbs';

export function renderReports(input: RenderReportsInput): RenderedFile[] {
  const { report: reportView, vendorPages } = buildReportView(input);
  const render = createTemplateRenderer({ templates: input.templates, language: input.language });
  return sortReportFiles([renderOverview(render, reportView), ...vendorPages.map((page) => renderVendorPage(render, page)), ...serialiseScores(input.report)]);
}

/** The comparison, README.md. */
export function renderOverview(render: RenderTemplate, view: ReportView): RenderedFile {
  return { path: 'README.md', content: render(REPORT_TEMPLATE, view) };
}

/** One vendor's page; pages depend on nothing but their view, so they can be rendered in any order, anywhere. */
export function renderVendorPage(render: RenderTemplate, page: VendorPageView): RenderedFile {
  return { path: `vendors/${toSafeId(page.vendor.id)}.md`, content: render(VENDOR_TEMPLATE, page) };
}

/** scores.json and every vendor's vendors/<id>.json. */
export function serialiseScores(report: ScoreReport): RenderedFile[] {
  return [serialiseScoreIndex({ ...report, vendors: report.vendors.map(summariseScore) }), ...report.vendors.map(serialiseVendorScore)];
}

/**
 * scores.json, the index: every vendor's entry without its criteria, in rank order. A pull request reads only
 * this, a few KB per vendor instead of ~30. Field order is the order scoring builds its objects in, which follows
 * score-types.ts.
 */
function serialiseScoreIndex(report: ScoreReport<VendorSummary>): RenderedFile {
  return { path: SCORE_INDEX, content: [...serialiseScoreIndexParts(report)].join('') };
}

export const SCORE_INDEX = 'scores.json';

/**
 * scores.json in pieces, vendor by vendor, whose concatenation is JSON.stringify(report, null, 2) and a newline:
 * the index of 10,000 vendors is 20 MB of text, which a large run writes without ever holding it whole.
 */
export function* serialiseScoreIndexParts(report: ScoreReport<VendorSummary>): Generator<string> {
  const keys = (Object.keys(report) as Array<keyof typeof report>).filter((key) => report[key] !== undefined);
  yield '{\n';
  for (const [index, key] of keys.entries()) {
    const end = index < keys.length - 1 ? ',\n' : '\n';
    if (key !== 'vendors' || report.vendors.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indentJson(report[key], '  ')}${end}`;
      continue;
    }
    yield '  "vendors": [\n';
    for (const [position, vendor] of report.vendors.entries()) {
      yield `    ${indentJson(vendor, '    ')}${position < report.vendors.length - 1 ? ',' : ''}\n`;
    }
    yield `  ]${end}`;
  }
  yield '}\n';
}

/** A value as JSON.stringify(value, null, 2) writes it nested at `indent`. */
function indentJson(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

/**
 * vendors/<id>.json, next to the page: the vendor's whole entry, criteria included, except its rank, which the
 * index holds. The file depends on nothing but the vendor, the rubric and the day, so it changes only when they
 * do, not whenever another vendor moves up or down; and it is written by the thread that scored the vendor.
 */
export function serialiseVendorScore({ rank: _rank, ...entry }: VendorScore): RenderedFile {
  return { path: `vendors/${toSafeId(entry.id)}.json`, content: toJson(entry) };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function sortReportFiles(files: RenderedFile[]): RenderedFile[] {
  return files.sort((a, b) => compareText(a.path, b.path));
}
