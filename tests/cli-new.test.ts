import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';
import { OWN_INPUTS, runCliCaptured } from './support/run-cli.js';

let project: TempProject;
beforeEach(() => {
  project = createTempProject({ vendors: false });
});
afterEach(() => project.remove());

describe('vendor-review new', () => {
  it('writes a skeleton that passes check once the required facts are filled in', async () => {
    const created = await runCliCaptured(['new', 'lumen-class', '--name', '流明课堂 Lumen Class'], project.root);
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(
      "Wrote vendors/lumen-class.yaml. Fill in `category`, an evaluator's `name` and the plan's `name`, then run `vendor-review check vendors/lumen-class.yaml`.\n",
    );
    const file = path.join(project.root, 'vendors/lumen-class.yaml');
    const skeleton = readFileSync(file, 'utf8');
    expect(skeleton.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/vendor.schema.json');
    expect(skeleton).toContain('name: "流明课堂 Lumen Class"');
    expect(skeleton).toContain('  evaluated_on: "2026-11-25"\n');
    expect(skeleton).toContain('  review_by: "2027-11-25"\n');
    // Every optional section is listed with its meaning, commented out.
    expect(skeleton).toContain('# Support headcount / 技术支持人数');
    expect(skeleton).toContain('    # commitment:');
    expect(skeleton).toContain('  plan: main\n');
    expect(skeleton).toContain('\n  - id: main\n');
    expect(skeleton).toContain('one of: in-house | partly-outsourced | fully-outsourced');

    const unfilled = await runCliCaptured(['check', 'vendors/lumen-class.yaml'], project.root);
    expect(unfilled.code).toBe(1);
    expect(unfilled.stdout).toContain('(schema-type)');

    project.write(
      'vendors/lumen-class.yaml',
      skeleton
        .replace('\ncategory: []\n', '\ncategory: [cloud-classroom-saas]\n')
        .replace('    - name:\n', '    - name: 王芳\n')
        .replace('  - id: main\n    # Plan name / 计划名称\n    name:\n', '  - id: main\n    # Plan name / 计划名称\n    name: Standard\n'),
    );
    const filled = await runCliCaptured(['check', 'vendors/lumen-class.yaml'], project.root);
    expect(filled).toMatchObject({ code: 0, stdout: `1 vendor file and the rubric checked: no problems found.\n${OWN_INPUTS}` });
  });

  it('uncommenting an optional section keeps the file valid YAML with the right nesting', async () => {
    await runCliCaptured(['new', 'lumen-class'], project.root);
    const file = path.join(project.root, 'vendors/lumen-class.yaml');
    const filled = readFileSync(file, 'utf8')
      .replace('\ncategory: []\n', '\ncategory: [rtc-paas]\n')
      .replace('    - name:\n', '    - name: 王芳\n')
      .replace('  - id: main\n    # Plan name / 计划名称\n    name:\n', '  - id: main\n    # Plan name / 计划名称\n    name: Standard\n')
      .replace('# team_scale:\n', 'team_scale:\n')
      .replace('  # support_headcount:\n', '  support_headcount: 12\n')
      // A mapping inside a mapping inside a plan: first_response.critical.
      .replace(
        '    # first_response:\n      # Critical / 紧急\n      # critical:\n        # Minutes / 分钟数\n        # minutes:\n        # Clock / 计时方式 — one of: calendar | business\n        # clock:\n',
        '    first_response:\n      critical:\n        minutes: 15\n        clock: calendar\n',
      );
    expect(filled).toContain('    first_response:\n      critical:\n        minutes: 15\n');
    project.write('vendors/lumen-class.yaml', filled);
    const result = await runCliCaptured(['check', '--format', 'json'], project.root);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
  });

  it('never overwrites an existing file', async () => {
    project.write('vendors/lumen-class.yaml', 'id: keep-me\n');
    const result = await runCliCaptured(['new', 'lumen-class'], project.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('vendor-review new: vendors/lumen-class.yaml already exists; it was left unchanged. Edit it, or choose another id.\n');
    expect(readFileSync(path.join(project.root, 'vendors/lumen-class.yaml'), 'utf8')).toBe('id: keep-me\n');
  });

  it('refuses an id that cannot be a file name stem', async () => {
    const result = await runCliCaptured(['new', '../Evil'], project.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid id');
  });
});
