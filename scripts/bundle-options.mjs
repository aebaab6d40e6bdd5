// What every ESM bundle esbuild makes here (scripts/build.mjs, the benchmark's modules) shares, so that the
// benchmark times the code as the action and the CLI run it.

export const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Some dependencies (handlebars, tunnel) are CommonJS and call require(): every bundle starts with one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
