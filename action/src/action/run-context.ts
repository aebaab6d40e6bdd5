// What every mode of the action works with, gathered once by main.ts, and what each mode hands back.
import type { GitHubClient } from '../github/create-octokit.js';
import type { ActionInputs } from './get-inputs.js';

export interface RunContext {
  inputs: ActionInputs;
  octokit: GitHubClient;
  /** For read-only GraphQL queries only, which it does not space out like writes (see create-octokit.ts). */
  queries: GitHubClient;
  /** The checkout, the repository root. */
  root: string;
  eventName: string;
  payload: Record<string, unknown>;
  /** The ref the run is for (GITHUB_REF), e.g. refs/heads/main, a scheduled run's being the default branch; null when there is none. */
  ref: string | null;
  repo: { owner: string; repo: string };
  /** The workflow run's page, whose job summary holds the whole review. */
  runUrl: string | null;
  /** YYYY-MM-DD (UTC), for staleness. */
  today: string;
  /** Removes secrets and runner paths from text that leaves the process. */
  redact: (text: string) => string;
}

export interface ModeOutcome {
  valid: boolean;
  findings: number;
  /** The scores, compact, for the `scores` output: the head's in a pull request, the branch's when publishing. */
  scores: unknown;
  commentId: number | null;
  /** Why the check fails; null when it passes. */
  failure: string | null;
}
