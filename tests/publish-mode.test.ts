// The publish mode end to end against the local fake GitHub: the real push webhook payload, this repository's
// project files as the branch, and the checkout on disk. No network.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPublishMode } from '../action/src/action/publish.js';
import type { PublishOptions, PublishOutcome } from '../action/src/action/publish.js';
import type { RunContext } from '../action/src/action/run-context.js';
import { STALE_ISSUE_LABEL } from '../action/src/core/publish/describe-stale-issue.js';
import { GITHUB_ACTIONS_BOT } from './support/fake-github.js';
import { RULESET_REQUIRES_PULL_REQUEST, createFakeClient, createPublishScenario } from './support/fake-github-git.js';
import type { FakeGitRepository, PushPayload } from './support/fake-github-git.js';
import { TOKEN } from './support/pull-request-scenario.js';
import type { PullRequestScenario } from './support/pull-request-scenario.js';

const TODAY = '2026-11-25';

let scenario: PullRequestScenario;
let git: FakeGitRepository;
let branch: string;
let payload: PushPayload;
beforeEach(async () => {
  ({ scenario, git, branch, payload } = await createPublishScenario());
});
afterEach(async () => {
  await scenario.close();
});

function publish(options: { today?: string; root?: string; payload?: unknown; eventName?: string } & PublishOptions = {}): Promise<PublishOutcome> {
  const run: RunContext = {
    inputs: { token: TOKEN, paths: {}, language: null, comment: true, failOn: 'errors', mode: 'publish', maxVendorFiles: 500 },
    octokit: createFakeClient(scenario.github, TOKEN),
    queries: createFakeClient(scenario.github, TOKEN),
    root: options.root ?? scenario.project.root,
    eventName: options.eventName ?? 'push',
    payload: (options.payload ?? payload) as Record<string, unknown>,
    ref: null,
    repo: { owner: 'Codertocat', repo: 'Hello-World' },
    runUrl: null,
    today: options.today ?? TODAY,
    redact: (text) => text,
  };
  return runPublishMode(run, { sleep: async () => undefined, random: () => 0.5, ...options });
}

const head = () => git.refs.get(branch)!;

describe('publishing the reports', () => {
  it('commits every report once, then nothing while nothing changes', async () => {
    const before = head();
    const first = await publish();
    expect(first).toMatchObject({ status: 'committed', failure: null, commitSha: head() });
    const commit = git.commits.get(head())!;
    expect(commit.parents).toEqual([before]);
    expect(commit.verified).toBe(true);
    expect(commit.message).toMatch(/^Update vendor reports\n/);
    expect(commit.message).not.toMatch(/skip ci/i);
    const committed = git.changedPaths(before, head());
    expect(committed).toEqual(first.changedFiles.slice().sort());
    expect(committed).toContain('reports/README.md');
    expect(committed).toContain('reports/scores.json');
    expect(committed).toContain('reports/vendors/starriver-rtc.md');
    expect(committed.every((file) => file.startsWith('reports/'))).toBe(true);

    const published = head();
    const requestsBefore = scenario.github.requests.length;
    const second = await publish();
    expect(second).toMatchObject({ status: 'unchanged', failure: null, commitSha: null, changedFiles: [] });
    expect(head()).toBe(published);
    // The ref and the tree; every file from the checkout; then the issue query (nothing stale to write about today
    // but farsail-av, whose issue the first run opened and this one leaves alone).
    const after = scenario.github.requests.slice(requestsBefore).map((request) => `${request.method} ${decodeURIComponent(request.path).replace(/\?.*/, '')}`);
    expect(after).toEqual([
      `GET /repos/Codertocat/Hello-World/git/ref/heads/${branch}`,
      `GET /repos/Codertocat/Hello-World/git/trees/${published}`,
      'POST /graphql',
    ]);
    // The next day's run (no review date passed in between) finds nothing to commit either: no daily commits.
    expect(await publish({ today: '2026-11-26' })).toMatchObject({ status: 'unchanged' });
  });

  it('commits exactly the report files a change touches', async () => {
    await publish();
    const published = head();
    const reports = Object.keys(git.filesAt(published)).filter((file) => file.startsWith('reports/'));
    const star = git.filesAt(published)['vendors/starriver-rtc.yaml']!;
    // The notes show on the vendor's page only: no score, rank or other page moves; scores.json records the
    // file's new blob SHA, which pull requests match to reuse its scores.
    const pushed = git.push(branch, { 'vendors/starriver-rtc.yaml': star.replace(/^notes: .*$/m, 'notes: "Ask for the exam-week monitoring in writing."') });

    const outcome = await publish();
    expect(outcome.status).toBe('committed');
    expect(git.commits.get(head())!.parents).toEqual([pushed]);
    const changed = git.changedPaths(pushed, head());
    // The English page, and the same page in the Chinese set the configuration also renders.
    expect(changed).toEqual(['reports/scores.json', 'reports/vendors/starriver-rtc.md', 'reports/zh-CN/vendors/starriver-rtc.md']);
    const scores = (commit: string) => (JSON.parse(git.filesAt(commit)['reports/scores.json']!) as { vendors: unknown[] }).vendors;
    expect(scores(head())).toEqual(scores(pushed));
    expect(outcome.changedFiles).toEqual(changed);
    expect(reports.length).toBeGreaterThan(1);
    const tree = JSON.parse(scenario.github.requestsTo('POST', /\/git\/trees$/).at(-1)!.body) as { tree: Array<{ path: string }> };
    expect(tree.tree.map((entry) => entry.path)).toEqual(changed);
  });

  it('removes the page of a removed vendor', async () => {
    await publish();
    const pushed = git.push(branch, { 'vendors/pennyclass.yaml': null });
    const outcome = await publish();
    expect(outcome.status).toBe('committed');
    expect(git.changedPaths(pushed, head())).toContain('reports/vendors/pennyclass.md');
    expect(git.filesAt(head())).not.toHaveProperty('reports/vendors/pennyclass.md');
    const tree = JSON.parse(scenario.github.requestsTo('POST', /\/git\/trees$/).at(-1)!.body) as { tree: Array<{ path: string; sha?: null }> };
    expect(tree.tree.find((entry) => entry.path === 'reports/vendors/pennyclass.md')).toEqual({
      path: 'reports/vendors/pennyclass.md',
      mode: '100644',
      type: 'blob',
      sha: null,
    });
  });

  it('renders again from the new head when the branch moves, keeping the other commit', async () => {
    const before = head();
    const star = git.filesAt(before)['vendors/starriver-rtc.yaml']!;
    let theirs = '';
    git.beforeNextRefUpdate = () => {
      theirs = git.push(branch, { 'vendors/starriver-rtc.yaml': star.replace('name: ', 'name: Renamed ') });
    };
    const waits: number[] = [];
    const outcome = await publish({ sleep: async (ms) => void waits.push(ms) });

    expect(outcome).toMatchObject({ status: 'committed', failure: null });
    expect(waits).toEqual([500]); // the first backoff (1 s ceiling) at the pinned draw of 0.5
    expect(git.commits.get(head())!.parents).toEqual([theirs]);
    expect(git.filesAt(head())['vendors/starriver-rtc.yaml']).toContain('name: Renamed ');
    expect(git.filesAt(head())['reports/scores.json']).toContain('Renamed');
    // Each attempt moves the branch only from the head it rendered: the first from the head before their push.
    const updates = scenario.github.requestsTo('POST', /^\/graphql$/).map((request) => JSON.parse(request.body) as { variables: { before?: string } });
    expect(updates.flatMap((update) => (update.variables.before ? [update.variables.before] : []))).toEqual([git.commits.get(theirs)!.parents[0], theirs]);
  });

  it('gives up after three moves without overwriting anything', async () => {
    let pushes = 0;
    const keepMoving = () => {
      git.push(branch, { [`notes/${++pushes}.md`]: 'x\n' });
      git.beforeNextRefUpdate = keepMoving;
    };
    git.beforeNextRefUpdate = keepMoving;
    const outcome = await publish();
    git.beforeNextRefUpdate = null;
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatch(/moved while the reports were being committed, 3 times in a row; nothing was committed/);
    expect(pushes).toBe(3);
    expect(git.commits.get(head())!.message).toBe('Someone else pushes');
  });
});

describe('publishing fails clearly, with nothing committed', () => {
  it('when the branch is protected against the bot', async () => {
    const before = head();
    git.protectedBranches.set(branch, RULESET_REQUIRES_PULL_REQUEST);
    const outcome = await publish();
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toContain(`GitHub refused to update branch \`${branch}\`: it is protected`);
    expect(outcome.failure).toMatch(/Changes must be made through a pull request/);
    expect(outcome.failure).toMatch(/bypass/);
    expect(head()).toBe(before);
    // The review reminders do not depend on the commit.
    expect(outcome.staleIssue).toEqual({ action: 'created', number: 1 });
  });

  it('when the token may not write, naming contents: write', async () => {
    scenario.github.readOnlyTokens.add(TOKEN);
    const outcome = await publish();
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatch(/Give the publishing job `permissions: contents: write` \(see \.github\/workflows\/publish\.yml\)\. Nothing was committed\.$/m);
    // Forks concern the review of pull requests, not publishing.
    expect(outcome.failure).not.toContain('pull_request_target');
    expect(outcome.failure).not.toContain(TOKEN);
  });

  it('when a template cannot render', async () => {
    const before = head();
    git.push(branch, { 'templates/report.hbs': '{{#each}}' });
    const outcome = await publish();
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatch(/Rendering the reports at [0-9a-f]{12} failed; nothing was committed\. report\.hbs:1/);
    expect(git.commits.get(head())!.parents).toEqual([before]);
  });

  it('when a vendor file on the branch is invalid', async () => {
    git.push(branch, { 'vendors/broken.yaml': 'id: [\n' });
    const outcome = await publish();
    expect(outcome).toMatchObject({ status: 'failed', valid: false });
    expect(outcome.failure).toMatch(/the vendor files or the rubric have 1 error\(s\) \(see the annotations\); nothing was committed/);
    expect(git.commits.get(head())!.message).toBe('Someone else pushes');
  });

  it('when the run is for a tag', async () => {
    await expect(publish({ payload: { ...payload, ref: 'refs/tags/v1' } })).rejects.toThrow(/commits to a branch/);
  });
});

describe('reading the head', () => {
  it('reads from the checkout what matches it, through the API only what differs', async () => {
    await publish();
    const requests = scenario.github.requests.length;
    const star = git.filesAt(head())['vendors/starriver-rtc.yaml']!;
    git.push(branch, { 'vendors/starriver-rtc.yaml': star.replace('support_headcount: 60', 'support_headcount: 200') });
    await publish();
    // The changed file alone, in one query: the others are the checkout's, byte for byte.
    const reads = scenario.github.requests.slice(requests).filter((request) => request.path.includes('/git/blobs/') || request.body.includes('object(oid:'));
    expect(reads).toHaveLength(1);
    expect(JSON.parse(reads[0]!.body).variables).toEqual({ owner: 'Codertocat', repo: 'Hello-World', o0: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });

  it('works without a checkout, through the API alone', async () => {
    const outcome = await publish({ root: '/nonexistent-checkout' });
    expect(outcome.status).toBe('committed');
  });
});

describe('the stale-evaluations issue', () => {
  it('is opened, updated and closed as review dates pass and move', async () => {
    const created = await publish({ today: '2029-06-01' });
    expect(created.stale.map((entry) => entry.id)).toEqual(['farsail-av', 'magpie-live', 'pennyclass']);
    expect(created.staleIssue).toEqual({ action: 'created', number: 1 });
    expect(git.issues[0]).toMatchObject({ state: 'open', labels: [STALE_ISSUE_LABEL], user: GITHUB_ACTIONS_BOT });
    expect(git.issues[0]!.body).toContain('vendors/pennyclass.yaml');

    const updated = await publish({ today: '2029-07-15' });
    expect(updated.staleIssue).toEqual({ action: 'updated', number: 1 });
    expect(git.issues[0]!.body).toContain('vendors/clearripple-rtc.yaml');

    const files = git.filesAt(head());
    const later = (file: string) => files[file]!.replace(/review_by: "\d{4}-\d\d-\d\d"/, 'review_by: "2031-01-31"');
    git.push(branch, Object.fromEntries(['farsail-av', 'magpie-live', 'pennyclass', 'clearripple-rtc'].map((id) => [`vendors/${id}.yaml`, later(`vendors/${id}.yaml`)])));
    const closed = await publish({ today: '2029-07-15' });
    expect(closed.stale).toEqual([]);
    expect(closed.staleIssue).toEqual({ action: 'closed', number: 1 });
    expect(git.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(git.issues).toHaveLength(1);
  });

  it('is left alone on a branch other than the default', async () => {
    git.refs.set('feature', head());
    const outcome = await publish({ today: '2029-06-01', payload: { ...payload, ref: 'refs/heads/feature' } });
    expect(outcome.staleIssue).toBeNull();
    expect(git.issues).toHaveLength(0);
  });

  it('names issues: write when the token may not write issues', async () => {
    scenario.github.failNext('POST', /\/issues$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '403' },
    });
    const outcome = await publish({ today: '2029-06-01' });
    expect(outcome.status).toBe('committed');
    expect(outcome.failure).toMatch(/permissions: issues: write/);
  });

  it('names issues: write when GraphQL may not list the issues', async () => {
    // Only the query that lists the issues is refused; the branch update goes through.
    scenario.github.route('POST', '/graphql', ({ json }) =>
      /issues\(/.test((json as { query: string }).query)
        ? { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', path: ['repository', 'issues'], message: 'Resource not accessible by integration' }] } }
        : undefined,
    );
    const outcome = await publish({ today: '2029-06-01' });
    expect(outcome.status).toBe('committed');
    expect(outcome.failure).toBe(
      'Could not update the stale-evaluations issue: the token may not do this. Give the publishing job `permissions: issues: write` (see .github/workflows/publish.yml).',
    );
  });
});
