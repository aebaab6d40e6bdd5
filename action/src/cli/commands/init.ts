import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../../../package.json' with { type: 'json' };
import { EXAMPLE_VENDOR, actionReference, packageRepository, planInitFiles } from '../../core/index.js';
import type { Language, PlannedFile } from '../../core/index.js';
import { readPackageFolder } from '../../shell/package-root.js';
import { findLink, realRoot } from '../../shell/read-workspace.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../cli-io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { toTerminalLine } from '../terminal-safe.js';

const RELEASE = { version: packageJson.version, repository: packageRepository() };
const SHA = /^[0-9a-f]{40}$/i;

export const initCommand: Command = {
  name: 'init',
  summary: 'Set up an evaluation repository: an example vendor, the config, the workflows, CODEOWNERS; never overwrites.',
  help: `Usage: vendor-review init [--lang en|zh-CN] [--no-example] [--pin SHA]

Sets up the current folder, a new or an existing repository, to hold vendor evaluations: ${EXAMPLE_VENDOR} (a
complete example), vendor-review.config.yaml, the review and publish workflows running the action
${actionReference({ ...RELEASE, pin: null })}, .github/CODEOWNERS, the pull-request template and the issue form, .vscode/
settings that map the YAML files to the released schemas, and README.md. The rubric and the templates stay built
in. A file that exists is left unchanged, never overwritten, so running it again writes nothing; nothing is
written through a symbolic link.

Options:
  --lang en|zh-CN   the language of README.md and of the reports and the comment (\`language\`); default en
  --no-example      write no example evaluation
  --pin SHA         run the action at this full commit SHA (40 hex digits) instead of its major version's tag
  -h, --help        show this help

Exit code: 0 when every file was written or already there, 1 when one was refused, 2 on wrong usage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('init', args, { lang: { type: 'string' }, 'no-example': { type: 'boolean' }, pin: { type: 'string' } });
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    if (positionals.length) throw new UsageError('init: takes no arguments; it sets up the current folder. See `vendor-review init --help`.');
    const language = values.lang ?? 'en';
    if (language !== 'en' && language !== 'zh-CN') throw new UsageError(`init: --lang is en or zh-CN, not ${JSON.stringify(language)}.`);
    if (values.pin !== undefined && !SHA.test(values.pin))
      throw new UsageError(`init: --pin takes a full commit SHA (40 hex digits), not ${JSON.stringify(values.pin)}.`);
    const pin = values.pin?.toLowerCase() ?? null;
    const example = !values['no-example'];
    const files = planInitFiles({ ...RELEASE, scaffold: readPackageFolder('scaffold'), language: language as Language, pin, example });
    const root = realRoot(io.cwd);
    let refused = 0;
    for (const file of files) {
      const outcome = writeNewFile(root, file);
      if (outcome.startsWith('refused')) refused += 1;
      io.stdout(`${outcome}\n`);
    }
    io.stdout(`\n${nextSteps(example)}\n`);
    if (refused) io.stderr(`vendor-review init: ${refused} file${refused === 1 ? ' was' : 's were'} refused; see above.\n`);
    return refused ? 1 : 0;
  },
};

/** Writes a file that does not exist yet, and says what became of it; a link on the way (the repository's own) is never followed. */
function writeNewFile(root: string, file: PlannedFile): string {
  const shown = toTerminalLine(file.path);
  const link = findLink(root, file.path);
  if (link !== null) return `refused ${shown}: ${toTerminalLine(link)} is a symbolic link, and no link is followed`;
  const absolute = path.join(root, file.path);
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error;
    return `refused ${shown}: a file stands where its folder would be`;
  }
  try {
    writeFileSync(absolute, file.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return `left ${shown} unchanged (it exists)`;
  }
  return `wrote ${shown}`;
}

function nextSteps(example: boolean): string {
  const evaluations = example
    ? `Edit ${EXAMPLE_VENDOR} into a real evaluation, or replace it: \`npx vendor-review new <id>\` starts one; then run \`npx vendor-review check\`.`
    : 'Start your first evaluation with `npx vendor-review new <id>`, then run `npx vendor-review check`.';
  return `Next steps:
  1. Replace the placeholder owners in .github/CODEOWNERS with your teams, and protect the default branch: require a pull request and a review from Code Owners.
  2. ${evaluations}
  3. Commit, push and open a pull request: the review workflow comments on it with the scores; after the merge, the publish workflow commits reports/.`;
}
