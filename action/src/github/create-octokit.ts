// The action's Octokit clients (both modes): the Actions toolkit's client (proxy settings, GITHUB_API_URL for
// GitHub Enterprise) plus retries for transient server errors, and for everything but read-only queries
// throttling for rate limits.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** Where to say that a rate limit made us wait (the action passes core.warning). */
  warn: (message: string) => void;
  /** How many times to wait out a rate limit before giving up. */
  rateLimitRetries?: number;
}

/**
 * Statuses that retrying cannot fix. 429 is here on purpose: the throttling plugin already waits for the time
 * the response asks for and retries; if the retry plugin retried it as well, every rate-limited request would be
 * sent up to four extra times, early, making the limit worse.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * The client for everything but read-only GraphQL queries: retried, and throttled as GitHub asks (a second
 * between writes, waits on rate limits).
 */
export function createOctokit(token: string, options: ClientOptions): GitHubClient {
  const limit = options.rateLimitRetries ?? 2;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < limit;
    options.warn(
      `GitHub's ${kind} was reached on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}.`,
    );
    return retrying;
  };
  return getOctokit(
    token,
    {
      retry: { doNotRetry: DO_NOT_RETRY, retries: 3 },
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    },
    retry,
    throttling,
  );
}

/**
 * The client for read-only GraphQL queries (finding our comment, our tracking issue): retried like the other,
 * not throttled. GitHub asks for a second between *mutative* requests; the throttling plugin cannot tell a query
 * from a mutation, so it spaces every GraphQL request like a write, which kept the comment of every pull request
 * a full second behind the query that found it. A rate-limited query is not waited out but fails at once (429 and
 * 403 are not retried): its callers report it like any failed request. Never send a mutation through this client.
 */
export function createQueryClient(token: string): GitHubClient {
  return getOctokit(token, { retry: { doNotRetry: DO_NOT_RETRY, retries: 3 } }, retry);
}
