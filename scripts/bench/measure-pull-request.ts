// The action's pull-request mode on a large repository: the bundled action (action/dist/index.js) as a subprocess
// against the fake GitHub of the tests. A pull request that changes one vendor file, under both events (under
// pull_request_target the checkout is the base and the head's file is read through the API; under pull_request the
// checkout holds the head); and wide ones, which show what a review spends of the API budget: as many changed
// vendor files as max-vendor-files allows (500), and 3000, which the review refuses. Prints one JSON object: wall
// times, peak memory, API requests and exit codes per run, by configuration.
// Bundled on the fly by scripts/bench.mjs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeGitHub } from '../../tests/support/fake-github.js';
import { TOKEN, openedPullRequestPayload } from '../../tests/support/pull-request-scenario.js';
import { readProjectFiles } from '../../tests/support/temp-project.js';
import { runAction } from '../../tests/support/run-action.js';

const [baseRoot, headRoot, changedFile, repsArg, preload] = process.argv.slice(2);
if (!baseRoot || !headRoot || !changedFile || !preload) {
  throw new Error('usage: measure-pull-request <base checkout> <head checkout> <changed file> <reps> <peak-memory preload>');
}
const reps = Number(repsArg ?? 3);

const github = await new FakeGitHub().start();
const payload = openedPullRequestPayload();
const number = payload.pull_request.number;
const baseFiles = readProjectFiles(baseRoot);
github.addCommit(payload.pull_request.base.sha, baseFiles);
const vendorFiles = Object.keys(baseFiles).filter((file) => file.startsWith('vendors/')).sort();

/** Points the pull request at a head commit of the base plus `changes`, and lists them as its files. */
function pushHead(sha: string, changes: Record<string, string>) {
  github.addCommit(sha, { ...baseFiles, ...changes });
  payload.pull_request.head.sha = sha;
  github.pullFiles.set(number, Object.keys(changes).map((filename) => ({ filename, status: filename in baseFiles ? 'modified' : 'added' })));
}

/** `count` changed vendor files: the base's, each with another support headcount, then new copies with their own ids. */
function wideChanges(count: number): Record<string, string> {
  const changes: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const base = vendorFiles[i % vendorFiles.length]!;
    const text = baseFiles[base]!.replace(/support_headcount: \d+/, 'support_headcount: 3');
    if (i < vendorFiles.length) changes[base] = text;
    else changes[base.replace(/\.yaml$/, `-copy${i}.yaml`)] = text.replace(/^id: (.+)$/m, `id: $1-copy${i}`).replace(/^name: "(.*)"$/m, `name: "$1 copy ${i}"`);
  }
  return changes;
}

const rssFile = path.join(baseRoot, '..', `pull-request-rss-${process.pid}.txt`);
const results: Record<string, { ms: number[]; rssKb: number[]; requests: number[]; exitCodes: Array<number | null> }> = {};
try {
  // Without the comment as well: the throttling plugin spaces the comments query and the comment write a second
  // apart (GitHub's guidance for writes), which the run can only partly hide behind its own work.
  const one = { [changedFile]: readFileSync(path.join(headRoot, changedFile), 'utf8') };
  const configurations = [
    { name: 'pull_request_target', eventName: 'pull_request_target', workspace: baseRoot, comment: 'true', changes: one },
    { name: 'pull_request', eventName: 'pull_request', workspace: headRoot, comment: 'true', changes: one },
    { name: 'pull_request_target, comment: false', eventName: 'pull_request_target', workspace: baseRoot, comment: 'false', changes: one },
    { name: '500 changed, pull_request_target', eventName: 'pull_request_target', workspace: baseRoot, comment: 'true', changes: wideChanges(500) },
    { name: '3000 changed, refused', eventName: 'pull_request_target', workspace: baseRoot, comment: 'true', changes: wideChanges(3000) },
  ] as const;
  for (const [index, { name, eventName, workspace, comment, changes }] of configurations.entries()) {
    pushHead(String(index + 1).repeat(40).slice(0, 40), changes);
    const result = { ms: [] as number[], rssKb: [] as number[], requests: [] as number[], exitCodes: [] as Array<number | null> };
    for (let rep = 0; rep < reps; rep++) {
      // Every run starts from a pull request without a review comment, so every run makes the same requests.
      github.comments.clear();
      github.requests.length = 0;
      writeFileSync(rssFile, '');
      const start = performance.now();
      const run = await runAction({
        workspace,
        apiUrl: github.url,
        eventName,
        event: payload,
        inputs: { token: TOKEN, comment, 'fail-on': 'errors' },
        env: { NODE_OPTIONS: [`--import=${preload}`, process.env.BENCH_NODE_OPTIONS].filter(Boolean).join(' '), BENCH_RSS_FILE: rssFile },
      });
      result.ms.push(performance.now() - start);
      result.rssKb.push(Number(readFileSync(rssFile, 'utf8').trim() || 0));
      result.requests.push(github.requests.length);
      result.exitCodes.push(run.code);
      if (run.code !== 0 && !name.endsWith('refused')) process.stderr.write(run.stdout + run.stderr);
    }
    results[name] = result;
  }
} finally {
  rmSync(rssFile, { force: true });
  await github.stop();
}
process.stdout.write(`${JSON.stringify(results)}\n`);
