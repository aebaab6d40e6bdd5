// Large runs: the bundled CLI spreads a run of a few hundred files over worker threads. What it reports and
// writes is checked against what is known of the generated files (which of them are broken, and how), and a
// terminal shows a progress line that pipes never see.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_FROM } from '../action/src/cli/show-progress.js';
import { PARALLEL_FROM } from '../action/src/shell/check-in-parallel.js';
import { generateVendorFiles, isBroken } from '../scripts/bench/generate-vendors.js';
import { OWN_INPUTS, TODAY, runCliCaptured } from './support/run-cli.js';
import { REPO_ROOT, createTempProject } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';

const CLI_BUNDLE = path.join(REPO_ROOT, 'action/dist/cli.js');
/** Enough files for the bundle to start workers; 1 in 100 broken, as in the benchmark's invalid variant. */
const COUNT = PARALLEL_FROM + 51;

let project: TempProject;
beforeAll(() => {
  project = createTempProject({ vendors: false });
  for (const [file, text] of Object.entries(generateVendorFiles({ count: COUNT, invalid: true }))) project.write(file, text);
});
afterAll(() => project.remove());

function runBundle(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the large project without its broken files: every vendor valid. */
function copyValidProject(): string {
  const valid = mkdtempSync(path.join(tmpdir(), 'vendor-review-large-'));
  cpSync(project.root, valid, { recursive: true });
  for (const file of readdirSync(path.join(valid, 'vendors'))) {
    if (isBroken(Number(/(\d+)\.yaml$/.exec(file)![1]) - 1)) rmSync(path.join(valid, 'vendors', file));
  }
  // One report language: the second set is the same pages in other words, which the sample tests read.
  const config = path.join(valid, 'vendor-review.config.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^languages: .*$/m, 'languages: [en]'));
  return valid;
}

describe('a large run of the bundled CLI (worker threads)', () => {
  it('finds exactly the broken files, each at its mistake, and shows no progress line on a pipe', () => {
    expect(COUNT, 'enough files that a terminal would see a progress line').toBeGreaterThanOrEqual(PROGRESS_FROM);
    const result = runBundle(['check', '--format', 'json'], project.root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as { valid: boolean; files: number; findings: Array<{ file: string; line: number; column: number; code: string }> };
    expect(output.valid).toBe(false);
    expect(output.files).toBe(COUNT);
    // The generator breaks files 51, 151 and 251 in turn: an enum value, the YAML itself, an evidence citation.
    expect(output.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.code}`)).toEqual([
      'vendors/vendor-00051.yaml:63:24 schema-enum',
      // The indentation the generator breaks confuses the YAML parser four ways, all on the broken line.
      'vendors/vendor-00151.yaml:62:3 yaml-syntax',
      'vendors/vendor-00151.yaml:62:3 yaml-syntax',
      'vendors/vendor-00151.yaml:62:22 yaml-syntax',
      'vendors/vendor-00151.yaml:62:22 yaml-syntax',
      'vendors/vendor-00251.yaml:57:14 evidence-unknown',
    ]);
  });

  describe('rendering the valid files', () => {
    let folder: string;
    let run: ReturnType<typeof runBundle>;
    beforeAll(() => {
      folder = copyValidProject();
      run = runBundle(['run', '--as-of', TODAY], folder);
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const read = (file: string) => readFileSync(path.join(folder, 'reports', file), 'utf8');

    it('checks and scores every file and writes a page and a score file for each vendor', () => {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n').at(-2)).toBe(`${COUNT - 3} vendor files checked and scored; wrote ${3 + 2 * (COUNT - 3)} files to reports/ (en).`);
      const index = JSON.parse(read('scores.json')) as { vendors: Array<{ id: string; rank: number | null; standing: string; file: string }> };
      // The ranked vendors are numbered 1, 2, … in order; the others follow without a number.
      const ranked = index.vendors.filter((vendor) => vendor.standing === 'ranked');
      expect(ranked.map((vendor) => vendor.rank)).toEqual(Array.from({ length: ranked.length }, (_, i) => i + 1));
      expect(index.vendors.slice(ranked.length).every((vendor) => vendor.rank === null && vendor.standing !== 'ranked')).toBe(true);
      expect(new Set(index.vendors.map((vendor) => vendor.file)).size).toBe(COUNT - 3);
      for (const { id } of index.vendors) {
        expect(existsSync(path.join(folder, 'reports/vendors', `${id}.md`)), id).toBe(true);
        expect((JSON.parse(read(`vendors/${id}.json`)) as { id: string }).id).toBe(id);
      }
    });

    it('ranks by the documented rule: the lower bound, then insufficient data, knocked out last', () => {
      type Entry = { id: string; verdict: string; total: { lower: number; score: number | null } };
      const { vendors } = JSON.parse(read('scores.json')) as { vendors: Entry[] };
      const tier = (vendor: Entry) => (vendor.verdict === 'knocked-out' ? 2 : vendor.verdict === 'insufficient-data' ? 1 : 0);
      for (let i = 1; i < vendors.length; i++) {
        const [a, b] = [vendors[i - 1]!, vendors[i]!];
        const inOrder = tier(a) < tier(b) || (tier(a) === tier(b) && (a.total.lower > b.total.lower || (a.total.lower === b.total.lower && (a.total.score ?? -1) >= (b.total.score ?? -1))));
        expect(inOrder, `${a.id} before ${b.id}`).toBe(true);
      }
    });

    it('lists the first 100 vendors in the comparison, and says so', () => {
      const readme = read('README.md');
      expect(readme).toContain(`list the first 100 of the ${COUNT - 3} vendors by rank`);
      expect(readme.match(/^\| \d+ \| \[/gm)).toHaveLength(100);
    });
  });
});

describe('progress on a terminal', () => {
  // The smallest sample, copied to as many files as make a run long: the line depends on the count, not the size.
  let small: TempProject;
  beforeAll(() => {
    small = createTempProject({ vendors: false });
    const text = readFileSync(path.join(REPO_ROOT, 'vendors/farsail-av.yaml'), 'utf8');
    for (let i = 1; i <= PROGRESS_FROM; i++) {
      const id = `farsail-av-${String(i).padStart(3, '0')}`;
      small.write(`vendors/${id}.yaml`, text.replace('id: farsail-av', `id: ${id}`).replace('name: "远帆音视频 FarSail AV"', `name: "FarSail ${i}"`));
    }
  });
  afterAll(() => small.remove());

  it('rewrites one line on stderr while a long run checks, then clears it; a pipe sees none (above)', async () => {
    const { stderr, stdout } = await runCliCaptured(['check'], small.root, { isTTY: true });
    expect(stderr).toMatch(new RegExp(`^(\\rChecking \\d+/${PROGRESS_FROM} files…)+\\r\\u001b\\[K$`));
    expect(stderr).toContain(`\rChecking ${PROGRESS_FROM}/${PROGRESS_FROM} files…`);
    expect(stdout).toBe(`${PROGRESS_FROM} vendor files and the rubric checked: no problems found.\n${OWN_INPUTS}`);
    expect(stdout).not.toContain('\r');
  });
});
