// Large runs: the benchmark's synthetic vendor files are valid evaluations (its 1% invalid variant fails exactly
// where it breaks them), the bundled CLI spreads a large run over worker threads and says the same as the CLI
// on one thread, file for file and byte for byte, and a terminal shows a progress line that pipes never see.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReports } from '../action/src/core/build-reports.js';
import type { Rubric } from '../action/src/core/rubric-types.js';
import { listProject, loadProject } from '../action/src/shell/load-project.js';
import { LARGE_RUN_FROM, PARALLEL_FROM, PipelinePool } from '../action/src/shell/pipeline-pool.js';
import { readTemplates } from '../action/src/shell/read-workspace.js';
import { prepareProject, releasePreparedProject, writePreparedReports } from '../action/src/shell/render-on-threads.js';
import { generateVendorFiles, isBroken, vendorPath } from '../scripts/bench/generate-vendors.js';
import { TODAY, runCliCaptured } from './support/run-cli.js';
import { REPO_ROOT, createTempProject, readProjectFiles } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';

const CLI_BUNDLE = path.join(REPO_ROOT, 'action/dist/cli.js');
/** Enough files for the bundle to start workers; one of them broken, as in the benchmark's invalid variant. */
const COUNT = PARALLEL_FROM + 51;

let project: TempProject;
beforeAll(() => {
  project = createTempProject({ vendors: false });
  for (const [file, text] of Object.entries(generateVendorFiles({ count: COUNT, invalid: true }))) project.write(file, text);
});
afterAll(() => project.remove());

function runBundle(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the large project without its broken files: every vendor valid. */
function copyValidProject(): string {
  const valid = mkdtempSync(path.join(tmpdir(), 'vendor-review-large-'));
  cpSync(project.root, valid, { recursive: true });
  for (const file of readdirSync(path.join(valid, 'vendors'))) {
    if (isBroken(Number(/(\d+)\.yaml$/.exec(file)![1]) - 1)) rmSync(path.join(valid, 'vendors', file));
  }
  return valid;
}

describe('the benchmark generator', () => {
  it('writes valid vendor files that exercise every section, about 4 KB each', async () => {
    const small = createTempProject({ vendors: false });
    try {
      const files = generateVendorFiles({ count: 40 });
      for (const [file, text] of Object.entries(files)) small.write(file, text);
      const result = await runCliCaptured(['check'], small.root);
      expect(result).toEqual({ code: 0, stdout: '40 vendor files and the rubric checked: no problems found.\n', stderr: '' });
      const sizes = Object.values(files).map((text) => Buffer.byteLength(text));
      expect(Math.min(...sizes)).toBeGreaterThan(3000);
      expect(Math.max(...sizes)).toBeLessThan(6500);
      for (const section of ['outsourcing', 'team_scale', 'response_time', 'service_model', 'technical_depth', 'industry_experience', 'resource_investment', 'trial_probes', 'hidden_costs', 'ratings', 'evidence', 'notes']) {
        expect(files[vendorPath(0)]).toMatch(new RegExp(`^${section}:`, 'm'));
      }
      // Deterministic: the same seed gives the same bytes, and a smaller run is a prefix of a larger one.
      expect(generateVendorFiles({ count: 40 })).toEqual(files);
    } finally {
      small.remove();
    }
  });

  it('breaks 1 file in 100 in its invalid variant, and only those', async () => {
    const result = await runCliCaptured(['check', '--format', 'json'], project.root);
    const broken = Array.from({ length: COUNT }, (_, i) => i).filter(isBroken).map(vendorPath);
    expect(broken.length).toBeGreaterThan(1);
    const output = JSON.parse(result.stdout) as { files: number; findings: Array<{ file: string }> };
    expect(output.files).toBe(COUNT);
    expect([...new Set(output.findings.map((finding) => finding.file))].sort()).toEqual(broken);
  });
});

describe('a large run of the bundled CLI (worker threads)', () => {
  it('checks every file as the CLI on one thread does', async () => {
    const bundled = runBundle(['check', '--format', 'json'], project.root);
    const inProcess = await runCliCaptured(['check', '--format', 'json'], project.root);
    expect(bundled.stderr).toBe('');
    expect({ code: bundled.code, stdout: bundled.stdout }).toEqual({ code: inProcess.code, stdout: inProcess.stdout });
  });

  describe('rendering the valid files', () => {
    /** The copies: rendered by the bundle, by the CLI on one thread, and by this thread keeping vendors on disk. */
    const folders = { bundled: '', oneThread: '', spilled: '' };
    let bundled: ReturnType<typeof runBundle>;
    let oneThread: Awaited<ReturnType<typeof runCliCaptured>>;
    beforeAll(async () => {
      folders.bundled = copyValidProject();
      for (const copy of ['oneThread', 'spilled'] as const) {
        folders[copy] = mkdtempSync(path.join(tmpdir(), 'vendor-review-large-'));
        cpSync(folders.bundled, folders[copy], { recursive: true });
      }
      bundled = runBundle(['run', '--as-of', TODAY], folders.bundled);
      oneThread = await runCliCaptured(['run', '--as-of', TODAY], folders.oneThread);
    });
    afterAll(() => {
      for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
    });
    const reportsOf = (folder: string) => readProjectFiles(path.join(folder, 'reports'));

    it('renders the same reports, byte for byte, and scores the same ranking', () => {
      expect(bundled.code).toBe(0);
      expect(bundled.stdout).toBe(oneThread.stdout);
      expect(reportsOf(folders.bundled)).toEqual(reportsOf(folders.oneThread));
    });

    it('renders what the publish mode commits, the comparison listing the first 100 vendors', async () => {
      const loaded = await loadProject(folders.bundled, [], { asOf: TODAY });
      const templates = await readTemplates(folders.bundled, loaded.config.templates);
      const { files } = buildReports({ vendors: loaded.check.vendors, rubric: loaded.check.rubric!, templates, language: 'en', limit: loaded.config.comparison_limit, asOf: TODAY });
      const rendered = reportsOf(folders.bundled);
      expect(rendered).toEqual(Object.fromEntries(files.map((file) => [file.path, file.content])));
      // 251 generated files, 3 of them broken and left out; comparison_limit is 100 by default.
      const readme = rendered['README.md']!;
      expect(readme).toContain('list the first 100 of the 248 vendors by rank');
      expect(readme.match(/^\| \d+ \| \[/gm)).toHaveLength(100);
    });

    it('renders the same on this thread when prepared vendors are kept on disk (spill: true)', async () => {
      const listing = await listProject(folders.spilled);
      const pool = PipelinePool.open(0);
      const prepared = await prepareProject(listing, pool, { asOf: TODAY, language: 'en', spill: true });
      expect(prepared.spill).not.toBeNull();
      const templates = await readTemplates(folders.spilled, listing.config.templates);
      await writePreparedReports(prepared as typeof prepared & { check: { rubric: Rubric } }, pool, { templates, limit: listing.config.comparison_limit });
      releasePreparedProject(prepared);
      expect(existsSync(prepared.spill!)).toBe(false);
      expect(reportsOf(folders.spilled)).toEqual(reportsOf(folders.oneThread));
    });
  });

  it(`checks and renders a run of ${LARGE_RUN_FROM} files (workers only, prepared vendors on disk) as one thread does`, async () => {
    const large = createTempProject({ vendors: false });
    const oneThread = mkdtempSync(path.join(tmpdir(), 'vendor-review-large-'));
    const ownTemp = mkdtempSync(path.join(tmpdir(), 'vendor-review-tmp-'));
    try {
      for (const [file, text] of Object.entries(generateVendorFiles({ count: LARGE_RUN_FROM }))) large.write(file, text);
      cpSync(large.root, oneThread, { recursive: true });

      const bundled = runBundle(['run', '--as-of', TODAY], large.root, { TMPDIR: ownTemp });
      const inProcess = await runCliCaptured(['run', '--as-of', TODAY], oneThread);

      expect(bundled.stderr).toBe('');
      expect(bundled.stdout).toBe(inProcess.stdout);
      expect(readProjectFiles(path.join(large.root, 'reports'))).toEqual(readProjectFiles(path.join(oneThread, 'reports')));
      // The spill folder is gone with the run.
      expect(readdirSync(ownTemp)).toEqual([]);

      // The same files, 1 in 100 broken: findings from every worker, in the order one thread reports them.
      const invalid = generateVendorFiles({ count: LARGE_RUN_FROM, invalid: true });
      const broken = Array.from({ length: LARGE_RUN_FROM }, (_, i) => i).filter(isBroken).map(vendorPath);
      for (const file of broken) {
        large.write(file, invalid[file]!);
        writeFileSync(path.join(oneThread, file), invalid[file]!);
      }
      const bundledCheck = runBundle(['check', '--format', 'json'], large.root);
      const inProcessCheck = await runCliCaptured(['check', '--format', 'json'], oneThread);
      expect(bundledCheck.stderr).toBe('');
      expect({ code: bundledCheck.code, stdout: bundledCheck.stdout }).toEqual({ code: 1, stdout: inProcessCheck.stdout });
      const { files, findings } = JSON.parse(bundledCheck.stdout) as { files: number; findings: Array<{ file: string }> };
      expect(files).toBe(LARGE_RUN_FROM);
      expect([...new Set(findings.map((finding) => finding.file))].sort()).toEqual(broken);
    } finally {
      large.remove();
      rmSync(oneThread, { recursive: true, force: true });
      rmSync(ownTemp, { recursive: true, force: true });
    }
  }, 120_000);

  it('stops a render on the first template error in page order, from whichever thread, and writes nothing', () => {
    const broken = copyValidProject();
    try {
      appendFileSync(path.join(broken, 'templates/vendor.hbs'), '{{md vendor.nmae}}\n');

      const result = runBundle(['run', '--as-of', TODAY], broken);

      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^vendor-review run: vendor\.hbs:\d+:\d+: "nmae" is not defined/);
      expect(readdirSync(broken).filter((entry) => entry.startsWith('reports'))).toEqual([]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('progress on a terminal', () => {
  const check = (isTTY: boolean) => runCliCaptured(['check'], project.root, TODAY, { isTTY });

  it('rewrites one line on stderr while a long run checks, then clears it', async () => {
    const { stderr, stdout } = await check(true);
    expect(stderr).toMatch(new RegExp(`^(\\rChecking \\d+/${COUNT} files…)+\\r\\u001b\\[K$`));
    expect(stderr).toContain(`\rChecking ${COUNT}/${COUNT} files…`);
    expect(stdout).not.toContain('\r');
  });

  it('shows nothing when the output is not a terminal', async () => {
    const { stderr } = await check(false);
    expect(stderr).toBe('');
  });
});
