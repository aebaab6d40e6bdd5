// The benchmark's TypeScript helpers import the pipeline's sources; esbuild bundles them into .bench/build, the
// same way scripts/build.mjs bundles the action, so they time the code as it is now, not the committed bundle.
import { build } from 'esbuild';
import path from 'node:path';
import { BUNDLE_OPTIONS } from '../bundle-options.mjs';

const ENTRIES = {
  'generate-vendors': 'scripts/bench/generate-vendors.ts',
  'measure-stages': 'scripts/bench/measure-stages.ts',
  'measure-pull-request': 'scripts/bench/measure-pull-request.ts',
};

export async function bundleBenchModules(root, outdir) {
  await build({ ...BUNDLE_OPTIONS, absWorkingDir: root, entryPoints: ENTRIES, outdir, outExtension: { '.js': '.mjs' } });
  const bundled = (name) => path.join(outdir, `${name}.mjs`);
  return {
    generateVendors: bundled('generate-vendors'),
    measureStages: bundled('measure-stages'),
    measurePullRequest: bundled('measure-pull-request'),
    floorParse: path.join(root, 'scripts/bench/floor-parse.mjs'),
    recordPeakMemory: path.join(root, 'scripts/bench/record-peak-memory.mjs'),
  };
}
