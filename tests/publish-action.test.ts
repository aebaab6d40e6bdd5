// The bundled action (action/dist/index.js) in the publish mode, as a subprocess the way GitHub's runner starts it:
// a real push webhook payload, the API at a local fake GitHub, the checkout on disk.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULESET_REQUIRES_PULL_REQUEST, createPublishScenario } from './support/fake-github-git.js';
import type { PublishScenario } from './support/fake-github-git.js';
import { TOKEN } from './support/pull-request-scenario.js';

let publishing: PublishScenario;
beforeEach(async () => {
  publishing = await createPublishScenario();
});
afterEach(async () => {
  await publishing.scenario.close();
});

const publish = () => publishing.scenario.run({ eventName: 'push', event: publishing.payload, inputs: { mode: 'publish' } });

describe('the bundled action in the publish mode', () => {
  it('commits the reports once, then leaves the branch alone, never printing the token', async () => {
    const { git, branch } = publishing;
    const before = git.refs.get(branch)!;
    const first = await publish();
    expect(first.code).toBe(0);
    const published = git.refs.get(branch)!;
    expect(git.commits.get(published)!.parents).toEqual([before]);
    expect(git.changedPaths(before, published).every((file) => file.startsWith('reports/'))).toBe(true);

    const second = await publish();
    expect(second.code).toBe(0);
    expect(git.refs.get(branch)).toBe(published);
    expect(second.stdout).toContain('up to date');
    for (const run of [first, second]) expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain(TOKEN);
  });

  it('fails the step with what to do when the branch refuses the bot', async () => {
    const { git, branch } = publishing;
    const before = git.refs.get(branch)!;
    git.protectedBranches.set(branch, RULESET_REQUIRES_PULL_REQUEST);
    const run = await publish();
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(`::error::GitHub refused to update branch \`${branch}\`: it is protected`);
    expect(git.refs.get(branch)).toBe(before);
  });
});
