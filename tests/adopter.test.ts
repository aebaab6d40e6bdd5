// The adopter's path, end to end, from the packed package: `npm pack`, the tarball installed in an empty folder,
// `vendor-review init` in a new git repository that then holds only evaluations, a first pull request reviewed by
// the packaged action against the GitHub-like server, the merge published by the packaged action in publish mode.
// Then the same with the school's own rubric and one template of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { createPublishScenario } from './support/fake-github-git.js';
import { createPullRequestScenario } from './support/pull-request-scenario.js';
import { REPO_ROOT } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';

/** What the package may hold: the CLI and the action, the schemas, the default rubric and templates, init's files. */
const SHIPPED =
  /^(package\.json|README\.md|README\.zh-CN\.md|LICENSE|CHANGELOG\.md|rubric\.yaml|action\/action\.yml|action\/dist\/|schemas\/|templates\/|scaffold\/)/;

let scratch: string;
let tarball: string;
let installed: string;
let packed: string[];
let install: SpawnSyncReturns<string>;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'vendor-review-adopter-'));
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: REPO_ROOT, encoding: 'utf8' })) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  tarball = path.join(scratch, pack!.filename);
  packed = pack!.files.map((file) => file.path).sort();
  // The tool is installed apart from the evaluation repository, as npx does: that repository gets no node_modules.
  installed = path.join(scratch, 'tool');
  mkdirSync(installed);
  writeFileSync(path.join(installed, 'package.json'), '{ "private": true }\n');
  // --offline: the package bundles what it runs, so installing it needs no registry at all.
  install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: installed, encoding: 'utf8' });
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const packageDir = () => path.join(installed, 'node_modules/vendor-review');
const bundle = () => path.join(packageDir(), 'action/dist/index.js');
const cli = (cwd: string, args: string[]) => spawnSync(process.execPath, [path.join(packageDir(), 'action/dist/cli.js'), ...args], { cwd, encoding: 'utf8' });

/** A new evaluation repository, `vendor-review init` run in it; `remove` is the scenario's to call. */
function initSchool(): TempProject {
  const root = mkdtempSync(path.join(scratch, 'school-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  const init = cli(root, ['init']);
  expect(init.status, init.stderr).toBe(0);
  return {
    root,
    write: (file, text) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

const sample = (id: string) => readFileSync(path.join(REPO_ROOT, `vendors/${id}.yaml`), 'utf8');

describe('the package', () => {
  it('holds the CLI, the action, the schemas, the default rubric and templates, and nothing else', () => {
    expect(packed.filter((file) => !SHIPPED.test(file))).toEqual([]);
    for (const file of [
      'action/action.yml',
      'action/dist/index.js',
      'action/dist/cli.js',
      'action/dist/check-worker.js',
      'schemas/vendor.schema.json',
      'rubric.yaml',
      'templates/report.hbs',
      'templates/pr-comment.hbs',
      'LICENSE',
      'README.md',
    ]) {
      expect(packed).toContain(file);
    }
    expect(packed.some((file) => /^(tests|scripts|vendors|reports|docs)\//.test(file))).toBe(false);
  });

  it('installs from its tarball with nothing to fetch and no warning', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/EBADENGINE|npm warn|npm error/i);
    expect(existsSync(bundle())).toBe(true);
    expect(readFileSync(path.join(installed, 'package-lock.json'), 'utf8')).not.toContain('"node_modules/@actions');
  });

  it('--version prints the version of package.json', () => {
    const version = cli(scratch, ['--version']);
    expect(version).toMatchObject({ status: 0, stdout: `vendor-review ${packageJson.version}\n` });
  });
});

describe('a repository that holds only evaluations', () => {
  it('is set up by init, reviewed on its first pull request and published after the merge, with the built-in rubric and templates', async () => {
    const school = initSchool();
    for (const own of ['rubric.yaml', 'templates', 'schemas', 'node_modules', 'package.json']) expect(existsSync(path.join(school.root, own)), own).toBe(false);
    expect(cli(school.root, ['check'])).toMatchObject({
      status: 0,
      stdout:
        '1 vendor file and the rubric checked: no problems found.\nRubric: built in (vendor-review 0.1.0), version 2026.12. Templates: built in (vendor-review 0.1.0).\n',
    });

    const pr = await createPullRequestScenario({ project: school, bundle: bundle() });
    try {
      // The first pull request adds a vendor, and a second file with a misspelt key.
      const broken = sample('glowpane-class').replace('id: glowpane-class', 'id: broken-vendor').replace('  support_headcount:', '  suport_headcount:');
      pr.pushHead({ 'vendors/glowpane-class.yaml': sample('glowpane-class'), 'vendors/broken-vendor.yaml': broken });
      const first = await pr.run();
      expect(first.code, first.stdout).toBe(1);
      expect(first.stdout).toContain(
        '::error title=vendor-review%3A schema-unknown-key,file=vendors/broken-vendor.yaml,line=50,endLine=50,col=3,endColumn=19::`team_scale` has no property `suport_headcount`.',
      );

      // Fixed on the next push: the same one comment, now valid, with the new vendor's scores.
      pr.pushHead({ 'vendors/glowpane-class.yaml': sample('glowpane-class') });
      const second = await pr.run();
      expect(second.code, second.stdout).toBe(0);
      expect(second.outputs.valid).toBe('true');
      const comments = pr.github.comments.get(pr.number) ?? [];
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toMatch(/^<!-- vendor-review:sticky -->\n### Vendor review ✅\n/);
      expect(comments[0]!.body).toContain('| 萤窗云课 Glowpane Class (new) | 67.0–73.0 |');
    } finally {
      // The server stops; the school's folder stays for the merge.
      await pr.github.stop();
    }

    // The merge: the branch now holds the new vendor; the packaged action publishes the reports.
    school.write('vendors/glowpane-class.yaml', sample('glowpane-class'));
    const { scenario, git, branch, payload } = await createPublishScenario({ project: school, bundle: bundle() });
    try {
      const before = git.refs.get(branch)!;
      const run = await scenario.run({ eventName: 'push', event: payload, inputs: { mode: 'publish' } });
      expect(run.code, run.stdout).toBe(0);
      const published = git.refs.get(branch)!;
      const changed = git.changedPaths(before, published).sort();
      expect(changed).toEqual(
        [
          'reports/README.md',
          'reports/chart.svg',
          'reports/scores.json',
          ...['example-vendor', 'glowpane-class'].flatMap((id) => [`reports/vendors/${id}.json`, `reports/vendors/${id}.md`]),
        ].sort(),
      );
      const scores = JSON.parse(git.filesAt(published)['reports/scores.json']!) as { rubric_version: string; vendors: Array<{ id: string }> };
      expect(scores.rubric_version).toBe('2026.12');
      expect(scores.vendors.map((vendor) => vendor.id).sort()).toEqual(['example-vendor', 'glowpane-class']);
    } finally {
      await scenario.close();
    }
  }, 120_000);

  it("uses the school's own rubric and its one template, and names them in check", async () => {
    const school = initSchool();
    const rubric = readFileSync(path.join(packageDir(), 'rubric.yaml'), 'utf8').replace('version: "2026.12"', 'version: "school-2027"');
    school.write('rubric.yaml', rubric);
    const summary = readFileSync(path.join(packageDir(), 'templates/partials/summary.hbs'), 'utf8');
    school.write('templates/partials/summary.hbs', `Reviewed by the school's procurement board.\n\n${summary}`);
    expect(cli(school.root, ['check']).stdout).toBe(
      '1 vendor file and the rubric checked: no problems found.\nRubric: rubric.yaml, version school-2027. Templates: built in (vendor-review 0.1.0), with templates/partials/summary.hbs of the repository.\n',
    );

    school.write('vendors/glowpane-class.yaml', sample('glowpane-class'));
    const { scenario, git, branch, payload } = await createPublishScenario({ project: school, bundle: bundle() });
    try {
      const run = await scenario.run({ eventName: 'push', event: payload, inputs: { mode: 'publish' } });
      expect(run.code, run.stdout).toBe(0);
      const published = git.refs.get(branch)!;
      expect((JSON.parse(git.filesAt(published)['reports/scores.json']!) as { rubric_version: string }).rubric_version).toBe('school-2027');
      expect(git.filesAt(published)['reports/README.md']).toContain("Reviewed by the school's procurement board.");
    } finally {
      await scenario.close();
    }
  }, 120_000);
});
