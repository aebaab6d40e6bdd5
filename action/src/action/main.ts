// The action's entry point (bundled to action/dist/index.js). One try/catch around the whole run: whatever goes
// wrong ends as one failed step with a message for people, with secrets and runner paths removed.
import * as core from '@actions/core';
import { context } from '@actions/github';
import { createOctokit, createQueryClient } from '../github/create-octokit.js';
import { getInputs } from './get-inputs.js';
import { runPublishMode } from './publish.js';
import { runPullRequest } from './pull-request.js';
import { createRedactor, redactOptionsFromEnv } from './redact.js';
import type { ModeOutcome, RunContext } from './run-context.js';

export async function run(): Promise<void> {
  // Until the token is read, redact what we can; afterwards the token too.
  let redact = createRedactor(redactOptionsFromEnv(process.env, ''));
  try {
    const inputs = getInputs(context.eventName);
    redact = createRedactor(redactOptionsFromEnv(process.env, inputs.token));
    const warn = (message: string) => core.warning(redact(message));
    const runContext: RunContext = {
      inputs,
      octokit: createOctokit(inputs.token, { warn }),
      queries: createQueryClient(inputs.token),
      root: process.env.GITHUB_WORKSPACE || process.cwd(),
      eventName: context.eventName,
      payload: context.payload,
      // Context reads GITHUB_REF as it is, undefined included, whatever its type says.
      ref: context.ref || null,
      repo: context.repo,
      runUrl: readRunUrl(process.env),
      today: new Date().toISOString().slice(0, 10),
      redact,
    };
    const outcome = await runMode(runContext);
    setOutputs(outcome);
    if (outcome.failure) core.setFailed(redact(outcome.failure));
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error)));
  }
}

async function runMode(run: RunContext): Promise<ModeOutcome> {
  switch (run.inputs.mode) {
    case 'pull-request':
      return runPullRequest(run);
    case 'publish':
      return runPublishMode(run);
  }
}

function setOutputs(outcome: ModeOutcome): void {
  core.setOutput('valid', outcome.valid);
  core.setOutput('findings', outcome.findings);
  core.setOutput('scores', JSON.stringify(outcome.scores));
  core.setOutput('comment-id', outcome.commentId ?? '');
}

function readRunUrl(env: NodeJS.ProcessEnv): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}

await run();
