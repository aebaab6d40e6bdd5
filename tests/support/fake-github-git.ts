// Git Data API and issues for the fake GitHub, added through its route table: a branch ref over commits, trees and
// blobs that can be written (trees with base_tree, inline content and `sha: null` deletions; commits; non-forced
// ref updates that must fast-forward), labelled issues listed through GraphQL and written through REST. Tests can
// move the branch between the publisher's read and its update, or make the branch refuse the bot, with the
// status codes and messages GitHub answers with. `createPublishScenario` sets up a branch holding this project.
import { createHash } from 'node:crypto';
import { getOctokit } from '@actions/github';
import webhooks from '@octokit/webhooks-examples';
import type { GitHubClient } from '../../action/src/github/create-octokit.js';
import { GITHUB_ACTIONS_BOT, gitBlobSha, notFound } from './fake-github.js';
import type { Account, FakeGitHub, FakeResponse } from './fake-github.js';
import { createPullRequestScenario } from './pull-request-scenario.js';
import type { PullRequestScenario, ScenarioOptions } from './pull-request-scenario.js';

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  /** True when the commit was made without an author or committer: GitHub then signs it. */
  verified: boolean;
}

interface FileEntry {
  mode: string;
  type: 'blob' | 'commit';
  sha: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  user: Account;
}

/** What GitHub answers a ref update that does not descend from the current head, without force. */
export const NOT_A_FAST_FORWARD: FakeResponse = {
  status: 422,
  body: { message: 'Update is not a fast forward', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference', status: '422' },
};

/** A repository ruleset that requires pull requests. */
export const RULESET_REQUIRES_PULL_REQUEST: FakeResponse = {
  status: 422,
  body: {
    message: 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
    documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
    status: '422',
  },
};

/** Classic branch protection. */
export const PROTECTED_BRANCH_UPDATE_FAILED = (branch: string): FakeResponse => ({
  status: 422,
  body: {
    message: `Protected branch update failed for refs/heads/${branch}.`,
    documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
    status: '422',
  },
});

/** The repository's GraphQL node id: Codertocat/Hello-World's, as the webhook examples give it. */
export const FAKE_REPOSITORY_ID = 'MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=';

export class FakeGitRepository {
  readonly refs = new Map<string, string>();
  readonly commits = new Map<string, GitCommit>();
  readonly issues: FakeIssue[] = [];
  /** Runs once, just before the next ref update is applied: a push by someone else lands here. */
  beforeNextRefUpdate: (() => void) | null = null;
  /** Branches whose updates are refused, with GitHub's answer. */
  readonly protectedBranches = new Map<string, FakeResponse>();
  private readonly trees = new Map<string, Map<string, FileEntry>>();
  private readonly blobs = new Map<string, Buffer>();

  constructor(private readonly github: FakeGitHub) {
    github.blobStores.push((sha) => this.blobs.get(sha));
    this.addRoutes();
  }

  /** Makes a root commit of these files (path → text), without moving any ref. */
  commit(files: Record<string, string>, message: string): string {
    const entries = new Map<string, FileEntry>();
    for (const [path, text] of Object.entries(files)) entries.set(path, { mode: '100644', type: 'blob', sha: this.storeBlob(text) });
    return this.storeCommit({ tree: this.storeTree(entries), parents: [], message, verified: false });
  }

  /** A new commit on the branch: its head's files with these changes (null removes), and the ref moved to it. */
  push(branch: string, changes: Record<string, string | null>, message = 'Someone else pushes'): string {
    const head = this.refs.get(branch)!;
    const entries = new Map(this.trees.get(this.commits.get(head)!.tree)!);
    for (const [path, text] of Object.entries(changes)) {
      if (text === null) entries.delete(path);
      else entries.set(path, { mode: '100644', type: 'blob', sha: this.storeBlob(text) });
    }
    const sha = this.storeCommit({ tree: this.storeTree(entries), parents: [head], message, verified: false });
    this.refs.set(branch, sha);
    return sha;
  }

  /** The files of a commit, path → text. */
  filesAt(commitSha: string): Record<string, string> {
    const entries = this.trees.get(this.commits.get(commitSha)!.tree)!;
    return Object.fromEntries(
      [...entries].filter(([, entry]) => entry.type === 'blob').map(([path, entry]) => [path, this.blobs.get(entry.sha)!.toString('utf8')]),
    );
  }

  /** Paths whose content differs between two commits (added, changed or removed). */
  changedPaths(fromSha: string, toSha: string): string[] {
    const from = this.trees.get(this.commits.get(fromSha)!.tree)!;
    const to = this.trees.get(this.commits.get(toSha)!.tree)!;
    const paths = new Set([...from.keys(), ...to.keys()]);
    return [...paths].filter((path) => from.get(path)?.sha !== to.get(path)?.sha).sort();
  }

  addIssue(issue: Omit<FakeIssue, 'number'>): FakeIssue {
    const stored = { number: this.issues.length + 1, ...issue };
    this.issues.push(stored);
    return stored;
  }

  private storeBlob(text: string): string {
    const content = Buffer.from(text, 'utf8');
    const sha = gitBlobSha(content);
    this.blobs.set(sha, content);
    return sha;
  }

  /** Trees are kept flat (path → entry); their SHA is a digest of that list, stable like git's. */
  private storeTree(entries: Map<string, FileEntry>): string {
    const sorted = new Map([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
    const sha = createHash('sha1')
      .update(`tree ${JSON.stringify([...sorted])}`)
      .digest('hex');
    this.trees.set(sha, sorted);
    return sha;
  }

  private storeCommit(commit: Omit<GitCommit, 'sha'>): string {
    const { tree, parents, message } = commit;
    const sha = createHash('sha1')
      .update(`commit ${tree} ${parents.join(' ')} ${message} ${this.commits.size}`)
      .digest('hex');
    this.commits.set(sha, { sha, ...commit });
    return sha;
  }

  private isAncestor(ancestor: string, of: string): boolean {
    const queue = [of];
    const seen = new Set<string>();
    while (queue.length) {
      const sha = queue.shift()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  /** The listing GitHub gives for a tree: files, plus an entry for every folder. */
  private listTree(treeSha: string, recursive: boolean) {
    const entries = this.trees.get(treeSha)!;
    const folders = new Set<string>();
    for (const path of entries.keys()) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    }
    const listed = [
      ...[...entries].map(([path, entry]) => ({ path, ...entry, ...(entry.type === 'blob' ? { size: this.blobs.get(entry.sha)!.length } : {}) })),
      ...[...folders].map((path) => ({ path, mode: '040000', type: 'tree', sha: createHash('sha1').update(`folder ${treeSha} ${path}`).digest('hex') })),
    ].sort((a, b) => (a.path < b.path ? -1 : 1));
    return recursive ? listed : listed.filter((entry) => !entry.path.includes('/'));
  }

  private addRoutes(): void {
    const { github } = this;
    github.route('GET', '/repos/{owner}/{repo}/git/ref/{path}', ({ params }) => {
      const branch = params.path!.replace(/^heads\//, '');
      const sha = this.refs.get(branch);
      if (!sha) return notFound();
      return { status: 200, body: { ref: `refs/heads/${branch}`, node_id: 'REF', url: '', object: { sha, type: 'commit', url: '' } } };
    });

    // updateRefs: the compare-and-swap of a branch, moved only if it still points at `beforeOid`.
    github.route('POST', '/graphql', ({ json }) => {
      const { query, variables } = json as { query: string; variables: Record<string, string> };
      if (/repository\(owner: \$owner, name: \$repo\) \{ id \}/.test(query)) return { status: 200, body: { data: { repository: { id: FAKE_REPOSITORY_ID } } } };
      if (!/updateRefs\(/.test(query)) return undefined;
      const { repositoryId, name, before, after } = variables as { repositoryId: string; name: string; before: string; after: string };
      const fail = (message: string) => ({
        status: 200,
        body: { data: { updateRefs: null }, errors: [{ type: 'UNPROCESSABLE', path: ['updateRefs'], message }] },
      });
      if (repositoryId !== FAKE_REPOSITORY_ID) return fail(`Could not resolve to a node with the global id of '${repositoryId}'`);
      const branch = name.replace(/^refs\/heads\//, '');
      const hook = this.beforeNextRefUpdate;
      this.beforeNextRefUpdate = null;
      hook?.();
      const refused = this.protectedBranches.get(branch);
      if (refused) return fail(String((refused.body as { message: string }).message));
      const current = this.refs.get(branch);
      if (!current || !this.commits.has(after)) return fail('Reference does not exist');
      if (current !== before) return fail(`A ref update failed: ${name} is at ${current}, not at ${before}.`);
      if (!this.isAncestor(current, after)) return fail('Update is not a fast forward');
      this.refs.set(branch, after);
      return { status: 200, body: { data: { updateRefs: { clientMutationId: null } } } };
    });

    // A commit SHA names its root tree here, as on GitHub. Trees this repository does not hold go on to the
    // built-in routes, which hold those of the pull-request scenario; the built-in blob routes ask this one too.
    github.route('GET', '/repos/{owner}/{repo}/git/trees/{sha}', ({ params, url }) => {
      const treeSha = this.commits.get(params.sha!)?.tree ?? params.sha!;
      if (!this.trees.has(treeSha)) return undefined;
      return { status: 200, body: { sha: treeSha, url: '', tree: this.listTree(treeSha, url.searchParams.has('recursive')), truncated: false } };
    });

    github.route('POST', '/repos/{owner}/{repo}/git/trees', ({ json }) => {
      const request = json as { base_tree?: string; tree: Array<{ path: string; mode: string; type: string; sha?: string | null; content?: string }> };
      const base = request.base_tree ? this.trees.get(request.base_tree) : new Map<string, FileEntry>();
      if (!base) return unprocessable('base_tree is not a valid tree');
      const entries = new Map(base);
      for (const entry of request.tree) {
        if ('content' in entry && 'sha' in entry)
          return unprocessable('Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
        if (entry.content !== undefined) entries.set(entry.path, { mode: entry.mode, type: 'blob', sha: this.storeBlob(entry.content) });
        else if (entry.sha === null) {
          if (!entries.delete(entry.path)) return unprocessable(`GitRPC::BadObjectState: ${entry.path} does not exist`);
        } else if (entry.sha && this.blobs.has(entry.sha)) entries.set(entry.path, { mode: entry.mode, type: 'blob', sha: entry.sha });
        else return unprocessable(`tree.sha ${entry.sha} is not a valid blob`);
      }
      const sha = this.storeTree(entries);
      return { status: 201, body: { sha, url: '', tree: this.listTree(sha, false), truncated: false } };
    });

    github.route('POST', '/repos/{owner}/{repo}/git/commits', ({ json }) => {
      const request = json as { message: string; tree: string; parents: string[]; author?: unknown; committer?: unknown; signature?: string };
      if (!this.trees.has(request.tree)) return unprocessable('Tree SHA does not exist');
      if (request.parents.some((parent) => !this.commits.has(parent))) return unprocessable('Parent SHA does not exist or is not a commit object');
      const verified = request.author === undefined && request.committer === undefined && request.signature === undefined;
      const sha = this.storeCommit({ tree: request.tree, parents: request.parents, message: request.message, verified });
      return {
        status: 201,
        body: {
          sha,
          node_id: 'C',
          url: '',
          html_url: '',
          message: request.message,
          tree: { sha: request.tree, url: '' },
          parents: request.parents.map((parent) => ({ sha: parent, url: '', html_url: '' })),
          author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: '2026-11-25T00:00:00Z' },
          committer: { name: 'GitHub', email: 'noreply@github.com', date: '2026-11-25T00:00:00Z' },
          verification: verified
            ? { verified: true, reason: 'valid', signature: '-----BEGIN PGP SIGNATURE-----', payload: '', verified_at: '2026-11-25T00:00:00Z' }
            : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
        },
      };
    });

    github.route('POST', '/repos/{owner}/{repo}/issues', ({ json, token }) => {
      const request = json as { title: string; body?: string; labels?: string[] };
      const issue = this.addIssue({
        title: request.title,
        body: request.body ?? '',
        state: 'open',
        stateReason: null,
        labels: request.labels ?? [],
        user: this.accountOf(token),
      });
      return { status: 201, body: toRestIssue(issue) };
    });

    github.route('PATCH', '/repos/{owner}/{repo}/issues/{number}', ({ params, json }) => {
      const issue = this.issues.find((candidate) => candidate.number === Number(params.number));
      if (!issue) return notFound();
      const request = json as { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: string };
      if (request.title !== undefined) issue.title = request.title;
      if (request.body !== undefined) issue.body = request.body;
      if (request.state !== undefined) {
        issue.state = request.state;
        issue.stateReason = request.state === 'closed' ? (request.state_reason ?? 'completed') : 'reopened';
      }
      return { status: 200, body: toRestIssue(issue) };
    });

    // The publish mode's GraphQL query: who the token is, and a page of the issues with one label. Other queries
    // go on to the built-in GraphQL route.
    github.route('POST', '/graphql', ({ json, token }) => {
      const { query, variables } = json as { query: string; variables: { label: string; after: string | null } };
      if (!/viewer\s*\{\s*login\s*\}/.test(query) || !/issues\(/.test(query)) return undefined;
      const labelled = this.issues.filter((issue) => issue.labels.includes(variables.label));
      const start = variables.after ? Number(variables.after) : 0;
      const page = labelled.slice(start, start + 100);
      return {
        status: 200,
        body: {
          data: {
            viewer: { login: this.accountOf(token).login },
            repository: {
              issues: {
                nodes: page.map((issue) => ({
                  number: issue.number,
                  state: issue.state.toUpperCase(),
                  title: issue.title,
                  body: issue.body,
                  // GraphQL names bots without the [bot] suffix.
                  author: { __typename: issue.user.type, login: issue.user.login.replace(/\[bot\]$/, '') },
                })),
                pageInfo: { hasNextPage: start + 100 < labelled.length, endCursor: String(start + page.length) },
              },
            },
          },
        },
      };
    });
  }

  private accountOf(token: string | null): Account {
    return (token !== null && this.github.accounts.get(token)) || GITHUB_ACTIONS_BOT;
  }
}

/**
 * A client of the fake server for in-process tests. createOctokit takes its API address from GITHUB_API_URL as
 * read when @actions/github loads, before a fake server has a port, so tests name the address here instead.
 */
export function createFakeClient(github: FakeGitHub, token: string): GitHubClient {
  return getOctokit(token, { baseUrl: github.url });
}

function unprocessable(message: string): FakeResponse {
  return { status: 422, body: { message, documentation_url: 'https://docs.github.com/rest/git', status: '422' } };
}

function toRestIssue(issue: FakeIssue) {
  return {
    id: issue.number * 1000,
    node_id: `I_${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason,
    labels: issue.labels.map((name, index) => ({ id: index + 1, name })),
    user: { login: issue.user.login, id: 1, type: issue.user.type },
  };
}

export type PushPayload = { ref: string; repository: { default_branch: string } };

export interface PublishScenario {
  /** The checkout (a temp copy of this project), its files by path and the started fake GitHub. */
  scenario: PullRequestScenario;
  git: FakeGitRepository;
  /** The branch of the push payload, also the default branch, holding the project's files. */
  branch: string;
  /** The real push webhook payload for that branch. */
  payload: PushPayload;
}

/**
 * A default branch holding this project's files, on a fake GitHub, with the checkout on disk. The pull-request
 * scenario provides the checkout, the files and the server; its pull request is not used.
 */
export async function createPublishScenario(options: ScenarioOptions = {}): Promise<PublishScenario> {
  const scenario = await createPullRequestScenario(options);
  const git = new FakeGitRepository(scenario.github);
  const payload = branchPushPayload();
  const branch = payload.ref.slice('refs/heads/'.length);
  git.refs.set(branch, git.commit(scenario.baseFiles, 'Project files'));
  return { scenario, git, branch, payload };
}

/** The push webhook example for a branch (the others push a tag). */
function branchPushPayload(): PushPayload {
  const examples = webhooks.find((event) => event.name === 'push')?.examples as PushPayload[] | undefined;
  const push = examples?.find((example) => example.ref.startsWith('refs/heads/'));
  if (!push) throw new Error('@octokit/webhooks-examples has no push to a branch');
  return structuredClone(push);
}
