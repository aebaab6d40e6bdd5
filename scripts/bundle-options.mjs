// What every ESM bundle esbuild makes here (scripts/build.mjs, the benchmark's modules) shares, so that the
// benchmark times the code as the action and the CLI run it.
import { readFile } from 'node:fs/promises';

// Some dependencies (handlebars, tunnel) are CommonJS and call require(): every bundle starts with one.
export const REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// yaml checks two debugging switches, LOG_TOKENS and LOG_STREAM, in process.env for every token and document it
// parses. process.env is not a plain object: each read is a call into the C++ runtime (getenv), and for a vendor
// file these reads took about 15 % of the parse. The bundle reads each switch once, when yaml loads, which keeps
// its meaning (set it before starting); nothing else in yaml changes. A yaml release without these reads fails
// the build here, so that the patch is dropped rather than silently kept.
const YAML_ENV_SWITCHES = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, name: 'LOG_TOKENS' },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, name: 'LOG_STREAM' },
];
export const yamlEnvOnce = {
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
