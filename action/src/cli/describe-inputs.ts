// Which rubric and templates a run used: the repository's own, or those built into this version of vendor-review.
import packageJson from '../../../package.json' with { type: 'json' };
import type { Rubric } from '../core/index.js';
import { BUILT_IN_RUBRIC } from '../shell/built-in.js';
import { toTerminalLine } from './terminal-safe.js';

export function describeInputs(input: {
  rubricFile: string;
  rubric: Rubric | null;
  templatesFolder: string;
  ownTemplates: readonly string[];
  builtInTemplates: readonly string[];
}): string {
  const builtIn = `built in (vendor-review ${packageJson.version})`;
  const version = input.rubric ? `, version ${toTerminalLine(input.rubric.version)}` : ' (invalid: see above)';
  const rubric = input.rubricFile === BUILT_IN_RUBRIC ? builtIn : toTerminalLine(input.rubricFile);
  const folder = `${toTerminalLine(input.templatesFolder.replace(/\/+$/, ''))}/`;
  const own = input.ownTemplates.length;
  const templates =
    own === 0
      ? builtIn
      : input.builtInTemplates.every((name) => input.ownTemplates.includes(name))
        ? `${folder}, the repository's own`
        : `${builtIn}, with ${own === 1 ? `${folder}${toTerminalLine(input.ownTemplates[0]!)}` : `${own} of ${folder}`} of the repository`;
  return `Rubric: ${rubric}${version}. Templates: ${templates}.`;
}
