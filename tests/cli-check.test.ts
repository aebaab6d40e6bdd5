import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINIMAL_VENDOR, vendorWithLine } from './fixtures/minimal-vendor.js';
import { createTempProject } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';
import { OWN_INPUTS, runCliCaptured } from './support/run-cli.js';

let project: TempProject;
beforeEach(() => {
  project = createTempProject({ vendors: false });
});
afterEach(() => project.remove());

describe('vendor-review check', () => {
  it('passes valid files with a summary line and exit code 0', async () => {
    project.write('vendors/sample.yaml', MINIMAL_VENDOR);
    const result = await runCliCaptured(['check'], project.root);
    expect(result).toEqual({ code: 0, stdout: `1 vendor file and the rubric checked: no problems found.\n${OWN_INPUTS}`, stderr: '' });
  });

  it('prints file:line:column, the message, the code and a hint; exit code 1', async () => {
    project.write('vendors/sample.yaml', vendorWithLine(18, '  suport_headcount: 40'));
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'vendors/sample.yaml:18:3 error `team_scale` has no property `suport_headcount`. (schema-unknown-key)\n' +
        '  hint: Did you mean `support_headcount`?\n' +
        '1 vendor file and the rubric checked: 1 error in 1 file.\n' +
        OWN_INPUTS,
    );
  });

  it('--format json gives the findings as data', async () => {
    project.write('vendors/sample.yaml', vendorWithLine(24, '      critical: always'));
    const result = await runCliCaptured(['check', '--format', 'json'], project.root);
    const output = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    expect(output.valid).toBe(false);
    expect(output.files).toBe(1);
    expect(output.findings).toEqual([expect.objectContaining({ code: 'schema-enum', severity: 'error', file: 'vendors/sample.yaml', line: 24, column: 17 })]);
    // The copy of this project has its own rubric and every template of its own.
    expect(output.rubric).toEqual({ file: 'rubric.yaml', version: '2026.12' });
    expect(output.templates.folder).toBe('templates');
    expect(output.templates.own).toContain('partials/ranking.hbs');
  });

  it('names the built-in rubric and the templates a repository overrides, one or several', async () => {
    project.write('vendors/sample.yaml', MINIMAL_VENDOR);
    rmSync(path.join(project.root, 'rubric.yaml'));
    rmSync(path.join(project.root, 'templates'), { recursive: true });
    // A path the configuration names must be there: no silent fallback.
    expect(await runCliCaptured(['check'], project.root)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'vendor-review check: rubric.yaml: there is no rubric here. Create it, correct `rubric:` in vendor-review.config.yaml, or remove that key to use the built-in rubric.\n',
    });
    // Without the keys, the defaults hold, and the built-in rubric and templates with them.
    project.write('vendor-review.config.yaml', 'language: en\n');
    const builtIn = 'Rubric: built in (vendor-review 0.1.0), version 2026.12.';
    expect((await runCliCaptured(['check'], project.root)).stdout.split('\n').at(-2)).toBe(`${builtIn} Templates: built in (vendor-review 0.1.0).`);

    project.write('templates/partials/summary.hbs', 'Our summary.\n');
    expect((await runCliCaptured(['check'], project.root)).stdout.split('\n').at(-2)).toBe(
      `${builtIn} Templates: built in (vendor-review 0.1.0), with templates/partials/summary.hbs of the repository.`,
    );
    project.write('templates/partials/ranking.hbs', 'Our ranking.\n');
    const json = JSON.parse((await runCliCaptured(['check', '--format', 'json'], project.root)).stdout);
    expect(json.rubric).toEqual({ file: 'vendor-review@0.1.0/rubric.yaml', version: '2026.12' });
    expect(json.templates).toEqual({ folder: 'templates', own: ['partials/ranking.hbs', 'partials/summary.hbs'] });
    expect((await runCliCaptured(['check'], project.root)).stdout.split('\n').at(-2)).toBe(
      `${builtIn} Templates: built in (vendor-review 0.1.0), with 2 of templates/ of the repository.`,
    );
  });

  it('checks only the named paths', async () => {
    project.write('vendors/sample.yaml', MINIMAL_VENDOR);
    project.write('vendors/broken.yaml', 'id: [\n');
    const result = await runCliCaptured(['check', 'vendors/sample.yaml'], project.root);
    expect(result.code).toBe(0);
  });

  it('refuses a symlink and a path outside the repository, reading neither', async () => {
    project.write('vendors/sample.yaml', MINIMAL_VENDOR);
    symlinkSync('/etc/passwd', path.join(project.root, 'vendors', 'passwd.yaml'));
    const result = await runCliCaptured(['check', 'vendors', '../outside.yaml'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('../outside.yaml:1:1 error This path is outside the repository. (file-outside-repo)');
    expect(result.stdout).toContain('vendors/passwd.yaml:1:1 error This is a symbolic link; only regular files are read. (file-not-regular)');
    expect(result.stdout).not.toContain('root:');
  });

  it('points at a comparison_limit that is not a positive whole number', async () => {
    project.write('vendors/sample.yaml', MINIMAL_VENDOR);
    project.write('vendor-review.config.yaml', 'language: en\ncomparison_limit: 0\n');
    const result = await runCliCaptured(['check'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('vendor-review.config.yaml:2:19 error `comparison_limit` is 0; it must be >= 1. (schema-range)\n');
  });

  it('refuses a symlinked project configuration instead of following it', async () => {
    project.write('vendors/sample.yaml', MINIMAL_VENDOR);
    const config = path.join(project.root, 'vendor-review.config.yaml');
    rmSync(config);
    symlinkSync('/etc/hostname', config);
    const result = await runCliCaptured(['check'], project.root);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'vendor-review check: vendor-review.config.yaml is a symbolic link; only regular files and folders are read.\n',
    });
  });

  it('reports two files with the same id', async () => {
    project.write('vendors/sample.yaml', MINIMAL_VENDOR);
    project.write('vendors/more/sample.yaml', MINIMAL_VENDOR);
    const result = await runCliCaptured(['check', '--format', 'json'], project.root);
    const { findings } = JSON.parse(result.stdout);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'id-duplicate',
        file: 'vendors/sample.yaml',
        line: 3,
        column: 5,
        message: 'The id `sample` is already used by vendors/more/sample.yaml.',
      }),
    ]);
  });

  it('reports a rating for a criterion the rubric does not have', async () => {
    project.write(
      'vendors/sample.yaml',
      `${MINIMAL_VENDOR}ratings:\n  - criterion: support-profesionalism\n    evaluator: 王芳\n    score: 4\n    justification: Clear answers.\n`,
    );
    const { stdout } = await runCliCaptured(['check'], project.root);
    expect(stdout).toContain('vendors/sample.yaml:27:16 error `support-profesionalism` is not a rating criterion of the rubric. (rating-unknown-criterion)');
    expect(stdout).toContain('hint: Did you mean `support-professionalism`?');
  });

  it('every sample vendor in the repository validates', async () => {
    const repo = createTempProject();
    try {
      const result = await runCliCaptured(['check'], repo.root);
      expect(result.stdout).toMatch(
        /^\d+ vendor files and the rubric checked: no problems found\.\nRubric: rubric\.yaml, version 2026\.12\. Templates: templates\/, the repository's own\.\n$/,
      );
      expect(result.code).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('wrong usage is a sentence and exit code 2, never a stack trace', async () => {
    const result = await runCliCaptured(['check', '--colour'], project.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vendor-review: check: Unknown option '--colour'\. See `vendor-review check --help`\.\n$/);
  });
});
