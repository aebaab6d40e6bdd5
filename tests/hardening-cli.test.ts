// Attacks on the CLI that a security review reproduced (issue 14), each performed as an attacker would: a committed
// symbolic link, a configuration that points the reports at other files, line breaks and escape sequences in
// names and paths, invisible and look-alike names, bytes that are not UTF-8, a reader that stops early.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINIMAL_VENDOR, vendorWithLine } from './fixtures/minimal-vendor.js';
import { OWN_INPUTS, runCliCaptured } from './support/run-cli.js';
import { REPO_ROOT, createTempProject } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';

const CLI_BUNDLE = path.join(REPO_ROOT, 'action/dist/cli.js');

let project: TempProject;
let outside: string;
beforeEach(() => {
  project = createTempProject({ vendors: false });
  project.write('vendors/sample.yaml', MINIMAL_VENDOR);
  outside = mkdtempSync(path.join(tmpdir(), 'vendor-review-outside-'));
});
afterEach(() => {
  project.remove();
  rmSync(outside, { recursive: true, force: true });
});

describe('a symbolic link to a folder outside the repository', () => {
  beforeEach(() => {
    mkdirSync(path.join(outside, 'victim'));
    writeFileSync(path.join(outside, 'victim/id_ed25519'), 'secret key\n');
    symlinkSync(outside, path.join(project.root, 'l'));
  });

  it('cannot make render replace a folder outside: the link is refused and the folder left alone', async () => {
    project.write('vendor-review.config.yaml', 'reports: l/victim\n');
    const result = await runCliCaptured(['render'], project.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'vendor-review render: `reports: l/victim` goes through the symbolic link l; vendor-review follows no links, so that no path leads outside the repository. Replace the link with the folder itself.\n',
    );
    expect(readFileSync(path.join(outside, 'victim/id_ed25519'), 'utf8')).toBe('secret key\n');
    expect(existsSync(path.join(outside, 'victim.staging-' + process.pid))).toBe(false);
  });

  it('cannot make check read vendor files outside, configured or named', async () => {
    writeFileSync(path.join(outside, 'victim/stolen.yaml'), MINIMAL_VENDOR);
    project.write('vendor-review.config.yaml', 'vendors: l/victim\n');
    expect((await runCliCaptured(['check'], project.root)).stderr).toMatch(/^vendor-review check: `vendors: l\/victim` goes through the symbolic link l;/);

    rmSync(path.join(project.root, 'vendor-review.config.yaml'));
    const named = await runCliCaptured(['check', 'l/victim/stolen.yaml'], project.root);
    expect(named.code).toBe(1);
    expect(named.stdout.split('\n')[0]).toBe(
      'l/victim/stolen.yaml:1:1 error This path goes through the symbolic link l; no link is followed. (file-not-regular)',
    );
  });
});

describe('a configuration that points the reports or the templates at other files', () => {
  it('cannot make the reports folder the vendors folder: a finding at `reports`, nothing written', async () => {
    project.write('vendor-review.config.yaml', 'language: en\nreports: vendors\n');
    const result = await runCliCaptured(['render'], project.root);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      'vendor-review.config.yaml:2:10 error `reports: vendors` overlaps `vendors: vendors`; the reports folder is replaced as a whole each time reports are written. (config-reports-overlap)',
    );
    expect(readFileSync(path.join(project.root, 'vendors/sample.yaml'), 'utf8')).toBe(MINIMAL_VENDOR);
  });

  it('refuses to replace a reports folder that holds anything but reports', async () => {
    project.write('vendor-review.config.yaml', 'reports: action\n');
    project.write('action/dist/index.js', 'the action\n');
    const result = await runCliCaptured(['render', '--as-of', '2026-11-25'], project.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'vendor-review render: action/dist/index.js is not a report, and action/ is replaced as a whole when reports are written: nothing was written. Point `reports` in vendor-review.config.yaml at a folder of its own.\n',
    );
    expect(readFileSync(path.join(project.root, 'action/dist/index.js'), 'utf8')).toBe('the action\n');
  });

  it('keeps the templates in templates/, which code owners review', async () => {
    project.write('vendor-review.config.yaml', 'templates: vendors/tpl\n');
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('vendor-review.config.yaml:1:12 error `templates` is "vendors/tpl", which is not in the required form. (schema-pattern)');
    expect(result.stdout).toContain('hint: Templates live in `templates` or a folder inside it');
  });

  it('refuses {{log}}, which would print data where the runner reads workflow commands', async () => {
    project.write('templates/vendor.hbs', `${readFileSync(path.join(REPO_ROOT, 'templates/vendor.hbs'), 'utf8')}{{log vendor.name}}\n`);
    const result = await runCliCaptured(['render', '--as-of', '2026-11-25'], project.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^vendor-review render: vendor\.hbs:\d+:1: \{\{log\}\} is not allowed: it prints data to the runner's log/);
    expect(existsSync(path.join(project.root, 'reports'))).toBe(false);
  });
});

describe('line breaks and escape sequences in values the terminal shows', () => {
  const FORGED = 'Sample Class\nRank 1. Total score 99.00 out of 100, band "excellent" (80 or more).';

  it('cannot forge lines in explain, score or check', async () => {
    project.write('vendors/sample.yaml', vendorWithLine(4, `name: ${JSON.stringify(FORGED)}`));
    const explained = await runCliCaptured(['explain', 'sample'], project.root);
    expect(explained.stdout.split('\n')[0]).toBe(
      'Sample Class⏎Rank 1. Total score 99.00 out of 100, band "excellent" (80 or more). (sample, vendors/sample.yaml)',
    );
    expect(explained.stdout.split('\n').filter((line) => line.startsWith('Rank 1. Total score 99.00'))).toEqual([]);

    project.write(
      'vendors/sample.yaml',
      `${MINIMAL_VENDOR}"x\\nvendors/sample.yaml:1:1 error none (ok)\\n0 vendor files and the rubric checked: no problems found.": 1\n`,
    );
    const checked = await runCliCaptured(['check'], project.root);
    expect(checked.code).toBe(1);
    expect(checked.stdout.split('\n')).toHaveLength(5);
    expect(checked.stdout).not.toMatch(/^0 vendor files and the rubric checked: no problems found\.$/m);
  });

  it('strips escape sequences from configured paths', async () => {
    project.write('vendor-review.config.yaml', 'reports: "out\\e]0;owned\\aput"\n');
    const result = await runCliCaptured(['render', '--as-of', '2026-11-25'], project.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 vendor files checked and scored; wrote 5 files to out]0;ownedput/ (en).\n');
  });
});

describe('invisible and look-alike names', () => {
  it('refuses a name that shows nothing', async () => {
    project.write('vendors/sample.yaml', vendorWithLine(4, 'name: "\\u200b\\u3164\\u2060"'));
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      'vendors/sample.yaml:4:7 error The name "\u200b\u3164\u2060" shows nothing: it holds only spaces and invisible characters. (name-invisible)'.replace(
        /[\u200b\u3164\u2060]/g,
        '',
      ),
    );
  });

  it('warns of a vendor whose name differs from another only in look-alike and invisible letters', async () => {
    // "Sample" with a Cyrillic а and a zero-width space: a second vendor that reads as the first.
    project.write('vendors/sampie.yaml', vendorWithLine(3, 'id: sampie').replace('name: 样例课堂 Sample Class', 'name: "样例课堂 S\\u0430mple\\u200b Class"'));
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(0);
    // Files are compared in path order: the later one, vendors/sample.yaml, is the one that looks like the other.
    expect(result.stdout).toBe(
      'vendors/sample.yaml:3:5 warning The id "sample" looks like "sampie", the id of vendors/sampie.yaml: they differ only in look-alike or invisible characters. (name-look-alike)\n' +
        '  hint: Readers would take the two for one vendor: write the name as the vendor does, with plain letters.\n' +
        'vendors/sample.yaml:4:7 warning The name "样例课堂 Sample Class" looks like "样例课堂 Sаmple Class", the name of vendors/sampie.yaml: they differ only in look-alike or invisible characters. (name-look-alike)\n' +
        '  hint: Readers would take the two for one vendor: write the name as the vendor does, with plain letters.\n' +
        '2 vendor files and the rubric checked: no errors, 2 warnings.\n' +
        OWN_INPUTS,
    );
  });
});

describe('bytes that are not UTF-8', () => {
  it('are an error at the first bad byte, not a silent replacement character', async () => {
    // "Société" saved in Latin-1: é is the single byte 0xE9.
    const latin1 = Buffer.from(vendorWithLine(4, 'name: Société Class'), 'latin1');
    writeFileSync(path.join(project.root, 'vendors/sample.yaml'), latin1);
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'vendors/sample.yaml:4:11 error Byte 0xE9 at line 4, column 11 is not UTF-8: the file is in another encoding, or damaged. (file-encoding)\n' +
        '  hint: Save the file as UTF-8 (in most editors: "Save with Encoding", then UTF-8).\n' +
        '1 vendor file and the rubric checked: 1 error in 1 file.\n' +
        OWN_INPUTS,
    );
  });
});

describe('a reader that stops early', () => {
  it('ends `score --format json | head` quietly, without a stack trace', async () => {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'score', '--format', 'json', '--as-of', '2026-11-25'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Like `head -c 100`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints the whole report when the reader stays', () => {
    const result = spawnSync(process.execPath, [CLI_BUNDLE, 'score', '--format', 'json', '--as-of', '2026-11-25'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { vendors: unknown[] }).vendors).toHaveLength(7);
  });
});

describe('a file of thousands of keys', () => {
  // 256 KB of keys: yaml's unique-key scan was quadratic in them, and each unknown key was a finding found by a search.
  const keys = Array.from({ length: 25_000 }, (_, i) => `k${String(i).padStart(5, '0')}: 1`);

  it('lists its first 50 problems and counts the rest', async () => {
    project.write('vendors/sample.yaml', `${MINIMAL_VENDOR}${keys.join('\n')}\n`);
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'vendors/sample.yaml:26:1 error There is no top-level property `k00000`. (schema-unknown-key)',
      '  hint: Allowed here: schema_version, id, name, website, category, evaluation, evidence, outsourcing, team_scale, support_plans, technical_depth, industry_experience, resource_investment, trial_probes, hidden_costs, ratings, notes.',
    ]);
    expect(lines.filter((line) => line.includes('(schema-unknown-key)'))).toHaveLength(50);
    expect(lines.slice(-5)).toEqual([
      'vendors/sample.yaml:76:1 error From here on, 24950 more problems are not listed; the first 50 in this file are. (file-too-many-problems)',
      '  hint: Fix the problems listed and check again, or start the file anew from `vendor-review new <id>`.',
      '1 vendor file and the rubric checked: 51 errors in 1 file.',
      OWN_INPUTS.trimEnd(),
      '',
    ]);
  });

  it('finds a key repeated at the end', async () => {
    project.write('vendors/sample.yaml', `${MINIMAL_VENDOR}${keys.join('\n')}\nk00000: 2\n`);
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'vendors/sample.yaml:25026:1 error The key `k00000` appears twice in the same mapping. (yaml-duplicate-key)\n' +
        '  hint: Keep one entry: merge the two, or rename one of them.\n' +
        '1 vendor file and the rubric checked: 1 error in 1 file.\n' +
        OWN_INPUTS,
    );
  });
});
