// What a command may touch of the outside world, passed in so tests can run commands in-process.
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colours and progress lines only on a terminal. */
  isTTY: boolean;
  /** Today, YYYY-MM-DD (UTC): for staleness; tests pin it. */
  today: string;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for wrong usage: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const styles = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;

export function paint(io: CliIo, style: keyof typeof styles, text: string): string {
  return io.isTTY ? `\u001b[${styles[style]}m${text}\u001b[0m` : text;
}
