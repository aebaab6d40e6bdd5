// Some dependencies (handlebars, tunnel) are CommonJS and call require(): every ESM bundle esbuild makes here
// (scripts/build.mjs, the benchmark's modules) starts with one.
export const REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
