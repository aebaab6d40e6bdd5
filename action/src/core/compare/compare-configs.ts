// A pull request that changes vendor-review.config.yaml changes where evaluations are read from and reports written
// to once it is merged: it is reviewed like the rubric. The head's file is checked (its findings are the pull
// request's), and every setting it changes is listed for the reviewer.
import type { Finding } from '../types/findings.js';
import { CONFIG_SETTINGS, parseConfig } from '../validate/config.js';
import type { ProjectConfig } from '../validate/config.js';
import type { SourceFile } from '../validate/parse-yaml.js';

export interface ConfigChange {
  key: (typeof CONFIG_SETTINGS)[number];
  before: string;
  after: string;
}

/** `base` and `head`: the file on each side, null where there is none (the defaults hold there). */
export function compareConfigs(base: SourceFile | null, head: SourceFile | null): { findings: Finding[]; changes: ConfigChange[] } {
  const before = parseConfig(base).config;
  const after = parseConfig(head);
  if (after.findings.length) return { findings: after.findings, changes: [] };
  // Settings compare as shown: a list of languages as "en, zh-CN".
  const show = (value: ProjectConfig[(typeof CONFIG_SETTINGS)[number]]) => (Array.isArray(value) ? value.join(', ') : String(value));
  const changes = CONFIG_SETTINGS.flatMap((key) =>
    show(before[key]) === show(after.config[key]) ? [] : [{ key, before: show(before[key]), after: show(after.config[key]) }],
  );
  return { findings: [], changes };
}
