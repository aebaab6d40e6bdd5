// The bundled action (action/dist/index.js) on pull requests, as a subprocess against a fake GitHub: what a
// reviewer sees (annotations, one sticky comment, the job summary) and what a maintainer relies on (fork safety,
// no leaked secrets, retries, clear permission errors, a bounded number of API calls).
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STICKY_MARKER } from '../action/src/core/compare/build-review-body.js';
import { MINIMAL_VENDOR, MINIMAL_VENDOR_LINES, vendorWithLine } from './fixtures/minimal-vendor.js';
import { GITHUB_ACTIONS_BOT, INTEGRATION_FORBIDDEN, notFound } from './support/fake-github.js';
import { TOKEN, createPullRequestScenario } from './support/pull-request-scenario.js';
import type { PullRequestScenario } from './support/pull-request-scenario.js';

const COMMENTS = /\/issues\/\d+\/comments$/;
const COMMENT_BY_ID = /\/issues\/comments\/\d+$/;
const INVALID_COVERAGE = vendorWithLine(24, '      critical: "24x8"');

let pr: PullRequestScenario;
beforeEach(async () => {
  pr = await createPullRequestScenario();
});
afterEach(async () => {
  await pr.close();
});

function commentWrites() {
  return pr.github.requests.filter(
    (request) => (request.method === 'POST' && COMMENTS.test(request.path)) || (request.method !== 'GET' && COMMENT_BY_ID.test(request.path)),
  );
}

function starriverWith(replace: [string, string][]): string {
  return replace.reduce((text, [from, to]) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  }, pr.baseFiles['vendors/starriver-rtc.yaml']!);
}

describe('annotations and the sticky comment', () => {
  it('annotates the exact line, comments once, updates that comment, and leaves it alone when nothing changed', async () => {
    pr.pushHead({ 'vendors/sample.yaml': INVALID_COVERAGE });
    const first = await pr.run();

    expect(first.code).toBe(1);
    const column = MINIMAL_VENDOR_LINES[23]!.replace('"24x7"', '"24x8"').indexOf('"24x8"') + 1;
    expect(first.stdout).toMatch(
      new RegExp(`^::error title=vendor-review%3A schema-enum,file=vendors/sample\\.yaml,line=24,endLine=24,col=${column},endColumn=\\d+::`, 'm'),
    );
    expect(first.stdout).toMatch(/^::error::1 error\(s\) in the files this pull request changes/m);
    const comments = pr.github.comments.get(pr.number)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(STICKY_MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('vendors/sample.yaml:24:');
    expect(first.summary).toContain(STICKY_MARKER);
    expect(first.summary).toContain('schema-enum');
    expect(first.outputs).toMatchObject({ valid: 'false', findings: '1', 'comment-id': String(comments[0]!.id) });
    // One list of files, one tree, one query for the changed files' blobs, one comments query, one write.
    expect(pr.github.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
      `GET /repos/Codertocat/Hello-World/pulls/${pr.number}/files`,
      `GET /repos/Codertocat/Hello-World/git/trees/${pr.payload.pull_request.head.sha}`,
      'POST /graphql',
      'POST /graphql',
      `POST /repos/Codertocat/Hello-World/issues/${pr.number}/comments`,
    ]);

    pr.pushHead({ 'vendors/sample.yaml': MINIMAL_VENDOR });
    const second = await pr.run();
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ valid: 'true', findings: '0', 'comment-id': String(comments[0]!.id) });
    const after = pr.github.comments.get(pr.number)!;
    expect(after).toHaveLength(1);
    expect(after[0]!.body).not.toContain('schema-enum');
    expect(commentWrites().map((request) => request.method)).toEqual(['POST', 'PATCH']);

    pr.github.requests.length = 0;
    const third = await pr.run();
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('Review comment: unchanged.');
    expect(commentWrites()).toEqual([]);
  });

  it("never touches a person's comment carrying the marker, and deletes duplicates of its own", async () => {
    const byUser = pr.github.addComment(pr.number, `${STICKY_MARKER}\nI quoted the bot.`, { login: 'octocat', type: 'User' });
    const byNamesake = pr.github.addComment(pr.number, `${STICKY_MARKER}\nSame name, not a bot.`, { login: 'github-actions', type: 'User' });
    const byOtherBot = pr.github.addComment(pr.number, `${STICKY_MARKER}\nAnother app.`, { login: 'other-app[bot]', type: 'Bot' });
    const ours = pr.github.addComment(pr.number, `${STICKY_MARKER}\nAn older review.`, GITHUB_ACTIONS_BOT);
    const duplicate = pr.github.addComment(pr.number, `${STICKY_MARKER}\nA racing review.`, GITHUB_ACTIONS_BOT);
    pr.pushHead({ 'vendors/sample.yaml': MINIMAL_VENDOR });

    const run = await pr.run();

    expect(run.code).toBe(0);
    expect(commentWrites().map((request) => `${request.method} ${request.path.split('/').pop()}`)).toEqual([
      `DELETE ${duplicate.id}`,
      `PATCH ${ours.id}`,
    ]);
    const bodies = new Map(pr.github.comments.get(pr.number)!.map((comment) => [comment.id, comment.body]));
    expect(bodies.get(byUser.id)).toBe(byUser.body);
    expect(bodies.get(byNamesake.id)).toBe(byNamesake.body);
    expect(bodies.get(byOtherBot.id)).toBe(byOtherBot.body);
    expect(bodies.get(ours.id)).toContain('Vendor review');
    expect(bodies.has(duplicate.id)).toBe(false);
    expect(run.outputs['comment-id']).toBe(String(ours.id));
  });

  it('writes a new comment when its own was deleted between listing and updating (404)', async () => {
    const ours = pr.github.addComment(pr.number, `${STICKY_MARKER}\nAn older review.`, GITHUB_ACTIONS_BOT);
    pr.github.failNext('PATCH', new RegExp(`/issues/comments/${ours.id}$`), notFound());
    pr.pushHead({ 'vendors/sample.yaml': MINIMAL_VENDOR });

    const run = await pr.run();

    expect(run.code).toBe(0);
    expect(commentWrites().map((request) => request.method)).toEqual(['PATCH', 'POST']);
    const created = pr.github.comments.get(pr.number)!.at(-1)!;
    expect(created.body.startsWith(STICKY_MARKER)).toBe(true);
    expect(run.outputs['comment-id']).toBe(String(created.id));
  });

  it('keeps a huge review under the comment limit, with a notice pointing to the job summary', async () => {
    const changes: Record<string, string> = {};
    for (let i = 1; i <= 120; i++) {
      const id = `bulk-${String(i).padStart(3, '0')}`;
      const name = `Vendor ${i} ${'名'.repeat(40)} ${'long name '.repeat(6)}`.slice(0, 120);
      changes[`vendors/${id}.yaml`] = MINIMAL_VENDOR.replace('id: sample', `id: ${id}`).replace(/^name: .*$/m, `name: "${name}"`);
    }
    pr.pushHead(changes);

    const run = await pr.run();

    expect(run.code).toBe(0);
    const comment = pr.github.comments.get(pr.number)![0]!;
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(comment.body.length).toBeGreaterThan(30_000);
    expect(comment.body).toContain('shortened to fit');
    expect(comment.body).toContain('https://github.com/Codertocat/Hello-World/actions/runs/4242');
    expect(run.summary).not.toContain('shortened to fit');
    for (let i = 1; i <= 120; i++) expect(run.summary).toContain(`Vendor ${i} 名`);
    // However many vendors: GitHub lists changed files 100 to a page, and their blobs come 100 to a query; then
    // one tree, one comments query and one write.
    const hundreds = Math.ceil(Object.keys(changes).length / 100);
    expect(pr.github.requests.length).toBe(hundreds + 1 + hundreds + 2);
  });
});

describe('fork safety', () => {
  it('refuses a symlink or a submodule in the head as a finding and never fetches it', async () => {
    const shas = pr.pushHead({
      'vendors/evil.yaml': { symlink: '../../../../../../proc/self/environ' },
      'vendors/module.yaml': { submodule: 'a'.repeat(40) },
    });

    const run = await pr.run();

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error title=vendor-review%3A file-not-regular,file=vendors\/evil\.yaml,line=1,col=1::This is a symbolic link/m);
    expect(run.stdout).toMatch(/^::error title=vendor-review%3A file-not-regular,file=vendors\/module\.yaml,line=1,col=1::This is a submodule/m);
    expect(pr.github.requestsTo('GET', /\/git\/blobs\//)).toEqual([]);
    expect(pr.github.requests.some((request) => request.path.includes(shas['vendors/evil.yaml']!))).toBe(false);
  });

  it('keeps the token, other secrets and runner paths out of every output and request body', async () => {
    const secrets = [TOKEN, 'canary-runtime-0c1d2e3f', 'canary-env-9a8b7c6d'];
    const env = { ACTIONS_RUNTIME_TOKEN: secrets[1]!, VENDOR_REVIEW_CANARY: secrets[2]! };
    pr.github.failNext('POST', COMMENTS, INTEGRATION_FORBIDDEN);
    pr.pushHead({ 'vendors/sample.yaml': INVALID_COVERAGE });
    const reviewed = await pr.run({ env });
    rmSync(path.join(pr.project.root, 'templates'), { recursive: true }); // the run fails: no comment template
    const failed = await pr.run({ env });

    expect(reviewed.code).toBe(1);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^::error::templates: the templates folder cannot be read/m);
    const seen = [reviewed, failed].flatMap((run) => [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]);
    seen.push(...pr.github.requests.map((request) => request.body));
    for (const text of seen) {
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toContain(pr.project.root);
    }
  });

  it('reads the base through the API under pull_request, annotates and summarises with a read-only token, and says why it did not comment', async () => {
    const changes = {
      'vendors/starriver-rtc.yaml': starriverWith([['support_headcount: 60', 'support_headcount: 200']]),
      'vendors/sample.yaml': INVALID_COVERAGE,
    };
    const payload = structuredClone(pr.payload);
    payload.pull_request.head.repo.full_name = 'a-fork/Hello-World';
    pr.pushHead(changes);
    payload.pull_request.head.sha = pr.payload.pull_request.head.sha;
    pr.checkOutHead(changes);
    pr.github.readOnlyTokens.add(TOKEN);

    const run = await pr.run({ eventName: 'pull_request', event: payload });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error title=vendor-review%3A schema-enum,file=vendors\/sample\.yaml,line=24,/m);
    expect(run.stdout).toMatch(/^::warning::Could not post the review comment: .*`permissions: pull-requests: write`.*pull_request_target/m);
    expect(run.summary).toContain('pull\\_request\\_target');
    expect(run.summary).toContain('Starriver');
    expect(run.outputs['comment-id']).toBe('');
    // The checkout is the head: the base's versions of the changed files come from the base commit.
    expect(pr.github.requestsTo('GET', /\/git\/trees\//).map((request) => request.path)).toEqual([
      `/repos/Codertocat/Hello-World/git/trees/${pr.payload.pull_request.base.sha}?recursive=true`,
    ]);
    expect(pr.github.requestsTo('GET', /\/git\/blobs\//)).toHaveLength(0);
    expect(pr.github.requestsTo('POST', /^\/graphql$/).filter((request) => request.body.includes('object(oid:'))).toHaveLength(1);
  });
});

describe('API reliability', () => {
  it('retries a 502 and does not retry a 422', async () => {
    pr.github.failNext('GET', /\/pulls\/\d+\/files$/, { status: 502, body: { message: 'Bad Gateway' } });
    pr.github.failNext('POST', COMMENTS, { status: 422, body: { message: 'Validation Failed', errors: [{ code: 'invalid' }] } });
    pr.pushHead({ 'vendors/sample.yaml': MINIMAL_VENDOR });

    const run = await pr.run();

    expect(pr.github.requestsTo('GET', /\/pulls\/\d+\/files/)).toHaveLength(2);
    expect(pr.github.requestsTo('POST', COMMENTS)).toHaveLength(1);
    expect(run.stdout).toMatch(/^::warning::Could not post the review comment: GitHub answered 422/m);
    expect(run.summary).toContain('Vendor review');
    expect(run.code).toBe(0);
  });

  it('waits out a rate limit (429) through the throttling plugin alone: no second retry layer', async () => {
    const limited = () => ({
      status: 429,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
      body: { message: 'API rate limit exceeded' },
    });
    pr.github.failNext('GET', /\/pulls\/\d+\/files$/, limited(), limited(), limited(), limited(), limited());
    pr.pushHead({ 'vendors/sample.yaml': MINIMAL_VENDOR });

    const run = await pr.run();

    // The first request and two waits; the retry plugin, which would retry each of them again, stays out.
    expect(pr.github.requestsTo('GET', /\/pulls\/\d+\/files/)).toHaveLength(3);
    expect(run.stdout).toMatch(/^::warning::GitHub's rate limit was reached on GET \S+\/pulls\/\d+\/files\S*; retrying in \d+ s\./m);
    expect(run.stdout).toMatch(/^::warning::GitHub's rate limit was reached on GET \S+\/pulls\/\d+\/files\S*; giving up\./m);
    expect(run.stdout).toMatch(/^::error::Could not list the pull request's files: GitHub answered 429: API rate limit exceeded/m);
    expect(run.code).toBe(1);
  });

  it('names the missing permission on 403 "Resource not accessible by integration" and still writes the summary', async () => {
    pr.github.failNext('POST', COMMENTS, INTEGRATION_FORBIDDEN);
    pr.pushHead({ 'vendors/sample.yaml': MINIMAL_VENDOR });

    const run = await pr.run();

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning::Could not post the review comment: the token may not do this\. Give the job `permissions: pull-requests: write`/m);
    expect(run.summary).toContain('permissions: pull-requests: write');
    expect(run.outputs).toMatchObject({ valid: 'true', 'comment-id': '' });
    expect(pr.github.requestsTo('POST', COMMENTS)).toHaveLength(1);
  });
});

describe('what fails the check', () => {
  it('fails on a score drop only with fail-on: score-drop', async () => {
    pr.pushHead({ 'vendors/starriver-rtc.yaml': starriverWith([['    hours:\n      critical: extended\n', '    hours:\n      critical: business-hours\n']]) });

    const lenient = await pr.run();
    const strict = await pr.run({ inputs: { 'fail-on': 'score-drop' } });

    expect(lenient.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error::The total score drops for starriver-rtc \(fail-on: score-drop\)/m);
    expect(strict.summary).toMatch(/Starriver RTC \| [\d.]+–[\d.]+ \| −[\d.]+ \|/);
  });

  it('comments nothing on a pull request that changes no vendor file', async () => {
    pr.pushHead({ 'docs/notes.md': 'Nothing about vendors.\n' });

    const run = await pr.run();

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Review comment: skipped.');
    expect(pr.github.comments.get(pr.number) ?? []).toEqual([]);
    expect(run.summary).toContain('changes no vendor file');
  });
});

describe("the base branch's committed scores", () => {
  const REUSED = /^\d+ unchanged vendor file\(s\) scored as in the base's committed reports\/scores\.json\.$/m;

  it('stand in for the unchanged vendors, with the same review, outputs and requests as parsing them all', async () => {
    const committed = await createPullRequestScenario({ reports: true });
    try {
      const change = { 'vendors/starriver-rtc.yaml': starriverWith([['    hours:\n      critical: extended\n', '    hours:\n      critical: business-hours\n']]) };
      committed.pushHead(change);
      pr.pushHead(change);

      const reusing = await committed.run();
      const parsing = await pr.run();

      expect(reusing.stdout).toMatch(REUSED);
      expect(reusing.stdout).toContain(`${readdirSync(path.join(committed.project.root, 'vendors')).length - 1} unchanged vendor file(s)`);
      expect(parsing.stdout).not.toMatch(REUSED);
      expect(committed.github.comments.get(committed.number)!.map((comment) => comment.body)).toEqual(
        pr.github.comments.get(pr.number)!.map((comment) => comment.body),
      );
      expect(reusing.summary).toBe(parsing.summary);
      expect(reusing.outputs).toEqual(parsing.outputs);
      expect(committed.github.requests.map((request) => `${request.method} ${request.path}`)).toEqual(
        pr.github.requests.map((request) => `${request.method} ${request.path}`),
      );
    } finally {
      await committed.close();
    }
  });

  it('are trusted under pull_request when the pull request leaves them alone', async () => {
    const committed = await createPullRequestScenario({ reports: true });
    try {
      const change = { 'vendors/starriver-rtc.yaml': starriverWith([['    hours:\n      critical: extended\n', '    hours:\n      critical: business-hours\n']]) };
      committed.pushHead(change);
      committed.checkOutHead(change);

      const run = await committed.run({ eventName: 'pull_request' });

      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(REUSED);
    } finally {
      await committed.close();
    }
  });

  it('are not trusted under pull_request when the pull request changes them', async () => {
    const committed = await createPullRequestScenario({ reports: true });
    try {
      const scores = JSON.parse(committed.baseFiles['reports/scores.json']!) as { vendors: Array<{ total: { score: number } }> };
      scores.vendors[0]!.total.score = 100;
      const change = {
        'vendors/starriver-rtc.yaml': starriverWith([['    hours:\n      critical: extended\n', '    hours:\n      critical: business-hours\n']]),
        'reports/scores.json': `${JSON.stringify(scores, null, 2)}\n`,
      };
      committed.pushHead(change);
      committed.checkOutHead(change);

      const run = await committed.run({ eventName: 'pull_request' });

      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(REUSED);
    } finally {
      await committed.close();
    }
  });
});
