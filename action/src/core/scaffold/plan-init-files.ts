// What `vendor-review init` writes: each file of an evaluation repository with its text, from the package's
// scaffold/ texts and this release. Placeholders are `{{name}}` without spaces, so a workflow's `${{ github.token }}`
// is never one.
import type { Language } from '../types/rubric.js';
import { schemaUrlOf } from './schema-url.js';

export interface InitRequest {
  /** The package's scaffold/ files, keyed by their path in that folder. */
  scaffold: Readonly<Record<string, string>>;
  /** This release: its version (0.1.0) and GitHub repository (owner/name), which the action and schemas are named by. */
  version: string;
  repository: string;
  language: Language;
  /** A full commit SHA to pin the action to instead of the major version's tag. */
  pin: string | null;
  example: boolean;
}

export interface PlannedFile {
  /** The repository path, forward slashes. */
  path: string;
  text: string;
}

export const EXAMPLE_VENDOR = 'vendors/example-vendor.yaml';

/** Each file in the order init reports it, by its scaffold source; the README is the one of the chosen language. */
const LAYOUT: ReadonlyArray<{ path: string; source: (language: Language) => string }> = [
  { path: 'README.md', source: (language) => `README.${language}.md` },
  { path: 'vendor-review.config.yaml', source: () => 'vendor-review.config.yaml' },
  { path: EXAMPLE_VENDOR, source: () => 'vendors/example-vendor.yaml' },
  ...['CODEOWNERS', 'pull_request_template.md', 'ISSUE_TEMPLATE/evaluate-vendor.yml', 'workflows/review.yml', 'workflows/publish.yml'].map((file) => ({
    path: `.github/${file}`,
    source: () => `github/${file}`,
  })),
  ...['settings.json', 'extensions.json'].map((file) => ({ path: `.vscode/${file}`, source: () => `vscode/${file}` })),
];

export function planInitFiles(request: InitRequest): PlannedFile[] {
  const values = placeholderValues(request);
  return LAYOUT.filter((file) => request.example || file.path !== EXAMPLE_VENDOR).map((file) => {
    const source = file.source(request.language);
    const text = request.scaffold[source];
    if (text === undefined) throw new Error(`The package's scaffold/${source} is missing; reinstall vendor-review.`);
    return { path: file.path, text: fillPlaceholders(source, text, values) };
  });
}

/** The `uses:` value of the action's steps: the major version's tag, or the pinned commit with the version it holds. */
export function actionReference(request: Pick<InitRequest, 'version' | 'repository' | 'pin'>): string {
  const action = `${request.repository}/action`;
  return request.pin ? `${action}@${request.pin} # v${request.version}` : `${action}@v${request.version.split('.')[0]}`;
}

function placeholderValues(request: InitRequest): Record<string, string> {
  // The schemas as released under this version's immutable tag: editors find them without node_modules.
  return {
    action: actionReference(request),
    version: request.version,
    language: request.language,
    vendor_schema: schemaUrlOf(request, 'vendor'),
    rubric_schema: schemaUrlOf(request, 'rubric'),
    config_schema: schemaUrlOf(request, 'config'),
  };
}

function fillPlaceholders(source: string, text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{([a-z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`scaffold/${source} has the unknown placeholder {{${name}}}.`);
    return value;
  });
}
