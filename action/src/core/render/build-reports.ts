// From checked vendors to the report files, the one path the CLI's `run` and `render` and the action's publish
// mode share: score and rank (scoreProject), then render every file (renderReports) as the caller asks for it.
import { scoreProject } from '../score/score-project.js';
import type { ScoreProjectInput } from '../score/score-project.js';
import type { Language } from '../types/rubric.js';
import type { ScoreReport } from '../types/score.js';
import { renderReportSets } from './render-reports.js';
import type { RenderedFile } from './render-reports.js';

export interface BuildReportsInput extends ScoreProjectInput {
  templates: Readonly<Record<string, string>>;
  /** One report set per language, the first in the reports folder itself (vendor-review.config.yaml's languages). */
  languages: readonly Language[];
  /** vendor-review.config.yaml's comparison_limit. */
  limit: number;
  redact?: (text: string) => string;
}

export function buildReports(input: BuildReportsInput): { report: ScoreReport; files: Iterable<RenderedFile> } {
  const report = scoreProject(input);
  const { rubric, vendors, templates, languages, limit, redact } = input;
  return { report, files: renderReportSets({ report, rubric, vendors, templates, languages, limit, ...(redact ? { redact } : {}) }) };
}
