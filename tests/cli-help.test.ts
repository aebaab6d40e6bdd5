// Every command explains itself: `--help` and `-h` of each entry of the command list (so a new command cannot
// escape), the overview that lists them all, and the usage on a command that does not exist.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../action/src/cli/commands/index.js';
import { runCliCaptured } from './support/run-cli.js';
import { REPO_ROOT } from './support/temp-project.js';

// Help needs no project: run it in an empty folder, which must stay empty.
const empty = mkdtempSync(path.join(tmpdir(), 'vendor-review-help-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

const OVERVIEW = 'Usage: vendor-review <command> [options]';

function expectListsEveryCommand(text: string) {
  for (const command of commands) {
    expect(text, `the overview lists ${command.name}`).toMatch(new RegExp(`^  ${command.name} +${escapeRegExp(command.summary)}$`, 'm'));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The options each command's help documents, as a user reads them (and as the command accepts them). */
const OPTIONS: Record<string, string[]> = {
  run: ['--lang en|zh-CN', '--as-of DATE'],
  check: ['--format text|json'],
  score: ['--format text|json', '--as-of DATE'],
  explain: ['--as-of DATE'],
  questions: ['--lang en|zh-CN', '--format md|json', '--as-of DATE'],
  render: ['--lang en|zh-CN', '--as-of DATE'],
  init: ['--lang en|zh-CN', '--no-example', '--pin SHA'],
  new: ['--name TEXT'],
  migrate: [],
};

describe('vendor-review <command> --help', () => {
  it('covers every command', () => {
    expect(commands.map((c) => c.name).sort()).toEqual(Object.keys(OPTIONS).sort());
  });

  describe.each(commands.map((command) => command.name))('%s', (name) => {
    it.each(['--help', '-h'])(`%s exits 0 and prints its usage line first`, async (flag) => {
      const result = await runCliCaptured([name, flag], empty);

      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const [first] = result.stdout.split('\n');
      expect(first).toMatch(new RegExp(`^Usage: vendor-review ${name}( |$)`));
      for (const option of OPTIONS[name]!) expect(result.stdout).toMatch(new RegExp(`^ {2}${escapeRegExp(option)} +\\S`, 'm'));
      expect(result.stdout).toMatch(/^ {2}-h, --help +show this help$/m);
      expect(readdirSync(empty)).toEqual([]);
    });
  });
});

describe('vendor-review', () => {
  it.each(['--help', '-h', 'help'])('%s lists every command with its summary and exits 0', async (flag) => {
    const result = await runCliCaptured([flag], empty);

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(OVERVIEW);
    expectListsEveryCommand(result.stdout);
  });

  it('without a command prints the usage and exits 2', async () => {
    const result = await runCliCaptured([], empty);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(OVERVIEW);
  });

  it('on an unknown command names it, prints the usage and exits 2', async () => {
    const result = await runCliCaptured(['frobnicate'], empty);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('vendor-review: unknown command `frobnicate`.');
    expect(result.stderr).toContain(OVERVIEW);
    expectListsEveryCommand(result.stderr);
  });

  it('the committed bundle prints the same overview as a plain Node script', () => {
    const stdout = execFileSync(process.execPath, [path.join(REPO_ROOT, 'action/dist/cli.js'), '--help'], { cwd: empty, encoding: 'utf8' });

    expect(stdout.split('\n')[0]).toBe(OVERVIEW);
    expectListsEveryCommand(stdout);
  });
});
