// vendor-review.config.yaml: where things live and which language the reports speak. Optional; every key has
// a default, so a repository made from the template works without one.
import type { Finding } from '../types/findings.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceFile } from './parse-yaml.js';
import type { Language } from '../types/rubric.js';
import { findingAt } from './locate-node.js';
import { validateAgainstSchema } from './validate-schema.js';

export interface ProjectConfig {
  /** The language of the comment and of the reports folder itself. */
  language: Language;
  /** Every language a report set is rendered in: `language` first (in the reports folder), then each in reports/<language>/. */
  languages: Language[];
  vendors: string;
  rubric: string;
  templates: string;
  reports: string;
  /** How many vendors by rank (and entries of each list) the comparison, reports/README.md, shows. */
  comparison_limit: number;
  /**
   * Whether the rubric and the templates are at their default paths, where a repository need not have them: the
   * built-in ones hold then. A path that the file or an input names must exist.
   */
  builtIn: { rubric: boolean; templates: boolean };
}

/** The settings a configuration file can write (what a pull request that changes it shows). */
export const CONFIG_SETTINGS = ['language', 'languages', 'vendors', 'rubric', 'templates', 'reports', 'comparison_limit'] as const;

export const CONFIG_FILE = 'vendor-review.config.yaml';

export const DEFAULT_CONFIG: ProjectConfig = {
  language: 'en',
  languages: ['en'],
  vendors: 'vendors',
  rubric: 'rubric.yaml',
  templates: 'templates',
  reports: 'reports',
  comparison_limit: 100,
  builtIn: { rubric: true, templates: true },
};

export function parseConfig(source: SourceFile | null): { config: ProjectConfig; findings: Finding[] } {
  if (!source) return { config: DEFAULT_CONFIG, findings: [] };
  const parsed = parseYaml(source);
  const findings = parsed.findings.length ? parsed.findings : validateAgainstSchema(parsed, 'config');
  if (findings.length) return { config: DEFAULT_CONFIG, findings };
  const written = parsed.data as Partial<ProjectConfig>;
  const language = written.language ?? written.languages?.[0] ?? DEFAULT_CONFIG.language;
  // `language` leads: its set is the reports folder itself, whatever order `languages` lists it in.
  const languages = [language, ...(written.languages ?? []).filter((other) => other !== language)];
  const builtIn = { rubric: written.rubric === undefined, templates: written.templates === undefined };
  const config = { ...DEFAULT_CONFIG, ...written, language, languages, builtIn };
  const overlap = findReportsOverlap(config);
  if (overlap) {
    const message = `\`reports: ${config.reports}\` ${overlap}; the reports folder is replaced as a whole each time reports are written.`;
    return {
      config: DEFAULT_CONFIG,
      findings: [
        findingAt(parsed, { path: ['reports'], code: 'config-reports-overlap', message, hint: 'Give the reports a folder of their own, e.g. `reports`.' }),
      ],
    };
  }
  return { config, findings: [] };
}

/** What the reports folder would swallow: the repository, the evaluations, the templates, the rubric or this file. */
function findReportsOverlap(config: ProjectConfig): string | null {
  const reports = trimFolder(config.reports);
  const inside = (other: string) => other === reports || other.startsWith(`${reports}/`);
  if (reports === '.' || reports === '') return 'is the whole repository';
  for (const [key, folder] of [
    ['vendors', config.vendors],
    ['templates', config.templates],
  ] as const) {
    const other = trimFolder(folder);
    if (inside(other) || reports.startsWith(`${other}/`)) return `overlaps \`${key}: ${folder}\``;
  }
  if (inside(trimFolder(config.rubric))) return `holds the rubric, \`${config.rubric}\``;
  if (inside(CONFIG_FILE)) return `holds ${CONFIG_FILE}`;
  return null;
}

function trimFolder(folder: string): string {
  return folder.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';
}

/** What the action's inputs may set over the configuration file: paths and the language. */
export interface ConfigOverrides {
  paths: Partial<Pick<ProjectConfig, 'vendors' | 'rubric' | 'templates' | 'reports'>>;
  language: Language | null;
}

/** The configuration a run uses: the file's (or the defaults), then the inputs given. */
export function resolveConfig(config: ProjectConfig, overrides: ConfigOverrides): ProjectConfig {
  const { paths, language } = overrides;
  const builtIn = { rubric: config.builtIn.rubric && paths.rubric === undefined, templates: config.builtIn.templates && paths.templates === undefined };
  return { ...config, ...paths, builtIn, ...(language ? { language, languages: [language] } : {}) };
}
