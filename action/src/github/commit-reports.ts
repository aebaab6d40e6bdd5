// Writes report changes to a branch as one commit: tree(s) on top of the head's tree and a commit whose only
// parent is the head we rendered from, through the Git Data API (deletions and large batches go as trees, not as
// base64 in one GraphQL document), then the branch moved with a true compare-and-swap (updateRefs with the head
// read as `beforeOid`). A fast-forward check alone would let a branch reset to an ancestor (a force-push removing
// a leaked secret) be undone by the bot's commit. Reading the head is here too (ref, then the recursive tree).
// No author or committer is sent: GitHub then attributes the commit to the token's identity and signs it, so
// the commit shows as verified and no git credentials ever touch the runner's disk.
import type { TreeWrite } from '../core/index.js';
import type { GitHubClient } from './create-octokit.js';
import { readTree } from './read-commit-files.js';
import type { ListedEntry } from './read-commit-files.js';

export interface BranchTarget {
  owner: string;
  repo: string;
  branch: string;
}

export interface BranchHead {
  commitSha: string;
  treeSha: string;
  /** The whole tree of the head, recursively: what the reports are rendered from and compared with. */
  entries: ListedEntry[];
}

export type CommitOutcome =
  | { status: 'committed'; commitSha: string; verified: boolean }
  /** Someone else's commit landed after we read the head; nothing was changed. */
  | { status: 'head-moved' };

/** GitHub refused the ref update for a reason retrying cannot fix. The message names the branch and the way out. */
export class BranchRefusedError extends Error {
  override readonly name = 'BranchRefusedError';
}

/** The branch head and its tree in two requests, however many files the repository holds. */
export async function readBranchHead(octokit: GitHubClient, target: BranchTarget): Promise<BranchHead> {
  const { owner, repo, branch } = target;
  const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
  // The trees endpoint takes a commit SHA and answers with that commit's root tree, so no commit request is needed.
  const tree = await readTree(octokit, { owner, repo, sha: ref.object.sha });
  return { commitSha: ref.object.sha, treeSha: tree.sha, entries: tree.entries };
}

/**
 * Commits `change` on `target`'s branch on top of `head`, the commit the reports were rendered from. The branch
 * is moved only if it still points at `head` (a compare-and-swap, GraphQL's updateRefs with `beforeOid`): a
 * branch reset meanwhile, even to an ancestor (a force-push that removed a commit), is never undone.
 * `repositoryId` is the repository's GraphQL node id (readRepositoryId).
 */
export async function commitReports(input: {
  octokit: GitHubClient;
  target: BranchTarget;
  repositoryId: string;
  head: BranchHead;
  change: { batches: readonly TreeWrite[][]; message: string };
}): Promise<CommitOutcome> {
  const { octokit, target, head, change } = input;
  const { owner, repo, branch } = target;
  let treeSha = head.treeSha;
  for (const batch of change.batches) {
    const { data: tree } = await octokit.rest.git.createTree({ owner, repo, base_tree: treeSha, tree: [...batch] });
    treeSha = tree.sha;
  }
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: change.message,
    tree: treeSha,
    parents: [head.commitSha],
  });
  try {
    await octokit.graphql(UPDATE_REF, { repositoryId: input.repositoryId, name: `refs/heads/${branch}`, before: head.commitSha, after: commit.sha });
  } catch (error) {
    // Whatever GitHub says, a branch that no longer points at the head read has moved: render again from it.
    const { data: now } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    if (now.object.sha !== head.commitSha) return { status: 'head-moved' };
    if (classifyRefUpdateError(error) === 'protected') throw new BranchRefusedError(describeProtectedBranch(branch, githubMessage(error)));
    throw error;
  }
  return { status: 'committed', commitSha: commit.sha, verified: commit.verification?.verified ?? false };
}

const UPDATE_REF = `mutation($repositoryId: ID!, $name: GitRefname!, $before: GitObjectID!, $after: GitObjectID!) {
  updateRefs(input: { repositoryId: $repositoryId, refUpdates: [{ name: $name, beforeOid: $before, afterOid: $after }] }) { clientMutationId }
}`;

/** The repository's GraphQL node id: from the event when it names the repository, else one query. */
export async function readRepositoryId(octokit: GitHubClient, repository: { owner: string; repo: string }, payload: Record<string, unknown>): Promise<string> {
  const fromEvent = (payload.repository as { node_id?: unknown } | undefined)?.node_id;
  if (typeof fromEvent === 'string' && fromEvent) return fromEvent;
  const answer = await octokit.graphql<{ repository: { id: string } }>('query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { id } }', repository);
  return answer.repository.id;
}

/**
 * GitHub answers a ref update that is not a fast forward with 422 "Update is not a fast forward", and a branch
 * protection or ruleset refusal with 422 (sometimes 403) and messages such as "Protected branch update failed for
 * refs/heads/main.", "Repository rule violations found … Changes must be made through a pull request." or
 * "Reference cannot be updated". A 403 "Resource not accessible by integration" is a missing permission instead,
 * and is left to the caller's permission handling.
 */
export function classifyRefUpdateError(error: unknown): 'not-fast-forward' | 'protected' | null {
  const status = (error as { status?: number }).status;
  const message = githubMessage(error);
  if (status === 422 && /not a fast.?forward/i.test(message)) return 'not-fast-forward';
  // GraphQL answers 200 and lists its errors: no status then.
  if (
    (status === 422 || status === 403 || status === undefined) &&
    /protected branch|rule violations?|through a pull request|status checks? .*expected|reference cannot be updated|not (?:authorized|allowed) to push/i.test(
      message,
    )
  ) {
    return 'protected';
  }
  return null;
}

function githubMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const fromBody = typeof data === 'object' && data && 'message' in data ? String((data as { message: unknown }).message) : '';
  return (fromBody || (error as Error).message || '').trim();
}

function describeProtectedBranch(branch: string, message: string): string {
  const said = message.replace(/\s+/g, ' ').slice(0, 300);
  return (
    `GitHub refused to update branch \`${branch}\`: it is protected${said ? ` (GitHub said: "${said}")` : ''}. ` +
    'The reports were rendered but nothing was committed. Either let the publishing identity push to ' +
    `\`${branch}\` (add it to the bypass list of the branch protection or ruleset), or pass the action a token ` +
    'that may bypass it: a GitHub App installation token or a fine-grained personal access token with ' +
    '`contents: write`, as the `token` input.'
  );
}
