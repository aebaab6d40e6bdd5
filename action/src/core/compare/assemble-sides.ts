// A pull request is reviewed from two sources: the checkout on disk (every file of one side) and the files the
// pull request changes on the other side, read through the API. This puts them together as the whole base and
// the changed files of the head, whichever side the checkout holds, so that the checks never depend on it.
import type { Finding } from '../types/findings.js';
import { CONFIG_FILE } from '../validate/config.js';
import { fileFinding } from '../validate/findings.js';
import type { SourceFile } from '../validate/parse-yaml.js';
import type { SelectedChanges } from './select-changes.js';

export interface SideFiles {
  vendors: SourceFile[];
  /** Null when the rubric is missing or was refused on that side; `findings` says why. */
  rubric: SourceFile | null;
  /** Problems found while reading (a symlink, a file that could not be read). */
  findings: Finding[];
  /** The side's vendor-review.config.yaml, read only when the pull request changes it; null otherwise or when absent. */
  config: SourceFile | null;
}

export interface PullRequestSides {
  /** Every vendor file of the base. */
  base: SideFiles;
  /** Only the vendor files the pull request adds or changes; the others are the base's. */
  head: SideFiles;
}

/**
 * `local` is the checkout (all files of `localSide`); `remote` holds only the other side's changed files (and its
 * rubric when the pull request changes it).
 */
export function assembleSides(input: { local: SideFiles; remote: SideFiles; localSide: 'base' | 'head'; changes: SelectedChanges }): PullRequestSides {
  const { local, remote, localSide, changes } = input;
  if (localSide === 'base') {
    return {
      base: local,
      head: { vendors: remote.vendors, rubric: changes.rubric ? remote.rubric : local.rubric, findings: remote.findings, config: remote.config },
    };
  }
  const headPaths = new Set(changes.vendors.flatMap((change) => (change.head === null ? [] : [change.head])));
  const rubricPath = changes.rubric?.head ?? changes.rubric?.base ?? null;
  const isHeadOnly = (file: string) => headPaths.has(file) || file === rubricPath;
  return {
    base: {
      vendors: [...local.vendors.filter((source) => !headPaths.has(source.path)), ...remote.vendors],
      rubric: changes.rubric ? remote.rubric : local.rubric,
      findings: [...local.findings.filter((finding) => !isHeadOnly(finding.file)), ...remote.findings],
      config: remote.config,
    },
    head: {
      vendors: local.vendors.filter((source) => headPaths.has(source.path)),
      rubric: local.rubric,
      findings: local.findings.filter((finding) => isHeadOnly(finding.file)),
      config: local.config,
    },
  };
}

/** The files to read for one side: its vendor files the pull request touches, its rubric and configuration if they change. */
export function pathsOnSide(changes: SelectedChanges, side: 'base' | 'head'): string[] {
  const paths = changes.vendors.flatMap((change) => (change[side] === null ? [] : [change[side]]));
  for (const change of [changes.rubric, changes.config]) if (change?.[side]) paths.push(change[side]);
  return paths;
}

/**
 * Sorts files read for one side into its vendors, its rubric and its configuration. A rubric the side lacks is the
 * built-in one at the default path (a pull request that adds or removes its own), a finding at a configured path.
 */
export function toSide(input: {
  read: { files: readonly SourceFile[]; findings: readonly Finding[] };
  changes: SelectedChanges;
  side: 'base' | 'head';
  rubricPath: string;
  /** The rubric that holds where a side has none at the default path; null when the configuration names the path. */
  builtInRubric: SourceFile | null;
}): SideFiles {
  const { read, changes, side, rubricPath, builtInRubric } = input;
  const own = read.files.find((file) => file.path === rubricPath) ?? null;
  const absent = changes.rubric !== null && changes.rubric[side] === null;
  const rubric = own ?? (absent ? builtInRubric : null);
  const findings = [...read.findings];
  if (absent && !builtInRubric) {
    findings.push(
      fileFinding({
        code: 'file-unreadable',
        file: rubricPath,
        message: side === 'head' ? 'The pull request removes or renames the rubric.' : 'The base has no rubric.',
        hint: 'Keep the rubric at the path the configuration names; change its content instead.',
      }),
    );
  }
  const config = read.files.find((file) => file.path === CONFIG_FILE) ?? null;
  return { vendors: read.files.filter((file) => file.path !== rubricPath && file.path !== CONFIG_FILE), rubric, findings, config };
}
