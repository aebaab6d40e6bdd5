// The pipeline's stages timed one after another in one cold process, on one thread: where the time of a run goes
// before any parallelism. Prints one JSON object: milliseconds per stage. Bundled on the fly by scripts/bench.mjs.
import { performance } from 'node:perf_hooks';
import { checkRubricSource, combineChecks } from '../../action/src/core/validate/check-sources.js';
import type { VendorFileCheck } from '../../action/src/core/validate/check-sources.js';
import { checkRatingsAgainstRubric, checkVendorRules, identify, locateAnchors } from '../../action/src/core/validate/check-vendor-rules.js';
import { compareReports } from '../../action/src/core/compare/compare-reports.js';
import { computeBlobSha } from '../../action/src/core/text/compute-blob-sha.js';
import { parseYaml } from '../../action/src/core/validate/parse-yaml.js';
import { renderReports } from '../../action/src/core/render/render-reports.js';
import { scoreVendor } from '../../action/src/core/score/score-vendor.js';
import { scoreProject } from '../../action/src/core/score/score-project.js';
import { validateAgainstSchema } from '../../action/src/core/validate/validate-schema.js';
import type { VendorEvaluation } from '../../action/src/core/types/vendor.js';
import { listYamlFiles, openWorkspace, readRubric, readSources, readTemplates } from '../../action/src/shell/read-workspace.js';

const [root, asOf = '2026-11-25'] = process.argv.slice(2);
if (!root) throw new Error('usage: measure-stages <project folder> [as-of]');

const stages: Record<string, number> = {};
async function time<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  stages[stage] = (stages[stage] ?? 0) + performance.now() - start;
  return result;
}

const listing = await time('list', async () => {
  const { config } = openWorkspace(root);
  return { config, vendorFiles: listYamlFiles(root, [config.vendors]).files };
});
const { sources } = await time('read', () => readSources(root, listing.vendorFiles));
const rubric = await time('rubric', async () => checkRubricSource(readRubric(root, listing.config.rubric)));
if (!rubric.rubric) throw new Error('the rubric has errors');
// Each parsed file stays with its source, whose bytes give the blob SHA below.
const parsed = await time('parse', () => sources.map((source) => ({ source, file: parseYaml(source) })));
const valid = await time('validate', () => parsed.filter(({ file }) => !file.findings.length && !validateAgainstSchema(file, 'vendor').length));
const checks = await time('rules', () =>
  valid.map(({ source, file }): VendorFileCheck => {
    const located = { parsed: file, data: file.data as VendorEvaluation };
    const findings = checkVendorRules(located);
    const vendor = findings.length ? null : { file: file.file, blob: computeBlobSha(source.text), data: located.data, anchors: locateAnchors(located) };
    return { file: file.file, findings, identity: vendor && identify(vendor), ratingFindings: vendor ? checkRatingsAgainstRubric(vendor, rubric.rubric!) : [], vendor };
  }),
);
const { vendors } = await time('rules', () => combineChecks({ rubric, files: checks, findings: [] }));
const scored = await time('score', () => vendors.map((vendor) => scoreVendor({ file: vendor.file, vendor: vendor.data, rubric: rubric.rubric!, asOf })));
const report = await time('rank', () => scoreProject({ vendors, scored, rubric: rubric.rubric!, asOf }));
// A pull request that changes one vendor: the comparison of the two rankings.
const head = { ...report, vendors: report.vendors.map((vendor, i) => (i === 0 ? { ...vendor, total: { ...vendor.total, score: 0 } } : vendor)) };
await time('compare', () => compareReports({ base: report, head, changedVendorIds: [report.vendors[0]?.id ?? ''], rubricChanged: false }));
const templates = readTemplates(root, listing.config.templates);
// Files come one at a time: pages (view and render) and JSON files (serialise) are timed apart.
const files = renderReports({ report, rubric: rubric.rubric, vendors, templates, language: listing.config.language, limit: listing.config.comparison_limit });
for (;;) {
  const start = performance.now();
  const next = files.next();
  if (next.done) break;
  const stage = next.value.path.endsWith('.json') ? 'serialise' : 'render';
  stages[stage] = (stages[stage] ?? 0) + performance.now() - start;
}
process.stdout.write(`${JSON.stringify({ files: listing.vendorFiles.length, valid: vendors.length, stages })}\n`);
