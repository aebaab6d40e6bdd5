// Where an editor finds the vendor schema in a repository that does not hold it: the file as released, under the
// immutable tag of this version, so that completion matches the tool that checks the files.
import packageJson from '../../../../package.json' with { type: 'json' };

export function releasedSchemaUrl(schema: 'vendor' | 'rubric' | 'config'): string {
  const repository = packageJson.repository.url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace('https://github.com/', '');
  return `https://raw.githubusercontent.com/${repository}/v${packageJson.version}/schemas/${schema}.schema.json`;
}
