// Bundles the action, the CLI and their check worker into single-file ESM scripts under action/dist/
// (committed: GitHub runs actions from the repository without installing anything). `--outdir DIR` builds
// elsewhere, which the test that compares the committed bundle with a fresh build uses.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';
import { VALIDATORS_MODULE, compileSchemas } from './compile-schemas.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdirArg = process.argv.indexOf('--outdir');
const canonical = path.join(root, 'action/dist');
const outdir = outdirArg > 0 ? path.resolve(process.argv[outdirArg + 1]) : canonical;

// The schemas' validators are a source the bundle includes, compiled first from the schemas (not when building
// elsewhere: that build checks the committed sources as they are).
if (outdir === canonical) await writeFile(VALIDATORS_MODULE, compileSchemas());

// Built in memory against the canonical folder, so that source map paths are the same wherever it is written.
const result = await build({
  ...BUNDLE_OPTIONS,
  absWorkingDir: root,
  entryPoints: {
    index: 'action/src/action/main.ts',
    cli: 'action/src/cli/main.ts',
    // The thread large runs check files on; both entries above start it from this folder.
    'check-worker': 'action/src/shell/check-worker.ts',
  },
  outdir: canonical,
  write: false,
  splitting: false,
  sourcemap: 'linked',
  sourceRoot: '',
  legalComments: 'none',
});

await mkdir(outdir, { recursive: true });
for (const file of result.outputFiles) {
  await writeFile(path.join(outdir, path.relative(canonical, file.path)), file.contents);
}
