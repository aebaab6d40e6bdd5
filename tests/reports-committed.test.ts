// reports/ is what decision-makers browse in the repository: it must be exactly what the committed vendors and
// rubric render to, pass markdownlint, and keep every table whole.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../action/src/core/render/build-reports.js';
import { loadProject } from '../action/src/shell/load-project.js';
import { readTemplates } from '../action/src/shell/read-workspace.js';
import { listNodes, parseMarkdown, readReportLintConfig } from './fixtures/render-fixture.js';
import { REPO_ROOT } from './support/temp-project.js';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

const today = new Date().toISOString().slice(0, 10);
const project = await loadProject(REPO_ROOT, { asOf: today, keepVendors: true });
const templates = readTemplates(REPO_ROOT, project.config.templates);
const { files: rendered } = buildReports({
  vendors: project.check.vendors,
  scored: project.scored!,
  rubric: project.check.rubric!,
  templates,
  languages: project.config.languages,
  limit: project.config.comparison_limit,
  asOf: today,
});
const files = [...rendered];
const STALE = 'reports/ is stale: run `npm start` and commit reports/';

describe('the committed reports/', () => {
  it('equals a fresh render of the committed vendors and rubric, file for file', () => {
    const reportsDir = path.join(REPO_ROOT, project.config.reports);
    const committed = existsSync(reportsDir) ? listFiles(reportsDir) : [];
    expect(committed, STALE).toEqual(files.map((file) => file.path).sort());
    for (const file of files) expect(readFileSync(path.join(reportsDir, file.path), 'utf8'), `${STALE} (${file.path})`).toBe(file.content);
  });

  it('passes markdownlint with the committed configuration, its tables compact', () => {
    const strings = Object.fromEntries(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.content]));
    const result = lint({ strings, config: readReportLintConfig() });
    expect(result.toString()).toBe('');
  });

  it('keeps every table row as wide as its header', () => {
    for (const file of files.filter((f) => f.path.endsWith('.md'))) {
      for (const table of listNodes(parseMarkdown(file.content)).filter((node) => node.type === 'table')) {
        const rows = (table as { children: Array<{ children: unknown[] }> }).children;
        const width = rows[0]!.children.length;
        expect(rows.map((row) => row.children.length), file.path).toEqual(rows.map(() => width));
      }
    }
  });
});
