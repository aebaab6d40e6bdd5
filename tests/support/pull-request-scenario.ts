// A pull request to review: a temp copy of the project as the base checkout, the same files as the base commit on
// a fake GitHub, a head commit made of the base plus the pull request's changes, and the real `pull_request`
// "opened" webhook payload from @octokit/webhooks-examples pointing at them.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import webhooks from '@octokit/webhooks-examples';
import { FakeGitHub } from './fake-github.js';
import type { FakeChangedFile, FakeEntry } from './fake-github.js';
import { runAction } from './run-action.js';
import type { ActionRun, ActionRunOptions } from './run-action.js';
import { createTempProject, readProjectFiles } from './temp-project.js';
import type { TempProject } from './temp-project.js';

export const TOKEN = 'ghs_TestTokenThatMustNeverBeSeen0001';

type Payload = { number: number; pull_request: { number: number; base: { sha: string }; head: { sha: string; repo: { full_name: string } } } };

export interface PullRequestScenario {
  github: FakeGitHub;
  project: TempProject;
  payload: Payload;
  number: number;
  /** The base commit's files (vendors, rubric, config), by path. */
  baseFiles: Record<string, string>;
  /**
   * Makes a new head commit: the base with these changes (null removes a file), lists them as the pull request's
   * files and points the payload at it. Returns the blob SHA of each file of the commit.
   */
  pushHead(changes: Record<string, FakeEntry | null>): Record<string, string>;
  /** Writes the head's changes into the checkout, as actions/checkout does under `pull_request`. */
  checkOutHead(changes: Record<string, FakeEntry | null>): void;
  run(options?: Partial<Pick<ActionRunOptions, 'eventName' | 'env' | 'event'>> & { inputs?: Record<string, string> }): Promise<ActionRun>;
  close(): Promise<void>;
}

export function openedPullRequestPayload(): Payload {
  const definition = webhooks.find((event) => event.name === 'pull_request');
  const opened = definition?.examples.find((example) => (example as { action?: string }).action === 'opened');
  if (!opened) throw new Error('@octokit/webhooks-examples has no pull_request.opened example');
  return structuredClone(opened) as unknown as Payload;
}

export interface ScenarioOptions {
  /** The base has the committed reports/ too (scores.json, which pull requests may reuse). */
  reports?: boolean;
  /** The checkout and base commit: by default a temp copy of this project; `close` removes it either way. */
  project?: TempProject;
  /** The action to run: by default this repository's committed bundle. */
  bundle?: string;
}

export async function createPullRequestScenario(scenarioOptions: ScenarioOptions = {}): Promise<PullRequestScenario> {
  const project = scenarioOptions.project ?? createTempProject({ reports: scenarioOptions.reports ?? false });
  const github = await new FakeGitHub().start();
  const payload = openedPullRequestPayload();
  const number = payload.pull_request.number;
  const baseFiles = readProjectFiles(project.root);
  github.addCommit(payload.pull_request.base.sha, baseFiles);
  github.pullFiles.set(number, []);
  let pushes = 0;
  return {
    github,
    project,
    payload,
    number,
    baseFiles,
    pushHead(changes) {
      const files: Record<string, FakeEntry> = { ...baseFiles };
      const listed: FakeChangedFile[] = [];
      for (const [file, entry] of Object.entries(changes)) {
        if (entry === null) delete files[file];
        else files[file] = entry;
        listed.push({ filename: file, status: entry === null ? 'removed' : file in baseFiles ? 'modified' : 'added' });
      }
      const sha = createHash('sha1').update(`head ${++pushes}`).digest('hex');
      const blobs = github.addCommit(sha, files);
      github.pullFiles.set(number, listed);
      payload.pull_request.head.sha = sha;
      return blobs;
    },
    checkOutHead(changes) {
      for (const [file, entry] of Object.entries(changes)) {
        const absolute = path.join(project.root, file);
        rmSync(absolute, { force: true });
        if (entry === null) continue;
        mkdirSync(path.dirname(absolute), { recursive: true });
        if (typeof entry === 'string') project.write(file, entry);
        else if ('symlink' in entry) symlinkSync(entry.symlink, absolute);
      }
    },
    run(options = {}) {
      return runAction({
        workspace: project.root,
        apiUrl: github.url,
        eventName: options.eventName ?? 'pull_request_target',
        event: options.event ?? payload,
        inputs: { token: TOKEN, comment: 'true', 'fail-on': 'errors', ...options.inputs },
        ...(options.env ? { env: options.env } : {}),
        ...(scenarioOptions.bundle ? { bundle: scenarioOptions.bundle } : {}),
      });
    },
    async close() {
      await github.stop();
      project.remove();
    },
  };
}
