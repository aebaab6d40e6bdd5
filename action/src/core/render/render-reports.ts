// Renders reports/: the comparison (README.md), one page and one score file per vendor, and scores.json. Pure:
// templates come in as strings and files go out as strings; the shell reads and writes. Either every file renders or RenderError is
// thrown, so a failed render never leaves half-written reports behind.
import { compareText } from '../compare-text.js';
import type { Language, Rubric } from '../rubric-types.js';
import type { ScoreReport, VendorScore, VendorStanding, VendorSummary } from '../score-types.js';
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
 * this, a few KB per vendor instead of ~30. Its text is JSON.stringify(report, null, 2) and a newline, with the
 * fields in score-types.ts's order.
 */
function serialiseScoreIndex(report: ScoreReport<VendorSummary>): RenderedFile {
  const entries = report.vendors.map((vendor, index) => serialiseIndexEntry(vendor, index === report.vendors.length - 1));
  return { path: SCORE_INDEX, content: serialiseIndexHead(report) + entries.join('') + serialiseIndexTail(report) };
}

export const SCORE_INDEX = 'scores.json';

// The index in three pieces, so that a run of thousands of vendors can write it without ever holding it (20 MB
// of text at 10,000 vendors) or every summary in one place: the thread that ranks writes the head and the tail,
// and each vendor's entry is written at its offset by the thread that scored it (render-on-threads.ts).

/** Everything before the first vendor's entry. */
export function serialiseIndexHead(report: Pick<ScoreReport<VendorStanding>, 'rubric_version' | 'sources' | 'vendors'>): string {
  const sources = report.sources ? `  "sources": ${indentJson(report.sources, '  ')},\n` : '';
  return `{\n  "rubric_version": ${JSON.stringify(report.rubric_version)},\n${sources}  "vendors": [${report.vendors.length ? '\n' : '],\n'}`;
}

/** A vendor's entry, as the list nests it, with the comma that separates it from the next. */
export function serialiseIndexEntry(vendor: VendorSummary, last: boolean): string {
  return `    ${indentJson(vendor, '    ')}${last ? '' : ','}\n`;
}

// A vendor's entry is serialised once, before it is ranked (at rank 0, as the last entry), and ranked later by
// writing its rank into that line: the thread that ranks needs only the entry's size to work out where it goes.
const RANK_ZERO = '\n      "rank": 0,';

/** The entry serialised at rank 0 (`serialiseIndexEntry(vendor, true)`), now at `rank`. */
export function rankIndexEntry(entryAtRankZero: string, rank: number, last: boolean): string {
  // The rank is the entry's fourth field; no string value can hold a line break, so this line is the rank's.
  const at = entryAtRankZero.indexOf(RANK_ZERO);
  if (at < 0) throw new Error('A scores.json entry must be serialised at rank 0 to be ranked');
  const ranked = `${entryAtRankZero.slice(0, at)}\n      "rank": ${rank},${entryAtRankZero.slice(at + RANK_ZERO.length)}`;
  return last ? ranked : `${ranked.slice(0, -1)},\n`;
}

/** The bytes of rankIndexEntry's result, from the bytes of the entry at rank 0. */
export function measureIndexEntry(bytesAtRankZero: number, rank: number, last: boolean): number {
  return bytesAtRankZero - 1 + String(rank).length + (last ? 0 : 1);
}

/** Everything after the last vendor's entry. */
export function serialiseIndexTail(report: Pick<ScoreReport<VendorStanding>, 'vendors' | 'robustness'>): string {
  return `${report.vendors.length ? '  ],\n' : ''}  "robustness": ${indentJson(report.robustness, '  ')}\n}\n`;
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
