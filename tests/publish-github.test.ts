// The GitHub half of publishing against the local fake GitHub: one commit of exactly the planned files, a moved
// head detected (not overwritten), a protected branch named, and the one tracking issue opened, updated, left
// alone, closed and reopened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STALE_ISSUE_LABEL, STALE_ISSUE_MARKER } from '../action/src/core/publish/describe-stale-issue.js';
import type { StaleEvaluation } from '../action/src/core/publish/describe-stale-issue.js';
import { planReportChanges } from '../action/src/core/publish/plan-report-changes.js';
import { batchTreeWrites } from '../action/src/core/publish/plan-report-commit.js';
import { BranchRefusedError, commitReports, readBranchHead } from '../action/src/github/commit-reports.js';
import type { GitHubClient } from '../action/src/github/create-octokit.js';
import { syncStaleIssue } from '../action/src/github/stale-issue.js';
import { FakeGitHub, GITHUB_ACTIONS_BOT } from './support/fake-github.js';
import { FAKE_REPOSITORY_ID, FakeGitRepository, PROTECTED_BRANCH_UPDATE_FAILED, RULESET_REQUIRES_PULL_REQUEST, createFakeClient } from './support/fake-github-git.js';

const TOKEN = 'ghs_PublishTestToken0001';
const OWNER = { owner: 'Codertocat', repo: 'Hello-World' };
const TARGET = { ...OWNER, branch: 'main' };
const REPOSITORY_ID = FAKE_REPOSITORY_ID;

let github: FakeGitHub;
let git: FakeGitRepository;
let octokit: GitHubClient;
beforeEach(async () => {
  github = await new FakeGitHub().start();
  git = new FakeGitRepository(github);
  octokit = createFakeClient(github, TOKEN);
});
afterEach(async () => {
  await github.stop();
});

describe('commitReports', () => {
  const start = () => {
    const sha = git.commit({ 'vendors/a.yaml': 'id: a\n', 'reports/README.md': 'old\n', 'reports/vendors/a.md': 'A\n', 'reports/vendors/gone.md': 'gone\n' }, 'Start');
    git.refs.set('main', sha);
    return sha;
  };
  const rendered = [
    { path: 'README.md', content: 'new\n' },
    { path: 'vendors/a.md', content: 'A\n' },
  ];

  it('reads the head in two requests and commits only the changed and removed files, on top of it, signed', async () => {
    const before = start();
    const head = await readBranchHead(octokit, TARGET);
    expect(head.commitSha).toBe(before);
    expect(github.requests).toHaveLength(2);
    const plan = planReportChanges({ rendered, committed: head.entries, reportsPath: 'reports' });
    const outcome = await commitReports({ octokit, target: TARGET, repositoryId: REPOSITORY_ID, head, change: { batches: batchTreeWrites(plan), message: 'Update vendor reports\n' } });

    expect(outcome).toEqual({ status: 'committed', commitSha: git.refs.get('main'), verified: true });
    const after = git.refs.get('main')!;
    expect(git.commits.get(after)!.parents).toEqual([before]);
    expect(git.changedPaths(before, after)).toEqual(['reports/README.md', 'reports/vendors/gone.md']);
    expect(git.filesAt(after)['reports/README.md']).toBe('new\n');
    // No blob requests: contents go inline in one tree; then the commit, and the branch moved only from `before`.
    expect(github.requests.slice(2).map((request) => `${request.method} ${decodeURIComponent(request.path)}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/git/trees',
      'POST /repos/Codertocat/Hello-World/git/commits',
      'POST /graphql',
    ]);
    const update = JSON.parse(github.requests.at(-1)!.body) as { query: string; variables: unknown };
    expect(update.query).toMatch(/updateRefs\(input: \{ repositoryId: \$repositoryId, refUpdates: \[\{ name: \$name, beforeOid: \$before, afterOid: \$after \}\] \}\)/);
    expect(update.variables).toEqual({ repositoryId: FAKE_REPOSITORY_ID, name: 'refs/heads/main', before, after });
  });

  it('chains trees when the content is too large for one request', async () => {
    const before = start();
    const head = await readBranchHead(octokit, TARGET);
    const plan = planReportChanges({ rendered, committed: head.entries, reportsPath: 'reports' });
    await commitReports({ octokit, target: TARGET, repositoryId: REPOSITORY_ID, head, change: { batches: batchTreeWrites(plan, 1), message: 'm' } });
    expect(github.requestsTo('POST', /\/git\/trees$/)).toHaveLength(2);
    expect(git.changedPaths(before, git.refs.get('main')!)).toEqual(['reports/README.md', 'reports/vendors/gone.md']);
  });

  it('reports a head that moved instead of overwriting it', async () => {
    start();
    const head = await readBranchHead(octokit, TARGET);
    let theirs = '';
    git.beforeNextRefUpdate = () => (theirs = git.push('main', { 'vendors/b.yaml': 'id: b\n' }));
    const plan = planReportChanges({ rendered, committed: head.entries, reportsPath: 'reports' });
    const outcome = await commitReports({ octokit, target: TARGET, repositoryId: REPOSITORY_ID, head, change: { batches: batchTreeWrites(plan), message: 'm' } });
    expect(outcome).toEqual({ status: 'head-moved' });
    expect(git.refs.get('main')).toBe(theirs);
  });

  it.each([
    ['a ruleset', RULESET_REQUIRES_PULL_REQUEST],
    ['classic branch protection', PROTECTED_BRANCH_UPDATE_FAILED('main')],
  ])('names the branch and the way out when %s refuses the bot', async (_name, answer) => {
    const before = start();
    git.protectedBranches.set('main', answer);
    const head = await readBranchHead(octokit, TARGET);
    const plan = planReportChanges({ rendered, committed: head.entries, reportsPath: 'reports' });
    const attempt = commitReports({ octokit, target: TARGET, repositoryId: REPOSITORY_ID, head, change: { batches: batchTreeWrites(plan), message: 'm' } });
    await expect(attempt).rejects.toThrow(BranchRefusedError);
    await expect(attempt).rejects.toThrow(/refused to update branch `main`: it is protected .*bypass.*token/s);
    expect(git.refs.get('main')).toBe(before);
  });
});

describe('syncStaleIssue', () => {
  const stale = (...ids: string[]): StaleEvaluation[] => ids.map((id) => ({ id, name: id.toUpperCase(), file: `vendors/${id}.yaml`, reviewBy: '2026-01-01' }));
  const writes = () => github.requests.filter((request) => request.method !== 'GET' && request.path !== '/graphql');

  it('creates the issue with its label, updates it, leaves it alone, closes it and reopens it', async () => {
    expect(await syncStaleIssue({ octokit, repository: OWNER, stale: [], language: 'en' })).toEqual({ action: 'none' });
    expect(await syncStaleIssue({ octokit, repository: OWNER, stale: stale('a'), language: 'en' })).toEqual({ action: 'created', number: 1 });
    expect(git.issues[0]).toMatchObject({ state: 'open', labels: [STALE_ISSUE_LABEL], user: GITHUB_ACTIONS_BOT });
    expect(git.issues[0]!.body).toContain('| A (a) |');

    expect(await syncStaleIssue({ octokit, repository: OWNER, stale: stale('a', 'b'), language: 'en' })).toEqual({ action: 'updated', number: 1 });
    expect(git.issues[0]!.body).toContain('| B (b) |');
    const writesBefore = writes().length;
    expect(await syncStaleIssue({ octokit, repository: OWNER, stale: stale('a', 'b'), language: 'en' })).toEqual({ action: 'unchanged', number: 1 });
    expect(writes()).toHaveLength(writesBefore);

    expect(await syncStaleIssue({ octokit, repository: OWNER, stale: [], language: 'en' })).toEqual({ action: 'closed', number: 1 });
    expect(git.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(await syncStaleIssue({ octokit, repository: OWNER, stale: stale('c'), language: 'en' })).toEqual({ action: 'reopened', number: 1 });
    expect(git.issues).toHaveLength(1);
    expect(git.issues[0]).toMatchObject({ state: 'open' });
  });

  it('never touches an issue with the marker and label that a person wrote, and folds duplicates into the oldest', async () => {
    const person = { login: 'octocat', type: 'User' as const };
    const theirs = git.addIssue({ title: 'Quoting the bot', body: `${STALE_ISSUE_MARKER} hi`, state: 'open', stateReason: null, labels: [STALE_ISSUE_LABEL], user: person });
    const first = git.addIssue({ title: 't', body: STALE_ISSUE_MARKER, state: 'open', stateReason: null, labels: [STALE_ISSUE_LABEL], user: GITHUB_ACTIONS_BOT });
    const second = git.addIssue({ title: 't', body: STALE_ISSUE_MARKER, state: 'open', stateReason: null, labels: [STALE_ISSUE_LABEL], user: GITHUB_ACTIONS_BOT });

    expect(await syncStaleIssue({ octokit, repository: OWNER, stale: stale('a'), language: 'en' })).toEqual({ action: 'updated', number: first.number });
    expect(second).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    expect(theirs).toMatchObject({ state: 'open', body: `${STALE_ISSUE_MARKER} hi` });
    await syncStaleIssue({ octokit, repository: OWNER, stale: [], language: 'en' });
    expect(theirs.state).toBe('open');
  });
});
