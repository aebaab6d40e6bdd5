// The rubric and templates the package ships. A repository without its own uses them; its own rubric.yaml
// replaces the rubric, and each template file it has replaces the built-in one of the same name (the whole set, or
// a single partial).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import type { SourceFile } from '../core/index.js';
import { packageRoot, readPackageFolder } from './package-root.js';

/** How findings and `check` name the built-in rubric: the package and its version, never a repository path. */
export const BUILT_IN_RUBRIC = `vendor-review@${packageJson.version}/rubric.yaml`;

export function readBuiltInRubric(): SourceFile {
  return { path: BUILT_IN_RUBRIC, text: readFileSync(path.join(packageRoot(), 'rubric.yaml'), 'utf8') };
}

let templates: Readonly<Record<string, string>> | null = null;

/** Every .hbs of the package's templates/, keyed by its path in that folder (e.g. partials/ranking.hbs). */
export function readBuiltInTemplates(): Readonly<Record<string, string>> {
  return (templates ??= readPackageFolder('templates', (file) => file.endsWith('.hbs')));
}

/** The built-in templates with the repository's own on top: `own` names the files the repository overrides. */
export function withBuiltInTemplates(own: Readonly<Record<string, string>>): Record<string, string> {
  return { ...readBuiltInTemplates(), ...own };
}
