// From checked vendors to the report files, the one path the CLI's `run` and `render` and the action's publish
// mode share: score and rank (scoreProject), then render every file (renderReports) as the caller asks for it.
import { scoreProject } from '../score/score-project.js';
import type { ScoreProjectInput } from '../score/score-project.js';
import type { Language } from '../types/rubric.js';
import type { ScoreReport } from '../types/score.js';
import { renderReports } from './render-reports.js';
import type { RenderedFile } from './render-reports.js';

export interface BuildReportsInput extends ScoreProjectInput {
  templates: Readonly<Record<string, string>>;
  language: Language;
  /** vendor-review.config.yaml's comparison_limit. */
  limit: number;
  redact?: (text: string) => string;
}

export function buildReports(input: BuildReportsInput): { report: ScoreReport; files: Iterable<RenderedFile> } {
  const report = scoreProject(input);
  const { rubric, vendors, templates, language, limit, redact } = input;
  return { report, files: renderReports({ report, rubric, vendors, templates, language, limit, ...(redact ? { redact } : {}) }) };
}
