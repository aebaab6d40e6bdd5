// action/dist is committed (GitHub runs the action without installing anything), so it must be exactly what the
// sources build to today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/temp-project.js';

const fresh = mkdtempSync(path.join(tmpdir(), 'vendor-review-dist-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('action/dist', () => {
  it('equals a fresh build of the sources, file for file and byte for byte', () => {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), '--outdir', fresh], { cwd: REPO_ROOT });
    const committedDir = path.join(REPO_ROOT, 'action/dist');
    const names = readdirSync(fresh).sort();
    expect(readdirSync(committedDir).sort()).toEqual(names);
    for (const name of names) {
      const same = readFileSync(path.join(committedDir, name)).equals(readFileSync(path.join(fresh, name)));
      expect(same, `action/dist/${name} differs from a fresh build: run \`npm run build\` and commit action/dist`).toBe(true);
    }
  });

  it('is built from validators compiled from the committed schemas', async () => {
    const { VALIDATORS_MODULE, compileSchemas } = (await import(path.join(REPO_ROOT, 'scripts/compile-schemas.mjs'))) as {
      VALIDATORS_MODULE: string;
      compileSchemas: () => string;
    };
    expect(readFileSync(VALIDATORS_MODULE, 'utf8') === compileSchemas(), 'the schemas changed: run `npm run build` and commit').toBe(true);
  });

  it('the CLI bundle runs as a plain Node script', () => {
    const output = execFileSync(process.execPath, [path.join(REPO_ROOT, 'action/dist/cli.js'), '--help'], { encoding: 'utf8' });
    expect(output).toMatch(/^Usage: vendor-review <command> \[options\]/);
  });
});
