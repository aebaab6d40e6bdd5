// Where an editor finds the vendor schema in a repository that does not hold it: the file as released, under the
// immutable tag of this version, so that completion matches the tool that checks the files.
import packageJson from '../../../../package.json' with { type: 'json' };

/** owner/name of this package's repository on GitHub, from package.json. */
export function packageRepository(): string {
  return packageJson.repository.url.replace(/^git\+https:\/\/github\.com\//, '').replace(/\.git$/, '');
}

export function releasedSchemaUrl(schema: 'vendor' | 'rubric' | 'config'): string {
  return `https://raw.githubusercontent.com/${packageRepository()}/v${packageJson.version}/schemas/${schema}.schema.json`;
}
