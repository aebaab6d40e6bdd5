import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into usage errors that name the command. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // Node goes on about `--` for positionals; its first sentence is the useful part.
    const reason = (error as Error).message.split('\n')[0]!.split('. ')[0]!.replace(/\.$/, '');
    throw new UsageError(`${command}: ${reason}. See \`vendor-review ${command} --help\`.`);
  }
}

export function readFormat(command: string, value: unknown): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return (value ?? 'text') as 'text' | 'json';
  throw new UsageError(`${command}: --format is text or json, not ${JSON.stringify(value)}.`);
}

export function readDate(command: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new UsageError(`${command}: --as-of is a date written YYYY-MM-DD, not ${JSON.stringify(value)}.`);
}
