// Runs the CLI in-process with captured output and a pinned "today".
import { runCli } from '../../action/src/cli/main.js';

export const TODAY = '2026-11-25';

/** `today`: the day the run is as of (TODAY by default); `isTTY`: as if the output were a terminal. */
export async function runCliCaptured(argv: string[], cwd: string, { today = TODAY, isTTY = false } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY,
    today,
  });
  return { code, stdout, stderr };
}

/** The line `check` ends with in a copy of this project: its own rubric and every template its own. */
export const OWN_INPUTS = "Rubric: rubric.yaml, version 2026.12. Templates: templates/, the repository's own.\n";
