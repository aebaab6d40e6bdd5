// Writes report changes to a branch as one commit through the Git Data API: tree(s) on top of the head's tree,
// a commit whose only parent is the head we rendered from, then a non-forced ref update. Reading the head is
// here too (ref, then the recursive tree): the commit is made on exactly what was read.
//
// Why the Git Data API rather than GraphQL createCommitOnBranch: the update with `force: false` acts as the
// compare-and-swap of `expectedHeadOid` (our commit's only parent is the head we read, so any commit pushed in
// between makes the update "not a fast forward"; only a branch force-pushed back to an ancestor would slip
// through, which no publish can tell from a normal history), while REST keeps one client, one set of
// retry/throttle plugins and one fake server for both modes, answers a moved head and a protected branch with
// distinguishable errors, and sends deletions and large batches as trees instead of base64-encoding every file
// into one GraphQL document.
// No author or committer is sent: GitHub then attributes the commit to the token's identity and signs it, so
// the commit shows as verified and no git credentials ever touch the runner's disk.
import type { TreeEntry, TreeWrite } from '../core/index.js';
import type { GitHubClient } from './create-octokit.js';
import { CommitTreeError } from './read-commit-files.js';

export interface BranchTarget {
  owner: string;
  repo: string;
  branch: string;
}

export interface BranchHead {
  commitSha: string;
  treeSha: string;
  /** The whole tree of the head, recursively: what the reports are rendered from and compared with. */
  entries: TreeEntry[];
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
  const { data: tree } = await octokit.rest.git.getTree({ owner, repo, tree_sha: ref.object.sha, recursive: 'true' });
  if (tree.truncated) {
    // Past 100,000 entries GitHub cuts the listing; a missing entry would then read as a report to delete.
    throw new CommitTreeError(`The tree of ${branch} is too large for GitHub to list in one response; the reports cannot be compared.`);
  }
  const entries = tree.tree.flatMap((entry) =>
    entry.path && entry.sha && entry.mode && (entry.type === 'blob' || entry.type === 'tree' || entry.type === 'commit')
      ? [{ path: entry.path, mode: entry.mode, type: entry.type, sha: entry.sha } as TreeEntry]
      : [],
  );
  return { commitSha: ref.object.sha, treeSha: tree.sha, entries };
}

/** Commits `change` on `target`'s branch on top of `head`, the commit the reports were rendered from. */
export async function commitReports(input: {
  octokit: GitHubClient;
  target: BranchTarget;
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
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
  } catch (error) {
    const refusal = classifyRefUpdateError(error);
    if (refusal === 'not-fast-forward') return { status: 'head-moved' };
    if (refusal === 'protected') throw new BranchRefusedError(describeProtectedBranch(branch, githubMessage(error)));
    throw error;
  }
  return { status: 'committed', commitSha: commit.sha, verified: commit.verification?.verified ?? false };
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
  if (
    (status === 422 || status === 403) &&
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
