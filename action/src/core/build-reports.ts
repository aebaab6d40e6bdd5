// Score the valid vendors and render every report file, in memory: the one composition the CLI and the publish
// mode share. Rendering errors throw before anything is written.
import type { LoadedVendor } from './check-sources.js';
import { renderReports } from './render/render-reports.js';
import type { RenderedFile } from './render/render-reports.js';
import type { Language, Rubric } from './rubric-types.js';
import type { ScoreReport } from './score-types.js';
import { scoreVendors } from './score/score-vendors.js';

export interface BuildReportsInput {
  vendors: readonly LoadedVendor[];
  rubric: Rubric;
  templates: Readonly<Record<string, string>>;
  language: Language;
  asOf: string;
}

export function buildReports(input: BuildReportsInput): { report: ScoreReport; files: RenderedFile[] } {
  const report = scoreVendors(input.vendors, input.rubric, { asOf: input.asOf });
  const files = renderReports({ report, rubric: input.rubric, vendors: input.vendors, templates: input.templates, language: input.language });
  return { report, files };
}
