// .github/workflows/publish.yml keeps the rules of publishing: least privilege, no loops, no cancelled publish, no
// credentials on disk. actionlint and SHA pinning are checked for every workflow in action-workflows.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './support/temp-project.js';

const workflow = parse(readFileSync(path.join(REPO_ROOT, '.github/workflows/publish.yml'), 'utf8')) as {
  on: { push: { branches: string[]; 'paths-ignore': string[] }; workflow_dispatch: unknown; schedule: Array<{ cron: string }> };
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
};
const jobs = Object.values(workflow.jobs);
const steps = jobs.flatMap((job) => job.steps);

describe('the publish workflow', () => {
  it('runs on pushes to the default branch that do not only touch reports, on demand and daily', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.push['paths-ignore']).toEqual(['reports/**']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule).toHaveLength(1);
  });

  it('grants nothing by default, contents and issues write only to the one job, which skips the bot', () => {
    expect(workflow.permissions).toEqual({});
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(jobs[0]!.if).toBe("github.actor != 'github-actions[bot]'");
  });

  it('never cancels a running publish', () => {
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    expect(workflow.concurrency.group).toContain('${{ github.ref }}');
  });

  it('keeps no credentials on disk and runs the action in the publish mode', () => {
    const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(1);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
    expect(steps.find((step) => step.uses === './action')?.with?.mode).toBe('publish');
  });
});
