// Runs the CLI in-process with captured output and a pinned "today".
import { runCli } from '../../action/src/cli/main.js';

export const TODAY = '2026-11-25';

export async function runCliCaptured(argv: string[], cwd: string, today = TODAY) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    today,
  });
  return { code, stdout, stderr };
}
