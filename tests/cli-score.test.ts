import { lstatSync, readFileSync, readdirSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, readProjectFiles } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';
import { runCliCaptured } from './support/run-cli.js';

let project: TempProject;
beforeEach(() => {
  project = createTempProject({ reports: true });
});
afterEach(() => project.remove());

/** Every file under reports/ with its bytes, to prove a failed render wrote nothing. */
const snapshotReports = () => readProjectFiles(path.join(project.root, 'reports'));

describe('vendor-review score', () => {
  it('prints the ranking of the sample vendors, best first, then without a rank insufficient data and knocked out', async () => {
    const { code, stdout } = await runCliCaptured(['score'], project.root);
    expect(code).toBe(0);
    const ranks = stdout
      .split('\n')
      .filter((line) => /^(\d+|-) +[a-z]/.test(line))
      .map((line) => line.split(/\s+/).slice(0, 2).join(' '));
    expect(ranks[0]).toBe('1 cloudbridge-class');
    // The ranked ones, then farsail-av (too little known) and the knocked-out ones, without a rank.
    expect(ranks.slice(3)).toEqual(['4 clearripple-rtc', '- farsail-av', '- pennyclass', '- magpie-live']);
    expect(stdout).toContain('insufficient-data');
  });

  it("--format json is the score report that reports/ holds: scores.json's ranks with each vendor's entry from vendors/<id>.json", async () => {
    const { code, stdout } = await runCliCaptured(['score', '--format', 'json'], project.root);
    expect(code).toBe(0);
    const readReport = (file: string) => JSON.parse(readFileSync(path.join(project.root, 'reports', file), 'utf8')) as Record<string, unknown>;
    const index = readReport('scores.json') as { vendors: Array<{ id: string; rank: number }> };
    const printed = JSON.parse(stdout) as { vendors: Array<{ id: string; criteria: unknown[] }> };
    expect(printed.vendors.map((vendor) => vendor.id)).toEqual(index.vendors.map((vendor) => vendor.id));
    expect(printed).toEqual({ ...index, vendors: index.vendors.map((vendor) => ({ ...readReport(`vendors/${vendor.id}.json`), rank: vendor.rank })) });
    expect(printed.vendors[0]!.criteria.length).toBeGreaterThan(0);
  });

  it('strips terminal control sequences that a vendor name smuggles in', async () => {
    const file = path.join(project.root, 'vendors/pennyclass.yaml');
    const text = readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: "Penny\\e]0;pwned\\u0007\\u202eClass"');
    project.write('vendors/pennyclass.yaml', text);
    const explained = await runCliCaptured(['explain', 'pennyclass'], project.root);
    expect(explained.code).toBe(0);
    expect(explained.stdout.split('\n')[0]).toBe('Penny]0;pwnedClass (pennyclass, vendors/pennyclass.yaml)');
    expect(explained.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});

describe('vendor-review explain', () => {
  it('traces a criterion to its fact, rule and evidence', async () => {
    const { code, stdout } = await runCliCaptured(['explain', 'pennyclass'], project.root);
    expect(code).toBe(0);
    expect(stdout).toContain('Fact team_scale.support_headcount = 9.');
    expect(stdout).toContain('- urgent-escalation-channel ("An urgent escalation channel exists"): fail.');
  });

  it('suggests the closest id for a typo, or the one id a prefix starts', async () => {
    const result = await runCliCaptured(['explain', 'penyclass'], project.root);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'vendor-review explain: there is no vendor `penyclass`. Did you mean `pennyclass`?\n' });
    const prefix = await runCliCaptured(['explain', 'starriver'], project.root);
    expect(prefix.stderr).toBe('vendor-review explain: there is no vendor `starriver`. Did you mean `starriver-rtc`?\n');
  });
});

describe('vendor-review render and run', () => {
  it('run renders the reports in the language asked for', async () => {
    const { code, stdout } = await runCliCaptured(['run', '--lang', 'zh-CN'], project.root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/7 vendor files checked and scored; wrote 17 files to reports\/ \(zh-CN\)\.\n$/);
    expect(readFileSync(path.join(project.root, 'reports/README.md'), 'utf8')).toMatch(/^# .*[\u4e00-\u9fff]/);
  });

  it('keeps the files of reports that come out the same, and writes anew only the ones that change', async () => {
    const page = (id: string) => path.join(project.root, 'reports/vendors', `${id}.md`);
    expect((await runCliCaptured(['run'], project.root)).code).toBe(0);
    const unchanged = statSync(page('pennyclass')).ino;
    // Rewriting a file in place would keep its inode: a time set far back shows it was not written either.
    utimesSync(page('pennyclass'), 0, 0);
    const before = statSync(page('cloudbridge-class')).ino;
    const file = path.join(project.root, 'vendors/cloudbridge-class.yaml');
    project.write('vendors/cloudbridge-class.yaml', readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: CloudBridge Renamed'));

    expect((await runCliCaptured(['run'], project.root)).code).toBe(0);

    expect(statSync(page('pennyclass')).ino).toBe(unchanged);
    expect(statSync(page('pennyclass')).mtimeMs).toBe(0);
    expect(statSync(page('cloudbridge-class')).ino).not.toBe(before);
    expect(readFileSync(page('cloudbridge-class'), 'utf8')).toContain('CloudBridge Renamed');
    expect(readdirSync(project.root).filter((entry) => entry.startsWith('reports'))).toEqual(['reports']);
  });

  it('never follows a symbolic link it finds in reports/: the link is replaced, its target left alone', async () => {
    expect((await runCliCaptured(['run'], project.root)).code).toBe(0);
    const page = path.join(project.root, 'reports/vendors/pennyclass.md');
    const expected = readFileSync(page, 'utf8');
    const outside = path.join(project.root, 'outside.md');
    writeFileSync(outside, expected);
    unlinkSync(page);
    symlinkSync(outside, page);

    expect((await runCliCaptured(['run'], project.root)).code).toBe(0);

    expect(lstatSync(page).isFile()).toBe(true);
    expect(readFileSync(page, 'utf8')).toBe(expected);
    expect(statSync(outside).nlink).toBe(1);
  });

  it('writes nothing when a vendor file is invalid', async () => {
    const before = snapshotReports();
    project.write('vendors/pennyclass.yaml', readFileSync(path.join(project.root, 'vendors/pennyclass.yaml'), 'utf8').replace('support_headcount: ', 'support_headcont: '));
    const result = await runCliCaptured(['render'], project.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(schema-unknown-key)');
    expect(result.stderr).toContain('Fix these first: nothing was scored or written.');
    expect(snapshotReports()).toEqual(before);
  });

  it('writes nothing when a template fails, and names the template and line', async () => {
    const before = snapshotReports();
    const template = path.join(project.root, 'templates/report.hbs');
    project.write('templates/report.hbs', `${readFileSync(template, 'utf8')}\n{{reprot.title}}\n`);
    const lines = readFileSync(template, 'utf8').split('\n').length - 1;
    const result = await runCliCaptured(['render'], project.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^vendor-review render: report\\.hbs:${lines}:\\d+: `));
    expect(snapshotReports()).toEqual(before);
  });
});
