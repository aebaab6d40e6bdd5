// Reads files of one commit as data, never through a checkout: under pull_request_target the pull request's files
// must not touch the runner's disk. One tree listing, then the blobs a hundred at a time through GraphQL
// (`object(oid:)` aliases in one query), each distinct blob once: a pull request of many files costs a few
// requests, not one per file, out of the job token's hourly budget. Only regular files are read; a symlink or a
// submodule where a file was expected becomes a finding and is never fetched (a symlink's blob is its target
// path, and following it could leak another file's content).
import { decodeSource, fileFinding, MAX_FILE_BYTES } from '../core/index.js';
import type { Finding, SourceFile, TreeEntry } from '../core/index.js';
import type { GitHubClient } from './create-octokit.js';

export interface CommitFiles {
  files: SourceFile[];
  findings: Finding[];
}

export interface CommitRef {
  owner: string;
  repo: string;
  sha: string;
}

/** A tree entry as GitHub lists it, with the size of blobs. */
export type ListedEntry = TreeEntry & { size?: number };

const REGULAR_FILE_MODES = new Set(['100644', '100755']);
const MODE_NAMES: Record<string, string> = {
  '120000': 'a symbolic link',
  '160000': 'a submodule',
  '040000': 'a folder',
};

/** Blobs asked for in one query, and the bytes they may come to: well inside GitHub's limits on a query and an answer. */
const BLOBS_PER_QUERY = 100;
const BYTES_PER_QUERY = 4 * 1024 * 1024;

export class CommitTreeError extends Error {
  override readonly name = 'CommitTreeError';
}

/** The whole tree of a commit (its SHA and every entry, recursively) in one request. */
export async function readTree(client: GitHubClient, commit: CommitRef): Promise<{ sha: string; entries: ListedEntry[] }> {
  const { data: tree } = await client.rest.git.getTree({ owner: commit.owner, repo: commit.repo, tree_sha: commit.sha, recursive: 'true' });
  if (tree.truncated) {
    // Past 100,000 entries GitHub cuts the listing; a missing entry would then read as a deleted file.
    throw new CommitTreeError(`The tree of commit ${commit.sha} is too large for GitHub to list in one response.`);
  }
  const entries = tree.tree.flatMap((entry): ListedEntry[] => {
    const { path, sha, mode, type, size } = entry;
    if (!path || !sha || !mode || (type !== 'blob' && type !== 'tree' && type !== 'commit')) return [];
    return [{ path, mode, type, sha, ...(size === undefined ? {} : { size }) }];
  });
  return { sha: tree.sha, entries };
}

/**
 * The files at `paths` in `commit`, as text. `tree` is the commit's listing when the caller has it already.
 * `client` reads only, so it may be the client that does not space requests out (createQueryClient).
 */
export async function readCommitFiles(input: { client: GitHubClient; commit: CommitRef; paths: readonly string[]; tree?: readonly ListedEntry[] }): Promise<CommitFiles> {
  const { client, commit, paths } = input;
  if (paths.length === 0) return { files: [], findings: [] };
  const entries = new Map((input.tree ?? (await readTree(client, commit)).entries).map((entry) => [entry.path, entry]));
  const findings: Finding[] = [];
  const wanted: Array<{ path: string; sha: string; size: number }> = [];
  for (const path of paths) {
    const entry = entries.get(path);
    if (!entry) {
      findings.push(fileFinding({ code: 'file-unreadable', file: path, message: `The file is not in commit ${commit.sha.slice(0, 7)}.`, hint: 'Push again: the pull request may have changed while it was reviewed.' }));
    } else if (!REGULAR_FILE_MODES.has(entry.mode) || entry.type !== 'blob') {
      const what = MODE_NAMES[entry.mode] ?? `an entry of mode ${entry.mode}`;
      findings.push(fileFinding({ code: 'file-not-regular', file: path, message: `This is ${what}; only regular files are read.`, hint: 'Replace it with the file itself.' }));
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
      wanted.push({ path, sha: entry.sha, size: entry.size ?? 0 });
    }
  }
  const texts = await readBlobs(client, commit, distinctBlobs(wanted));
  const files: SourceFile[] = [];
  for (const { path, sha } of wanted) {
    const decoded = decodeSource(path, texts.get(sha)!);
    if (decoded.source) files.push(decoded.source);
    else findings.push(decoded.finding);
  }
  return { files, findings };
}

/** Each blob once, however many paths hold it. */
function distinctBlobs(wanted: ReadonlyArray<{ sha: string; size: number }>): Array<{ sha: string; size: number }> {
  return [...new Map(wanted.map((blob) => [blob.sha, blob])).values()];
}

/** The bytes of each blob, by SHA: text through GraphQL in batches, through REST what GraphQL cannot give as text. */
async function readBlobs(client: GitHubClient, commit: CommitRef, blobs: ReadonlyArray<{ sha: string; size: number }>): Promise<Map<string, Uint8Array>> {
  const bytes = new Map<string, Uint8Array>();
  for (const batch of batchBlobs(blobs)) {
    const variables: Record<string, string> = { owner: commit.owner, repo: commit.repo };
    batch.forEach((blob, index) => (variables[`o${index}`] = blob.sha));
    const declared = batch.map((_, index) => `$o${index}: GitObjectID!`).join(', ');
    const fields = batch.map((_, index) => `b${index}: object(oid: $o${index}) { ... on Blob { text isBinary } }`).join(' ');
    const answer = await client.graphql<{ repository: Record<string, { text: string | null; isBinary: boolean } | null> }>(
      `query($owner: String!, $repo: String!, ${declared}) { repository(owner: $owner, name: $repo) { ${fields} } }`,
      variables,
    );
    for (const [index, blob] of batch.entries()) {
      const found = answer.repository[`b${index}`];
      // GraphQL gives text only: a blob it calls binary, or whose text has replacement characters (bytes that are
      // not UTF-8), is read as bytes, so that the first bad byte can be reported where it is.
      if (found && found.text !== null && !found.isBinary && !found.text.includes('\uFFFD')) bytes.set(blob.sha, Buffer.from(found.text, 'utf8'));
      else bytes.set(blob.sha, await readBlobBytes(client, commit, blob.sha));
    }
  }
  return bytes;
}

function batchBlobs(blobs: ReadonlyArray<{ sha: string; size: number }>): Array<Array<{ sha: string; size: number }>> {
  const batches: Array<Array<{ sha: string; size: number }>> = [];
  let current: Array<{ sha: string; size: number }> = [];
  let size = 0;
  for (const blob of blobs) {
    if (current.length && (current.length >= BLOBS_PER_QUERY || size + blob.size > BYTES_PER_QUERY)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(blob);
    size += blob.size;
  }
  if (current.length) batches.push(current);
  return batches;
}

async function readBlobBytes(client: GitHubClient, commit: CommitRef, sha: string): Promise<Uint8Array> {
  const { data: blob } = await client.rest.git.getBlob({ owner: commit.owner, repo: commit.repo, file_sha: sha });
  return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8');
}
