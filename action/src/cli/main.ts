#!/usr/bin/env node
// vendor-review: the same pipeline as the GitHub Action, on your machine.
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import packageJson from '../../../package.json' with { type: 'json' };
import { RenderError } from '../core/index.js';
import { WorkspaceError } from '../shell/read-workspace.js';
import { UsageError } from './cli-io.js';
import { toTerminalLine } from './terminal-safe.js';
import type { CliIo, Command } from './cli-io.js';
import { commands } from './commands/index.js';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: vendor-review <command> [options]

Review-as-code for choosing a cloud-classroom vendor: check the vendor files, score them with the rubric and
render the comparison reports.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`vendor-review <command> --help\` for the options of a command, \`vendor-review --version\` for the version.`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    io.stderr(`${usage()}\n`);
    return 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`vendor-review ${packageJson.version}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`vendor-review: unknown command \`${toTerminalLine(name)}\`.\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // People get a sentence, never a stack trace; unexpected errors still say what to do.
    if (error instanceof UsageError) {
      io.stderr(`vendor-review: ${toTerminalLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof WorkspaceError || error instanceof RenderError) {
      io.stderr(`vendor-review ${name}: ${toTerminalLine(error.message)}\n`);
      return 1;
    }
    io.stderr(`vendor-review ${name}: unexpected error: ${toTerminalLine((error as Error).message)}\nPlease report it with the command you ran.\n`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    today: new Date().toISOString().slice(0, 10),
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
