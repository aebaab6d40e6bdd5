// Bundles the action, the CLI and their worker thread into single-file ESM scripts under action/dist/
// (committed: GitHub runs actions from the repository without installing anything). `--outdir DIR` builds
// elsewhere, which the test that compares the committed bundle with a fresh build uses.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { REQUIRE_BANNER, yamlEnvOnce } from './bundle-options.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdirArg = process.argv.indexOf('--outdir');
const canonical = path.join(root, 'action/dist');
const outdir = outdirArg > 0 ? path.resolve(process.argv[outdirArg + 1]) : canonical;


/** ajv's standalone code for the vendor, rubric and config schemas, from scripts/generate-validators.ts. */
async function generateValidators() {
  const generator = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/generate-validators.ts'],
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: REQUIRE_BANNER },
  });
  const folder = await mkdtemp(path.join(tmpdir(), 'vendor-review-validators-'));
  try {
    const file = path.join(folder, 'generate-validators.mjs');
    await writeFile(file, generator.outputFiles[0].contents);
    return (await import(pathToFileURL(file).href)).generateValidators();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const validators = await generateValidators();
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]core[\\/]precompiled-validators\.ts$/ }, () => ({ contents: validators, loader: 'js', resolveDir: root }));
  },
};

// Built in memory against the canonical folder, so that source map paths are the same wherever it is written.
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'action/src/action/main.ts',
    cli: 'action/src/cli/main.ts',
    // The thread large runs check files and render pages on; both entries above start it from this folder.
    'pipeline-worker': 'action/src/shell/pipeline-worker.ts',
  },
  outdir: canonical,
  write: false,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  sourceRoot: '',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: REQUIRE_BANNER },
  // The schemas' validators come compiled (see action/src/core/precompiled-validators.ts); yaml's switches above.
  plugins: [precompiledValidators, yamlEnvOnce],
});

await mkdir(outdir, { recursive: true });
for (const file of result.outputFiles) {
  await writeFile(path.join(outdir, path.relative(canonical, file.path)), file.contents);
}
