// One comment per pull request that the action keeps up to date. It is found by a hidden marker AND by its
// author being the account the token acts as, so a person quoting or copying the marker never has their comment
// overwritten or deleted. GitHub's REST API cannot tell an installation token (GITHUB_TOKEN) who it is (GET /user
// answers 403), but GraphQL's `viewer` can, and the same query lists the comments: one request for both.
import type { GitHubClient } from './create-octokit.js';
import { statusOf } from './explain-api-error.js';
import type { PullRequestRef } from './list-changed-files.js';
import { sameAccount, sameText, startsWithMarker } from './same-account.js';

export interface StickyComment {
  marker: string;
  body: string;
  /** False: only update a comment that already exists (nothing to say on a pull request that changes no vendor). */
  createIfMissing: boolean;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  commentId: number | null;
  /** Extra copies of our comment (e.g. from two runs racing) that were deleted. */
  removedDuplicates: number;
}

export interface ListedComment {
  id: number;
  body: string;
}

const COMMENTS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        nodes { fullDatabaseId body author { __typename login } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

interface CommentsPage {
  viewer: { login: string };
  repository: {
    pullRequest: {
      comments: {
        nodes: Array<{ fullDatabaseId: string | null; body: string; author: { __typename: string; login: string } | null } | null>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

/** `listed` is what listOwnMarkedComments found (with the query client, see createQueryClient). */
export async function upsertStickyComment(input: {
  octokit: GitHubClient;
  pull: PullRequestRef;
  comment: StickyComment;
  listed: readonly ListedComment[];
}): Promise<StickyResult> {
  const { octokit, pull, comment } = input;
  const [kept, ...duplicates] = input.listed;
  let removedDuplicates = 0;
  for (const duplicate of duplicates) {
    await ignoreNotFound(octokit.rest.issues.deleteComment({ owner: pull.owner, repo: pull.repo, comment_id: duplicate.id }));
    removedDuplicates += 1;
  }
  if (kept && sameText(kept.body, comment.body)) {
    return { action: 'unchanged', commentId: kept.id, removedDuplicates };
  }
  if (kept) {
    const updated = await ignoreNotFound(
      octokit.rest.issues.updateComment({ owner: pull.owner, repo: pull.repo, comment_id: kept.id, body: comment.body }),
    );
    if (updated) return { action: 'updated', commentId: kept.id, removedDuplicates };
    // Deleted between listing and updating: write it anew below, as if it had never been there.
  } else if (!comment.createIfMissing) {
    return { action: 'skipped', commentId: null, removedDuplicates };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: pull.owner,
    repo: pull.repo,
    issue_number: pull.number,
    body: comment.body,
  });
  return { action: 'created', commentId: data.id, removedDuplicates };
}

/** Our marked comments, oldest first. */
export async function listOwnMarkedComments(octokit: GitHubClient, pull: PullRequestRef, marker: string): Promise<ListedComment[]> {
  const own: ListedComment[] = [];
  let after: string | null = null;
  for (;;) {
    const page: CommentsPage = await octokit.graphql<CommentsPage>(COMMENTS_QUERY, {
      owner: pull.owner,
      repo: pull.repo,
      number: pull.number,
      after,
    });
    const comments = page.repository?.pullRequest?.comments;
    if (!comments) return own;
    const isViewer = sameAccount(page.viewer.login);
    for (const node of comments.nodes) {
      if (node?.fullDatabaseId && node.author && isViewer(node.author) && startsWithMarker(node.body, marker)) {
        own.push({ id: Number(node.fullDatabaseId), body: node.body });
      }
    }
    if (!comments.pageInfo.hasNextPage) return own;
    after = comments.pageInfo.endCursor;
  }
}

/** A comment deleted by someone else meanwhile is not an error: resolves to null instead. */
async function ignoreNotFound<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}
