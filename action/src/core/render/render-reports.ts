// Renders reports/: the comparison (README.md), scores.json, and one page and one score file per vendor. Pure:
// templates come in as strings and files go out as strings; the shell reads and writes. Files are rendered one at
// a time as they are asked for, so that thousands of vendors never sit in memory as text all at once; a failure
// throws RenderError before the file it concerns, and the shells write nothing unless every file rendered.
import type { Language, Rubric } from '../types/rubric.js';
import type { ScoreReport, VendorScore } from '../types/score.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { createReportViews } from './build-report-view.js';
import { drawScoreChart } from './chart-svg.js';
import { CATALOGUES } from './helpers.js';
import type { MessageKey } from './messages/en.js';
import { toSafeId } from './markdown-safe.js';
import { createTemplateRenderer } from './template-engine.js';

export interface RenderReportsInput {
  report: ScoreReport;
  rubric: Rubric;
  vendors: ReadonlyArray<{ file: string; data: VendorEvaluation }>;
  /** Keyed by path relative to templates/: report.hbs, vendor.hbs and partials/<name>.hbs. */
  templates: Readonly<Record<string, string>>;
  language: Language;
  /** How many vendors, and entries of each list, the comparison shows (vendor-review.config.yaml's comparison_limit). */
  limit: number;
  /** Removes secrets and runner paths from every value before it is escaped (the action's). */
  redact?: (text: string) => string;
  /** The other report sets, which the comparison links to: their languages and the path of their README from here. */
  otherSets?: ReadonlyArray<{ language: Language; path: string }>;
  /** The reports folder's own set writes the score files; the other languages' sets share them. */
  withScores?: boolean;
}

export interface RenderedFile {
  /** Relative to reports/, forward slashes. */
  path: string;
  content: string;
}

export const SCORE_INDEX = 'scores.json';

/** The paths renderReports writes, relative to the reports folder: the only files a reports folder may hold. */
const REPORT_PATH = /^(?:README\.md|chart\.svg|scores\.json|vendors\/[a-z0-9][a-z0-9-]{0,62}\.(?:md|json)|(?:en|zh-CN)\/(?:README\.md|chart\.svg|vendors\/[a-z0-9][a-z0-9-]{0,62}\.md))$/;

/**
 * Whether a file in the reports folder is one the renderer writes. The folder is replaced as a whole, so one that
 * holds anything else (vendor files, the action, a template) is refused: publishing would delete it.
 */
export function isReportPath(path: string): boolean {
  return REPORT_PATH.test(path);
}

/** README.md, its chart.svg, scores.json, then each vendor's page and score file in rank order. */
export function* renderReports(input: RenderReportsInput): Generator<RenderedFile> {
  const { report, language } = input;
  const render = createTemplateRenderer({ templates: input.templates, language, ...(input.redact ? { redact: input.redact } : {}) });
  const views = createReportViews({ ...input, otherSets: input.otherSets ?? [] });
  yield { path: 'README.md', content: render('report.hbs', views.overview) };
  const message = (key: MessageKey) => CATALOGUES[language][key];
  const text = {
    title: message('chart.title'),
    legendLower: message('chart.legend-lower'),
    legendRange: message('chart.legend-range'),
    legendScore: message('chart.legend-score'),
    knockedOut: message('chart.knocked-out'),
    insufficientData: message('chart.insufficient'),
    axis: message('chart.axis'),
  };
  const rows = views.overview.chart.rows.map((row) => ({ ...row, name: input.redact ? input.redact(row.name) : row.name }));
  // Without vendors the comparison says so instead of showing an empty chart.
  if (rows.length) yield { path: 'chart.svg', content: drawScoreChart({ rows, text, language }) };
  const withScores = input.withScores ?? true;
  if (withScores) yield serialiseScoreIndex(report);
  for (const score of report.vendors) {
    const id = toSafeId(score.id);
    yield { path: `vendors/${id}.md`, content: render('vendor.hbs', views.page(score)) };
    if (withScores) yield serialiseVendorScore(id, score);
  }
}

/**
 * Every report set: the first language's in the reports folder, with the score files, then each other language's
 * pages in <language>/; each comparison links to the others.
 */
export function* renderReportSets(input: Omit<RenderReportsInput, 'language' | 'otherSets' | 'withScores'> & { languages: readonly Language[] }): Generator<RenderedFile> {
  const [primary, ...others] = input.languages;
  if (!primary) return;
  const folder = (language: Language) => (language === primary ? '' : `${language}/`);
  for (const language of input.languages) {
    const otherSets = input.languages
      .filter((other) => other !== language)
      .map((other) => ({ language: other, path: `${language === primary ? '' : '../'}${folder(other)}README.md` }));
    for (const file of renderReports({ ...input, language, otherSets, withScores: language === primary })) {
      yield { path: `${folder(language)}${file.path}`, content: file.content };
    }
  }
}

/**
 * scores.json, the index: every vendor's entry without its criteria, in rank order. A pull request reads only
 * this, a few KB per vendor instead of ~30.
 */
function serialiseScoreIndex(report: ScoreReport): RenderedFile {
  const vendors = report.vendors.map(({ criteria: _criteria, ...summary }) => summary);
  return { path: SCORE_INDEX, content: toJson({ ...report, vendors }) };
}

/**
 * vendors/<id>.json, next to the page: the vendor's whole entry, criteria included, except its rank, which the
 * index holds. The file depends on nothing but the vendor, the rubric and the day, so it changes only when they
 * do, not whenever another vendor moves up or down.
 */
function serialiseVendorScore(id: string, { rank: _rank, ...entry }: VendorScore): RenderedFile {
  return { path: `vendors/${id}.json`, content: toJson(entry) };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
