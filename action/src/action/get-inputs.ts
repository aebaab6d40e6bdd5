// Reads the action's inputs once, validated, into one typed object; nothing else calls core.getInput, so every
// input and its default is visible here and in action.yml.
import * as core from '@actions/core';
import type { ConfigOverrides, Language } from '../core/index.js';

export const FAIL_ON = ['errors', 'score-drop', 'never'] as const;
export const MODES = ['pull-request', 'publish'] as const;
const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export type FailOn = (typeof FAIL_ON)[number];
export type Mode = (typeof MODES)[number];

/** `paths`: only the paths given as inputs; the others come from vendor-review.config.yaml or its defaults. */
export interface ActionInputs extends ConfigOverrides {
  token: string;
  comment: boolean;
  failOn: FailOn;
  mode: Mode;
  /** The most vendor files a pull-request review reads (each costs API budget); more fail the check. */
  maxVendorFiles: number;
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

export function getInputs(eventName: string | undefined): ActionInputs {
  const token = core.getInput('token');
  if (!token) throw new InputError('The `token` input is empty: pass `token: ${{ github.token }}` (the default) or a token of your own.');
  const paths: ConfigOverrides['paths'] = {};
  for (const name of ['vendors', 'rubric', 'templates', 'reports'] as const) {
    const value = core.getInput(name);
    if (value) paths[name] = readRelativePath(name, value);
  }
  const mode = core.getInput('mode') || (PULL_REQUEST_EVENTS.includes(eventName ?? '') ? 'pull-request' : 'publish');
  const language = core.getInput('language');
  return {
    token,
    paths,
    language: language ? oneOf('language', language, LANGUAGES) : null,
    comment: readBoolean('comment', core.getInput('comment') || 'true'),
    failOn: oneOf('fail-on', core.getInput('fail-on') || 'errors', FAIL_ON),
    mode: oneOf('mode', mode, MODES),
    maxVendorFiles: readCount('max-vendor-files', core.getInput('max-vendor-files') || '500'),
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((option) => option === value);
  if (!found) throw new InputError(`The \`${name}\` input is \`${value}\`; it must be one of: ${allowed.join(', ')}.`);
  return found;
}

function readCount(name: string, value: string): number {
  if (/^[1-9]\d{0,5}$/.test(value.trim())) return Number(value.trim());
  throw new InputError(`The \`${name}\` input is \`${value}\`; it must be a whole number from 1 to 999999.`);
}

function readBoolean(name: string, value: string): boolean {
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw new InputError(`The \`${name}\` input is \`${value}\`; it must be true or false.`);
}

/** Paths are relative to the repository root and stay inside it. */
function readRelativePath(name: string, value: string): string {
  const path = value.trim().replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) {
    throw new InputError(`The \`${name}\` input must be a path inside the repository, relative to its root, e.g. \`vendors\`.`);
  }
  return path.replace(/^\.\//, '').replace(/\/+$/, '');
}
