// Attacks on the bundled action that a security review reproduced (issue 14), each performed through
// action/dist/index.js as a subprocess against the local GitHub: redaction that re-forms Markdown, a pull
// request past GitHub's 3000 listed files, a configuration change, a pull request that would spend the API
// budget, another bot's comment quoting the marker, and a force-push during a publish.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STICKY_MARKER } from '../action/src/core/compare/build-review-body.js';
import { MINIMAL_VENDOR } from './fixtures/minimal-vendor.js';
import { listNodes, parseMarkdown } from './fixtures/render-fixture.js';
import { GITHUB_ACTIONS_BOT } from './support/fake-github.js';
import { createPublishScenario } from './support/fake-github-git.js';
import type { PublishScenario } from './support/fake-github-git.js';
import { createPullRequestScenario } from './support/pull-request-scenario.js';
import type { PullRequestScenario } from './support/pull-request-scenario.js';
import { REPO_ROOT } from './support/temp-project.js';


function vendorNamed(name: string, id = 'sample'): string {
  return MINIMAL_VENDOR.replace('id: sample', `id: ${id}`).replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`);
}

/** Links, strikethrough, HTML and images that a Markdown text holds, as GitHub would render them. */
function liveMarkdown(markdown: string) {
  return listNodes(parseMarkdown(markdown)).flatMap((node) =>
    node.type === 'link' ? [`link ${node.url}`] : node.type === 'html' ? [`html ${node.value}`] : node.type === 'delete' || node.type === 'image' ? [node.type] : [],
  );
}

describe('pull requests', () => {
  let pr: PullRequestScenario;
  beforeEach(async () => {
    pr = await createPullRequestScenario();
  });
  afterEach(async () => {
    await pr.close();
  });

  it('redacts the runner paths in values before they are escaped, so no link or strikethrough forms', async () => {
    // On GitHub's runners the workspace path is public: /home/runner/work/<repo>/<repo>. Removing it (or HOME)
    // from escaped text used to join `www` and `.evil.example` into a live link, and `~` into `~~`.
    const workspace = pr.project.root;
    pr.pushHead({ 'vendors/sample.yaml': vendorNamed(`www${workspace}evil.example/approve`), 'vendors/other.yaml': vendorNamed('a/home/runner/home/runnerstruck/home/runner/home/runnerb', 'other') });
    const run = await pr.run({ env: { HOME: '/home/runner', RUNNER_WORKSPACE: '/home/runner/work/Hello-World' } });

    expect(run.code).toBe(0);
    const comment = pr.github.comments.get(pr.number)![0]!.body;
    // Only the template's own markup lives: the marker, the folds of the two vendors, the footer and its link.
    expect(liveMarkdown(comment)).toEqual([
      'html <!-- vendor-review:sticky -->',
      'html <details><summary>other: what changes</summary>',
      'html </details>',
      'html <details><summary>sample: what changes</summary>',
      'html </details>',
      'html <sub>',
      'link https://github.com/Codertocat/Hello-World/actions/runs/4242',
      'html </sub>',
    ]);
    for (const text of [comment, run.summary]) expect(text).not.toContain(workspace);
    expect(liveMarkdown(run.summary).filter((node) => node.startsWith('link') || !node.startsWith('html'))).toEqual([
      'link https://github.com/Codertocat/Hello-World/actions/runs/4242',
    ]);
    expect(comment).toContain('evil.example');
  });

  it('reviews a pull request past the 3000 files GitHub lists by comparing the trees of the base and the merge', async () => {
    const changes: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) changes[`docs/filler-${String(i).padStart(4, '0')}.md`] = `filler ${i}\n`;
    changes['vendors/sample.yaml'] = MINIMAL_VENDOR.replace('critical: "24x7"', 'critical: "24x8"');
    changes['rubric.yaml'] = readFileSync(path.join(REPO_ROOT, 'rubric.yaml'), 'utf8').replace('weight: 10\n', 'weight: 11\n');
    pr.pushHead(changes);
    // GitHub lists the first 3000 files: the fillers. The merge result holds everything.
    const mergeSha = 'e'.repeat(40);
    pr.github.addCommit(mergeSha, { ...pr.baseFiles, ...changes });

    const blind = await pr.run();
    expect(blind.code).toBe(1);
    expect(blind.outputs.valid).toBe('false');
    expect(blind.stdout).toMatch(/^::error title=vendor-review%3A review-incomplete,file=vendors,line=1,col=1::GitHub lists only the first 3000 files/m);

    const payload = { ...pr.payload, pull_request: { ...pr.payload.pull_request, merge_commit_sha: mergeSha } };
    const run = await pr.run({ event: payload });
    expect(run.code).toBe(1);
    expect(run.outputs.valid).toBe('false');
    const comment = pr.github.comments.get(pr.number)!.at(-1)!.body;
    expect(comment).toContain('compared the whole trees of the base and of the merge result');
    expect(comment).toContain('vendors/sample.yaml:24:');
    expect(comment).toContain('rubric-weights');
  });

  it('reviews a change of the configuration like the rubric: checked, shown, failing when wrong', async () => {
    pr.pushHead({ 'vendor-review.config.yaml': 'language: en\nreports: vendors\n' });
    const wrong = await pr.run();
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^::error title=vendor-review%3A config-reports-overlap,file=vendor-review.config.yaml,line=2,/m);
    expect(pr.github.comments.get(pr.number)).toHaveLength(1);

    pr.pushHead({ 'vendor-review.config.yaml': 'language: en\nreports: published\n' });
    const right = await pr.run();
    expect(right.code).toBe(0);
    const comment = pr.github.comments.get(pr.number)![0]!.body;
    expect(comment).toContain('#### Configuration changes');
    expect(comment).toContain('| reports | reports | published |');
  });

  it('reads each distinct blob once, a hundred to a query, and refuses more vendor files than max-vendor-files', async () => {
    const copy = vendorNamed('Copy', 'x');
    pr.pushHead({ 'vendors/a/x.yaml': copy, 'vendors/b/x.yaml': copy, 'vendors/c/x.yaml': copy });
    await pr.run();
    const queries = pr.github.requestsTo('POST', /^\/graphql$/).filter((request) => request.body.includes('object(oid:'));
    expect(queries.map((request) => Object.keys((JSON.parse(request.body) as { variables: object }).variables))).toEqual([['owner', 'repo', 'o0']]);

    pr.github.requests.length = 0;
    const capped = await pr.run({ inputs: { 'max-vendor-files': '2' } });
    expect(capped.code).toBe(1);
    expect(capped.stdout).toMatch(/review-too-many-files.*This pull request changes 3 vendor files; a review reads at most 2/);
    expect(pr.github.requestsTo('GET', /\/git\/(trees|blobs)\//)).toEqual([]);
  });

  it("never takes over another bot's comment that merely quotes the marker", async () => {
    const echo = pr.github.addComment(pr.number, `Another workflow echoes the pull request:\n${STICKY_MARKER}\nLooks fine.`, GITHUB_ACTIONS_BOT);
    pr.pushHead({ 'vendors/sample.yaml': MINIMAL_VENDOR });
    const run = await pr.run();
    expect(run.code).toBe(0);
    const comments = pr.github.comments.get(pr.number)!;
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual(echo);
    expect(comments[1]!.body.startsWith(STICKY_MARKER)).toBe(true);
    expect(pr.github.requestsTo('PATCH', /\/issues\/comments\//)).toEqual([]);
    expect(pr.github.requestsTo('DELETE', /\/issues\/comments\//)).toEqual([]);
  });
});

describe('publishing', () => {
  let publishing: PublishScenario;
  beforeEach(async () => {
    publishing = await createPublishScenario();
  });
  afterEach(async () => {
    await publishing.scenario.close();
  });

  it('never brings back a commit that a force-push removed while the reports were rendered', async () => {
    const { git, branch, scenario, payload } = publishing;
    const clean = git.refs.get(branch)!;
    const leaked = git.push(branch, { 'leaked-secret.txt': 'AKIA-not-for-the-world\n' }, 'Oops');
    // A maintainer removes the leak by resetting the branch to the commit before it, while the bot renders.
    git.beforeNextRefUpdate = () => git.refs.set(branch, clean);

    const run = await scenario.run({ eventName: 'push', event: payload, inputs: { mode: 'publish' } });

    expect(run.code).toBe(0);
    const published = git.refs.get(branch)!;
    expect(git.commits.get(published)!.parents).toEqual([clean]);
    expect(git.filesAt(published)).not.toHaveProperty('leaked-secret.txt');
    expect(published).not.toBe(leaked);
    const updates = scenario.github.requestsTo('POST', /^\/graphql$/).filter((request) => request.body.includes('updateRefs'));
    expect(updates.map((request) => (JSON.parse(request.body) as { variables: { before: string } }).variables.before)).toEqual([leaked, clean]);
  });

  it('refuses to publish into a reports folder that holds other files', async () => {
    const { git, branch, scenario, payload } = publishing;
    git.push(branch, { 'vendor-review.config.yaml': 'reports: site\n', 'site/index.html': '<h1>The school site</h1>\n' });
    const before = git.refs.get(branch)!;
    const run = await scenario.run({ eventName: 'push', event: payload, inputs: { mode: 'publish' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::At [0-9a-f]{12}, the reports folder `site` holds files that are not reports \(site\/index.html\)/m);
    expect(git.refs.get(branch)).toBe(before);
  });
});
