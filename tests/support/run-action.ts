// Runs the committed bundle action/dist/index.js as GitHub's runner would: a separate Node process, inputs as
// INPUT_* variables, the event as a JSON file, the API at GITHUB_API_URL, and the step summary and outputs as
// files. Nothing of this test process's environment is passed on but PATH.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './temp-project.js';

export const ACTION_BUNDLE = path.join(REPO_ROOT, 'action/dist/index.js');
export const REPOSITORY = { owner: 'Codertocat', repo: 'Hello-World' };

export interface ActionRunOptions {
  workspace: string;
  apiUrl: string;
  eventName: 'pull_request' | 'pull_request_target' | 'push' | 'workflow_dispatch';
  event: unknown;
  /** Action inputs by their action.yml names, e.g. { token: '…', 'fail-on': 'never' }. */
  inputs: Record<string, string>;
  /** More environment variables (runner paths, canaries). */
  env?: Record<string, string>;
  /** The action's entry point; this repository's committed bundle unless an installed package's is named. */
  bundle?: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The runner's temp folder used for this run (event, summary, outputs). */
  runnerTemp: string;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'vendor-review-runner-'));
  try {
    const eventPath = path.join(runnerTemp, 'event.json');
    const summaryPath = path.join(runnerTemp, 'step-summary.md');
    const outputPath = path.join(runnerTemp, 'output.txt');
    writeFileSync(eventPath, JSON.stringify(options.event));
    writeFileSync(summaryPath, '');
    writeFileSync(outputPath, '');
    const inputs = Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${REPOSITORY.owner}/${REPOSITORY.repo}`,
      GITHUB_RUN_ID: '4242',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: runnerTemp,
      ...inputs,
      ...options.env,
    };
    const child = spawn(process.execPath, [options.bundle ?? ACTION_BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return {
      code,
      stdout,
      stderr,
      summary: readFileSync(summaryPath, 'utf8'),
      outputs: existsSync(outputPath) ? parseOutputs(readFileSync(outputPath, 'utf8')) : {},
      runnerTemp,
    };
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(block)) outputs[match[1]!] = match[3]!;
  return outputs;
}
