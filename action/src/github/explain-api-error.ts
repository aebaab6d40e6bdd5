// Turns a failed GitHub API call into a sentence a maintainer can act on. GitHub answers a token that lacks a
// permission with 403 "Resource not accessible by integration", which names neither the permission nor the fix.

export interface ApiAction {
  /** What we were doing, as a verb phrase: "post the review comment". */
  doing: string;
  /** The `permissions:` entry the job needs for it, e.g. "pull-requests: write". */
  permission: string;
  /** The mode whose job needs that permission; the pull-request review when not named. */
  mode?: 'pull-request' | 'publish';
}

/** The HTTP status of an Octokit error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** REST answers a missing permission with 403; GraphQL answers 200 with the same message among its errors. */
function isMissingPermission(error: unknown): boolean {
  const status = statusOf(error);
  return (status === 403 || status === undefined) && /resource not accessible by (integration|personal access token)/i.test(messageOf(error));
}

export function explainApiError(error: unknown, action: ApiAction): string {
  if (isMissingPermission(error)) {
    const cannot = `Could not ${action.doing}: the token may not do this.`;
    if (action.mode === 'publish') {
      return `${cannot} Give the publishing job \`permissions: ${action.permission}\` (see .github/workflows/publish.yml).`;
    }
    const grant = `${cannot} Give the job \`permissions: ${action.permission}\`.`;
    // A fork's token under `pull_request` may still read, so a fork explains only a write that failed.
    if (!action.permission.endsWith(': write')) return grant;
    return (
      `${grant} A pull request from a fork under the \`pull_request\` event always gets a read-only token: use the ` +
      '`pull_request_target` workflow (.github/workflows/review.yml) to comment on such pull requests.'
    );
  }
  const status = statusOf(error);
  if (status === 401) return `Could not ${action.doing}: GitHub did not accept the token (401). Check the \`token\` input.`;
  if (status === 404) return `Could not ${action.doing}: GitHub answered 404 (not found, or not visible to this token).`;
  if (status !== undefined) return `Could not ${action.doing}: GitHub answered ${status}: ${firstLine(messageOf(error))}`;
  return `Could not ${action.doing}: ${firstLine(messageOf(error))}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/** Runs one API step; a GitHub error becomes an Error whose message is the explanation. */
export async function explainFailure<T>(action: ApiAction, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (statusOf(error) === undefined) throw error;
    throw new Error(explainApiError(error, action), { cause: error });
  }
}
