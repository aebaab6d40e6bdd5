// The floor a YAML-based checker cannot go below: read every vendor file and parse it with `yaml`, one after
// another, with the options of action/src/core/parse-yaml.ts, and nothing else. Run as its own cold process,
// like the CLI, so both pay Node's start-up and module loading.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

const folder = process.argv[2];
if (!folder) throw new Error('usage: floor-parse <vendors folder>');
let documents = 0;
for (const name of (await readdir(folder)).sort()) {
  const text = await readFile(path.join(folder, name), 'utf8');
  const parsed = parseAllDocuments(text, { lineCounter: new LineCounter(), schema: 'core', version: '1.2', uniqueKeys: false, prettyErrors: false, strict: true });
  documents += Array.isArray(parsed) ? parsed.length : 0;
}
process.stdout.write(`${documents} documents\n`);
