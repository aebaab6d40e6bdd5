// Score the valid vendors and render every report file, in memory: what the publish mode commits. The CLI renders
// the same files on several threads straight into the reports folder (shell/render-on-threads.ts). Rendering
// errors throw before anything is written.
import { renderReports } from './render/render-reports.js';
import type { RenderedFile } from './render/render-reports.js';
import type { Language } from './rubric-types.js';
import type { ScoreReport } from './score-types.js';
import { scoreProject } from './score-project.js';
import type { ScoreProjectInput } from './score-project.js';

export interface BuildReportsInput extends ScoreProjectInput {
  templates: Readonly<Record<string, string>>;
  language: Language;
  /** vendor-review.config.yaml's comparison_limit. */
  limit: number;
}

export function buildReports(input: BuildReportsInput): { report: ScoreReport; files: RenderedFile[] } {
  const report = scoreProject(input);
  const files = renderReports({ report, rubric: input.rubric, vendors: input.vendors, templates: input.templates, language: input.language, limit: input.limit });
  return { report, files };
}
