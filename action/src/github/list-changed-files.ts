// The files a pull request changes, as GitHub lists them (all pages). GitHub lists at most 3000 files per pull
// request; past that the list is silently cut, so we say so instead of reviewing part of the change as if whole.
import type { ChangedFile } from '../core/index.js';
import type { GitHubClient } from './create-octokit.js';

export const MAX_LISTED_FILES = 3000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export async function listChangedFiles(octokit: GitHubClient, pull: PullRequestRef): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const files = listed.map((file) => ({
    filename: file.filename,
    status: file.status,
    ...(file.previous_filename ? { previousFilename: file.previous_filename } : {}),
  }));
  return { files, truncated: files.length >= MAX_LISTED_FILES };
}
