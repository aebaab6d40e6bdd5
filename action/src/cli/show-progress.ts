// Long runs on a terminal say how far they are (issue 7): one line on stderr, rewritten in place and cleared at
// the end, so it never mixes with the output. Pipes, logs and short runs get nothing: their output stays the same.
import type { Progress } from '../shell/check-in-parallel.js';
import type { CliIo } from './cli-io.js';

/** Runs with fewer files finish before a progress line would help. */
export const PROGRESS_FROM = 200;

export interface ProgressLine {
  update: Progress;
  /** Clears the line if one was shown. */
  clear(): void;
}

export function showProgress(io: CliIo, doing: string): ProgressLine {
  let shown = false;
  return {
    update(done, total) {
      if (!io.isTTY || total < PROGRESS_FROM) return;
      shown = true;
      io.stderr(`\r${doing} ${done}/${total} files…`);
    },
    clear() {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
