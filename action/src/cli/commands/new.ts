import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VENDOR_SCHEMA, releasedSchemaUrl, writeVendorSkeleton } from '../../core/index.js';
import { openWorkspace } from '../../shell/read-workspace.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../cli-io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { toTerminalLine } from '../terminal-safe.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export const newCommand: Command = {
  name: 'new',
  summary: 'Start a vendor evaluation: writes vendors/<id>.yaml from a commented skeleton.',
  help: `Usage: vendor-review new <id> [--name "Display name"]

Writes <vendors folder>/<id>.yaml: every field of the vendor schema with its meaning and allowed values,
the required ones ready to fill in (category, an evaluator, a support plan), the optional ones commented out. An existing file
is never overwritten.

Arguments:
  <id>          lowercase letters, digits and hyphens, e.g. cloudbridge-class (the file name without .yaml)

Options:
  --name TEXT   the vendor's display name (may be Chinese); defaults to the id
  -h, --help    show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('new', args, { name: { type: 'string' } });
    if (values.help) return (io.stdout(`${this.help}\n`), 0);
    const [id, ...extra] = positionals;
    if (!id || extra.length) throw new UsageError('new: give exactly one id, e.g. `vendor-review new cloudbridge-class`.');
    if (!ID_PATTERN.test(id)) {
      throw new UsageError(`new: \`${id}\` is not a valid id: use 2-63 lowercase letters, digits and hyphens, e.g. cloudbridge-class.`);
    }
    const { config } = openWorkspace(io.cwd);
    const file = path.posix.join(config.vendors, `${id}.yaml`);
    const text = writeVendorSkeleton({ schema: VENDOR_SCHEMA, id, name: values.name ?? id, today: io.today, schemaRef: schemaRefFor(io.cwd, file) });
    await mkdir(path.join(io.cwd, config.vendors), { recursive: true });
    try {
      await writeFile(path.join(io.cwd, file), text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      io.stderr(`vendor-review new: ${toTerminalLine(file)} already exists; it was left unchanged. Edit it, or choose another id.\n`);
      return 1;
    }
    io.stdout(
      `Wrote ${toTerminalLine(file)}. Fill in \`category\`, an evaluator's \`name\` and the plan's \`name\`, then run \`vendor-review check ${toTerminalLine(file)}\`.\n`,
    );
    return 0;
  },
};

/** This repository's schema when it has one (a fork of the tool), else the released schema of this version. */
function schemaRefFor(root: string, file: string): string {
  const local = 'schemas/vendor.schema.json';
  return existsSync(path.join(root, local)) ? path.posix.relative(path.posix.dirname(file), local) : releasedSchemaUrl('vendor');
}
