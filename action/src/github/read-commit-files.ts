// Reads files of one commit as data through the Git Data API (one tree listing, then one blob per file), never
// through a checkout: under pull_request_target the pull request's files must not touch the runner's disk.
// Only regular files are read; a symlink or a submodule where a file was expected becomes a finding and is
// never fetched (a symlink's blob is its target path, and following it could leak another file's content).
import { fileFinding, MAX_FILE_BYTES } from '../core/index.js';
import type { Finding, SourceFile } from '../core/index.js';
import type { GitHubClient } from './create-octokit.js';

/** A file read from a commit, with the blob SHA that identifies its content. */
export interface CommitFile extends SourceFile {
  sha: string;
}

export interface CommitFiles {
  files: CommitFile[];
  findings: Finding[];
}

const REGULAR_FILE_MODES = new Set(['100644', '100755']);
const MODE_NAMES: Record<string, string> = {
  '120000': 'a symbolic link',
  '160000': 'a submodule',
  '040000': 'a folder',
};

export class CommitTreeError extends Error {
  override readonly name = 'CommitTreeError';
}

export async function readCommitFiles(
  octokit: GitHubClient,
  commit: { owner: string; repo: string; sha: string },
  paths: readonly string[],
): Promise<CommitFiles> {
  if (paths.length === 0) return { files: [], findings: [] };
  const { data: tree } = await octokit.rest.git.getTree({
    owner: commit.owner,
    repo: commit.repo,
    tree_sha: commit.sha,
    recursive: 'true',
  });
  if (tree.truncated) {
    // Past 100,000 entries GitHub cuts the listing; a missing entry would then read as a deleted file.
    throw new CommitTreeError(`The tree of commit ${commit.sha} is too large for GitHub to list in one response.`);
  }
  const entries = new Map(tree.tree.map((entry) => [entry.path, entry]));
  const findings: Finding[] = [];
  const wanted: Array<{ path: string; sha: string }> = [];
  for (const path of paths) {
    const entry = entries.get(path);
    if (!entry?.sha) {
      findings.push(
        fileFinding({
          code: 'file-unreadable',
          file: path,
          message: `The file is not in commit ${commit.sha.slice(0, 7)}.`,
          hint: 'Push again: the pull request may have changed while it was reviewed.',
        }),
      );
    } else if (!entry.mode || !REGULAR_FILE_MODES.has(entry.mode) || entry.type !== 'blob') {
      const what = MODE_NAMES[entry.mode ?? ''] ?? `an entry of mode ${entry.mode ?? 'unknown'}`;
      findings.push(
        fileFinding({
          code: 'file-not-regular',
          file: path,
          message: `This is ${what}; only regular files are read.`,
          hint: 'Replace it with the file itself.',
        }),
      );
    } else if ((entry.size ?? 0) > MAX_FILE_BYTES) {
      findings.push(
        fileFinding({
          code: 'file-too-large',
          file: path,
          message: `The file is ${entry.size} bytes; the limit is ${MAX_FILE_BYTES} bytes.`,
          hint: 'One vendor evaluation fits in a few kilobytes: move long texts to the linked evidence instead.',
        }),
      );
    } else {
      wanted.push({ path, sha: entry.sha });
    }
  }
  const read = await Promise.all(
    wanted.map(async ({ path, sha }) => {
      const { data: blob } = await octokit.rest.git.getBlob({ owner: commit.owner, repo: commit.repo, file_sha: sha });
      const text = decodeText(blob.content, blob.encoding);
      return text === null
        ? { finding: fileFinding({ code: 'file-unreadable', file: path, message: 'The file is not UTF-8 text.', hint: 'Save it as UTF-8.' }) }
        : { file: { path, text, sha } };
    }),
  );
  return {
    files: read.flatMap((result) => (result.file ? [result.file] : [])),
    findings: [...findings, ...read.flatMap((result) => (result.finding ? [result.finding] : []))],
  };
}

function decodeText(content: string, encoding: string): string | null {
  const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
