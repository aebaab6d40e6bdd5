// Keeps one tracking issue for evaluations past their review date: opened (or reopened) when some are stale,
// updated when the list changes, left alone when it does not, closed when none are. Our issue is the one that
// carries the hidden marker and the label *and* was written by the account the token acts as: a user's issue
// that quotes the marker is never edited or closed. GraphQL answers "who am I" (which REST cannot for an
// installation token) and lists the labelled issues in the same request.
import { describeResolvedStaleIssue, describeStaleIssue, STALE_ISSUE_LABEL, STALE_ISSUE_MARKER } from '../core/index.js';
import type { Language, StaleEvaluation } from '../core/index.js';
import type { GitHubClient } from './create-octokit.js';
import { sameAccount, sameText, startsWithMarker } from './same-account.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export type StaleIssueOutcome = { action: 'created' | 'updated' | 'reopened' | 'unchanged' | 'closed'; number: number } | { action: 'none' };

interface TrackedIssue {
  number: number;
  open: boolean;
  title: string;
  body: string;
}

const ISSUES_QUERY = `query($owner: String!, $repo: String!, $label: String!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issues(first: 100, after: $after, labels: [$label], orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes { number state title body author { __typename login } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface IssuesPage {
  viewer: { login: string };
  repository: {
    issues: {
      nodes: Array<{ number: number; state: 'OPEN' | 'CLOSED'; title: string; body: string; author: { __typename: string; login: string } | null } | null>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
}

/** `queries` is the client for the read-only query that finds our issue (see createQueryClient); writes go by `octokit`. */
export async function syncStaleIssue(input: {
  octokit: GitHubClient;
  queries?: GitHubClient;
  repository: RepositoryRef;
  stale: readonly StaleEvaluation[];
  language: Language;
}): Promise<StaleIssueOutcome> {
  const { octokit, repository, stale, language, queries = octokit } = input;
  const { owner, repo } = repository;
  const ours = await listOwnTrackingIssues(queries, repository);
  const [kept, ...duplicates] = ours.filter((issue) => issue.open);
  // Two open trackers can only come from two runs racing on an empty list; fold them into the oldest.
  for (const duplicate of duplicates) {
    await octokit.rest.issues.update({ owner, repo, issue_number: duplicate.number, state: 'closed', state_reason: 'not_planned' });
  }

  if (!stale.length) {
    if (!kept) return { action: 'none' };
    const resolved = describeResolvedStaleIssue(language);
    await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, body: resolved.body, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: kept.number };
  }

  const wanted = describeStaleIssue(stale, language);
  if (kept) {
    if (kept.title === wanted.title && sameText(kept.body, wanted.body)) {
      return { action: 'unchanged', number: kept.number };
    }
    await octokit.rest.issues.update({ owner, repo, issue_number: kept.number, title: wanted.title, body: wanted.body });
    return { action: 'updated', number: kept.number };
  }
  // Reopening the last tracker keeps one thread of history instead of a new issue each time a review lapses.
  const last = ours.at(-1);
  if (last) {
    await octokit.rest.issues.update({ owner, repo, issue_number: last.number, title: wanted.title, body: wanted.body, state: 'open' });
    return { action: 'reopened', number: last.number };
  }
  const { data: created } = await octokit.rest.issues.create({ owner, repo, title: wanted.title, body: wanted.body, labels: [STALE_ISSUE_LABEL] });
  return { action: 'created', number: created.number };
}

/** Our tracking issues, oldest first. The label filter keeps this at one request however many issues there are. */
async function listOwnTrackingIssues(octokit: GitHubClient, repository: RepositoryRef): Promise<TrackedIssue[]> {
  const own: TrackedIssue[] = [];
  let after: string | null = null;
  for (;;) {
    const page: IssuesPage = await octokit.graphql<IssuesPage>(ISSUES_QUERY, { ...repository, label: STALE_ISSUE_LABEL, after });
    const issues = page.repository?.issues;
    if (!issues) return own;
    const isViewer = sameAccount(page.viewer.login);
    for (const node of issues.nodes) {
      if (node?.author && isViewer(node.author) && startsWithMarker(node.body, STALE_ISSUE_MARKER)) {
        own.push({ number: node.number, open: node.state === 'OPEN', title: node.title, body: node.body });
      }
    }
    if (!issues.pageInfo.hasNextPage) return own;
    after = issues.pageInfo.endCursor;
  }
}
