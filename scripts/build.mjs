// Bundles the action, the CLI and their worker thread into single-file ESM scripts under action/dist/
// (committed: GitHub runs actions from the repository without installing anything). `--outdir DIR` builds
// elsewhere, which the test that compares the committed bundle with a fresh build uses.
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { REQUIRE_BANNER } from './require-banner.mjs';

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

// yaml checks two debugging switches, LOG_TOKENS and LOG_STREAM, in process.env for every token and document it
// parses. process.env is not a plain object: each read is a call into the C++ runtime (getenv), and for a vendor
// file these reads took about 15 % of the parse. The bundle reads each switch once, when yaml loads, which keeps
// its meaning (set it before starting); nothing else in yaml changes. A yaml release without these reads fails
// the build here, so that the patch is dropped rather than silently kept.
const YAML_ENV_SWITCHES = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, name: 'LOG_TOKENS' },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, name: 'LOG_STREAM' },
];
const yamlEnvOnce = {
  name: 'yaml-env-once',
  setup(plugin) {
    for (const { file, name } of YAML_ENV_SWITCHES) {
      plugin.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const read = `node_process.env.${name}`;
        if (!source.includes(read)) throw new Error(`${args.path} no longer reads ${read}: remove the yaml-env-once plugin`);
        const once = `__yaml${name}`;
        // Declared at the end, after 'use strict' and the module's own code, which only reads it when parsing.
        return { contents: `${source.replaceAll(read, once)}\nvar ${once} = require('process').env.${name};\n`, loader: 'js' };
      });
    }
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
