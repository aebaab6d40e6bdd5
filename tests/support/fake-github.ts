// A local stand-in for GitHub's REST and GraphQL APIs, for running the bundled action as a subprocess. It keeps a
// small repository (commits as trees of blobs, pull requests with their changed files, issue comments), answers
// in GitHub's response shapes (pagination Link headers, error bodies), records every request, and can be told to
// fail the next matching requests (502 then success, 422, 403, 404). Other tests add routes with `route()`; theirs
// are tried before the built-in ones, and a handler that answers undefined passes the request on to the next
// route that matches, so that a route can take some of the requests to a path (one GraphQL query) and not others.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. /repos/o/r/pulls/2/files?per_page=100&page=2 */
  path: string;
  body: string;
  /** The token from the Authorization header (never printed by tests). */
  token: string | null;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  /** The parsed JSON body, or undefined. */
  json: unknown;
  token: string | null;
}

/** Answers a request, or undefined to leave it to the next matching route. */
export type RouteHandler = (request: FakeRequest) => FakeResponse | undefined | Promise<FakeResponse | undefined>;

export interface Account {
  login: string;
  type: 'Bot' | 'User';
}

/** A file of a commit: text, or a symlink / submodule entry. */
export type FakeEntry = string | { symlink: string } | { submodule: string };

export interface FakeComment {
  id: number;
  body: string;
  user: Account;
}

export interface FakeChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

export const GITHUB_ACTIONS_BOT: Account = { login: 'github-actions[bot]', type: 'Bot' };
export const INTEGRATION_FORBIDDEN: FakeResponse = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '403',
  },
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  readonly pullFiles = new Map<number, FakeChangedFile[]>();
  /** Which account each token acts as; unknown tokens act as github-actions[bot]. */
  readonly accounts = new Map<string, Account>();
  /** Tokens that may read but not write (a fork's GITHUB_TOKEN under pull_request). */
  readonly readOnlyTokens = new Set<string>();
  private readonly trees = new Map<string, TreeEntry[]>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly routes: Array<{ method: string; pattern: RegExp; names: string[]; handler: RouteHandler }> = [];
  private readonly scripted: Array<{ method: string; path: RegExp; response: FakeResponse }> = [];
  /** Other stores of blobs (a FakeGitRepository's), asked when this server holds no blob of a SHA. */
  readonly blobStores: Array<(sha: string) => Buffer | undefined> = [];
  private nextCommentId = 1_000_000_000;
  private server: Server | null = null;
  url = '';

  constructor() {
    this.addBuiltInRoutes();
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Adds a route, e.g. route('POST', '/repos/{owner}/{repo}/git/commits', handler); tried before existing ones. */
  route(method: string, template: string, handler: RouteHandler): void {
    const names: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_match, name: string) => {
      names.push(name);
      return name === 'path' ? '(.+)' : '([^/]+)';
    });
    this.routes.unshift({ method, pattern: new RegExp(`^${source}$`), names, handler });
  }

  /** The next requests matching method and path answer these responses, in order; then routes answer again. */
  failNext(method: string, path: RegExp, ...responses: FakeResponse[]): void {
    for (const response of responses) this.scripted.push({ method, path, response });
  }

  /** Stores a commit whose tree holds these files; returns the blob SHA of each path. */
  addCommit(sha: string, files: Record<string, FakeEntry>): Record<string, string> {
    const entries: TreeEntry[] = [];
    const folders = new Set<string>();
    const shas: Record<string, string> = {};
    for (const [path, entry] of Object.entries(files)) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
      if (typeof entry === 'string' || 'symlink' in entry) {
        const content = Buffer.from(typeof entry === 'string' ? entry : entry.symlink, 'utf8');
        const blobSha = gitBlobSha(content);
        this.blobs.set(blobSha, content);
        entries.push({ path, mode: typeof entry === 'string' ? '100644' : '120000', type: 'blob', sha: blobSha, size: content.length });
        shas[path] = blobSha;
      } else {
        entries.push({ path, mode: '160000', type: 'commit', sha: entry.submodule });
        shas[path] = entry.submodule;
      }
    }
    for (const folder of folders) entries.push({ path: folder, mode: '040000', type: 'tree', sha: gitBlobSha(Buffer.from(folder)) });
    this.trees.set(
      sha,
      entries.sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    return shas;
  }

  addComment(issue: number, body: string, user: Account): FakeComment {
    const comment = { id: this.nextCommentId++, body, user };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  /** Requests whose method matches and whose path matches the pattern. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', this.url);
    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? null;
    this.requests.push({ method, path: url.pathname + url.search, body, token });
    const answer = await this.answer({ method, url, body, token }).catch((error: Error): FakeResponse => ({
      status: 500,
      body: { message: `fake-github: ${error.message}` },
    }));
    const json = answer.body === undefined ? '' : JSON.stringify(answer.body);
    response.writeHead(answer.status, {
      ...(json ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-ratelimit-remaining': '4999',
      ...answer.headers,
    });
    response.end(json);
  }

  private async answer({ method, url, body, token }: { method: string; url: URL; body: string; token: string | null }): Promise<FakeResponse> {
    const scripted = this.scripted.findIndex((entry) => entry.method === method && entry.path.test(url.pathname));
    if (scripted >= 0) return this.scripted.splice(scripted, 1)[0]!.response;
    if (method !== 'GET' && url.pathname !== '/graphql' && token !== null && this.readOnlyTokens.has(token)) return INTEGRATION_FORBIDDEN;
    const json: unknown = body ? JSON.parse(body) : undefined;
    for (const route of this.routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
      const response = await route.handler({ method, url, params, json, token });
      if (response) return response;
    }
    return notFound();
  }

  private accountOf(token: string | null): Account {
    return (token !== null && this.accounts.get(token)) || GITHUB_ACTIONS_BOT;
  }

  private addBuiltInRoutes(): void {
    this.route('GET', '/repos/{owner}/{repo}/pulls/{number}/files', ({ url, params }) => {
      const files = this.pullFiles.get(Number(params.number));
      if (!files) return notFound();
      // GitHub stops listing at 3000 files.
      return paginate(
        files.slice(0, 3000).map((file) => ({ sha: '0'.repeat(40), additions: 1, deletions: 0, changes: 1, ...file })),
        url,
      );
    });
    this.route('GET', '/repos/{owner}/{repo}/git/trees/{sha}', ({ params, url }) => {
      const entries = this.trees.get(params.sha!);
      if (!entries) return notFound();
      const recursive = url.searchParams.has('recursive');
      return {
        status: 200,
        body: {
          sha: params.sha,
          url: `${this.url}${url.pathname}`,
          tree: recursive ? entries : entries.filter((e) => !e.path.includes('/')),
          truncated: false,
        },
      };
    });
    this.route('GET', '/repos/{owner}/{repo}/git/blobs/{sha}', ({ params }) => {
      const content = this.readBlob(params.sha!);
      if (!content) return notFound();
      return { status: 200, body: { sha: params.sha, node_id: 'B', size: content.length, url: '', content: content.toString('base64'), encoding: 'base64' } };
    });
    this.route('GET', '/repos/{owner}/{repo}/issues/{number}/comments', ({ params, url }) =>
      paginate((this.comments.get(Number(params.number)) ?? []).map(toRestComment), url),
    );
    this.route('POST', '/repos/{owner}/{repo}/issues/{number}/comments', ({ params, json, token }) => {
      const comment = this.addComment(Number(params.number), (json as { body: string }).body, this.accountOf(token));
      return { status: 201, body: toRestComment(comment) };
    });
    this.route('PATCH', '/repos/{owner}/{repo}/issues/comments/{id}', ({ params, json }) => {
      const comment = this.findComment(Number(params.id));
      if (!comment) return notFound();
      comment.body = (json as { body: string }).body;
      return { status: 200, body: toRestComment(comment) };
    });
    this.route('DELETE', '/repos/{owner}/{repo}/issues/comments/{id}', ({ params }) => {
      for (const [issue, comments] of this.comments) {
        if (comments.some((comment) => comment.id === Number(params.id))) {
          this.comments.set(
            issue,
            comments.filter((comment) => comment.id !== Number(params.id)),
          );
          return { status: 204 };
        }
      }
      return notFound();
    });
    this.route('POST', '/graphql', ({ json, token }) => this.answerGraphql(json as GraphqlRequest, token));
    // Blobs by SHA, many a query, as the action reads the files of a commit: `bN: object(oid: $oN) { ... on Blob }`.
    this.route('POST', '/graphql', ({ json }) => {
      const { query, variables } = json as GraphqlRequest;
      if (!/object\(oid: /.test(query)) return undefined;
      const repository: Record<string, unknown> = {};
      for (const [, alias, variable] of query.matchAll(/(\w+): object\(oid: \$(\w+)\) \{ \.\.\. on Blob \{ text isBinary \} \}/g)) {
        const content = this.readBlob(String(variables[variable!]));
        // GitHub gives the text of a blob it reads as UTF-8, with replacement characters where bytes are not.
        repository[alias!] = content ? { text: content.includes(0) ? null : content.toString('utf8'), isBinary: content.includes(0) } : null;
      }
      return { status: 200, body: { data: { repository } } };
    });
  }

  /** Answers the pull-request mode's query: the viewer and a page of a pull request's comments. */
  private answerGraphql(request: GraphqlRequest, token: string | null): FakeResponse {
    if (!/viewer\s*\{\s*login\s*\}/.test(request.query) || !/comments\(/.test(request.query)) {
      return { status: 200, body: { errors: [{ message: 'fake-github: unsupported GraphQL query' }] } };
    }
    const { number, after } = request.variables as { number: number; after: string | null };
    const all = this.comments.get(number) ?? [];
    const start = after ? Number(after) : 0;
    const page = all.slice(start, start + 100);
    const viewer = this.accountOf(token);
    return {
      status: 200,
      body: {
        data: {
          viewer: { login: viewer.login },
          repository: {
            pullRequest: {
              comments: {
                nodes: page.map((comment) => ({
                  fullDatabaseId: String(comment.id),
                  body: comment.body,
                  // GraphQL names bots without the [bot] suffix.
                  author: { __typename: comment.user.type, login: comment.user.login.replace(/\[bot\]$/, '') },
                })),
                pageInfo: { hasNextPage: start + 100 < all.length, endCursor: String(start + page.length) },
              },
            },
          },
        },
      },
    };
  }

  private readBlob(sha: string): Buffer | undefined {
    return this.blobs.get(sha) ?? this.blobStores.map((store) => store(sha)).find((content) => content !== undefined);
  }

  private findComment(id: number): FakeComment | undefined {
    return [...this.comments.values()].flat().find((comment) => comment.id === id);
  }
}

interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export function notFound(): FakeResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
}

/** One page of `items` as GitHub pages lists: ?per_page (default 30, at most 100) and ?page, with a Link header. */
export function paginate(items: readonly unknown[], url: URL): FakeResponse {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
  return {
    status: 200,
    headers: links.length ? { link: links.join(', ') } : {},
    body: items.slice((page - 1) * perPage, page * perPage),
  };
}

/** The SHA git gives a blob: sha1 of "blob <size>\0<content>". */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function toRestComment(comment: FakeComment) {
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    user: { login: comment.user.login, id: 1, type: comment.user.type },
    created_at: '2026-11-25T00:00:00Z',
    updated_at: '2026-11-25T00:00:00Z',
  };
}
