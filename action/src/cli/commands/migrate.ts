import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { migrateVendor } from '../../core/index.js';
import type { Finding } from '../../core/index.js';
import { listYamlFiles, openWorkspace, readSources } from '../../shell/read-workspace.js';
import type { Command } from '../cli-io.js';
import { formatFinding } from '../format-findings.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { toTerminalLine } from '../terminal-safe.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Rewrite schema-1 vendor files as schema 2, in place, keeping their comments and layout.',
  help: `Usage: vendor-review migrate [paths…]

Rewrites vendor evaluations of schema version "1" as version "2", in place (by default every YAML file under
the configured vendors folder; paths are files or folders inside the repository). The support terms (response
targets, service model, coverage, support fee, on-site service) move into one plan of support_plans, named
"evaluated" and chosen by evaluation.plan and every trial probe; evidence dates become \`retrieved\`; category
becomes a list. Comments, key order, quoting and every fact are kept. A file already at "2" is left as it is.

If any file cannot be migrated (not YAML, not a vendor file, an unknown version, a shape migrate would have to
guess about), its problems are printed and no file is written.

Options:
  -h, --help   show this help

Exit code: 0 when every file is at schema 2, 1 when a file could not be migrated, 2 on wrong usage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('migrate', args, {});
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    const { root, config } = openWorkspace(io.cwd);
    const listed = listYamlFiles(root, positionals.length ? positionals : [config.vendors]);
    const read = readSources(root, listed.files);
    // Every file is migrated in memory first: one that cannot be stops the run before anything is written.
    const results = read.sources.map((source) => ({ file: source.path, result: migrateVendor(source) }));
    const findings: Finding[] = [...listed.findings, ...read.findings, ...results.flatMap(({ result }) => (result.status === 'refused' ? result.findings : []))];
    if (findings.length) {
      for (const finding of findings) io.stdout(`${formatFinding(finding, io)}\n`);
      const files = new Set(findings.map((finding) => finding.file)).size;
      io.stdout(`No file was written: ${files} file${files === 1 ? '' : 's'} cannot be migrated. Fix the problems above, then run \`vendor-review migrate\` again.\n`);
      return 1;
    }
    if (!results.length) {
      io.stdout(`No vendor files found in ${toTerminalLine(positionals.length ? positionals.join(', ') : config.vendors)}: nothing to migrate.\n`);
      return 0;
    }
    let migrated = 0;
    for (const { file, result } of results) {
      if (result.status === 'migrated') {
        await replaceFile(path.join(root, file), result.text);
        migrated += 1;
      }
      io.stdout(`${toTerminalLine(file)}: ${result.status === 'migrated' ? 'migrated to schema 2' : 'already schema 2'}\n`);
    }
    const current = results.length - migrated;
    io.stdout(`${migrated} file${migrated === 1 ? '' : 's'} migrated, ${current} already schema 2. Run \`vendor-review check\`: it names what schema 2 asks for that schema 1 did not state.\n`);
    return 0;
  },
};

/** Writes a temporary file beside the target, then renames it over the target: a reader sees the old or the new file, never half of one. */
async function replaceFile(target: string, text: string): Promise<void> {
  const { mode } = await stat(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.migrate`);
  try {
    await writeFile(temporary, text, { flag: 'wx', mode: mode & 0o777 });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
