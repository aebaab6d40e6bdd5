// Where an editor finds the vendor schema in a repository that does not hold it: the file as released, under the
// immutable tag of this version, so that completion matches the tool that checks the files.
import packageJson from '../../../../package.json' with { type: 'json' };

/** owner/name of this package's repository on GitHub, from package.json. */
export function packageRepository(): string {
  return packageJson.repository.url.replace(/^git\+https:\/\/github\.com\//, '').replace(/\.git$/, '');
}

/** A schema as released: under the immutable tag of `version` in `repository` (owner/name). */
export function schemaUrlOf(release: { repository: string; version: string }, schema: 'vendor' | 'rubric' | 'config'): string {
  return `https://raw.githubusercontent.com/${release.repository}/v${release.version}/schemas/${schema}.schema.json`;
}

/** This package's own release of a schema. */
export function releasedSchemaUrl(schema: 'vendor' | 'rubric' | 'config'): string {
  return schemaUrlOf({ repository: packageRepository(), version: packageJson.version }, schema);
}
