// One vendor file on its own: parse once, validate against the vendor schema, then the cross-field rules.
// Each stage runs only when the one before found nothing, so a user sees the first real problem, not its echoes.
import packageJson from '../../../../package.json' with { type: 'json' };
import vendorSchema from '../../../../schemas/vendor.schema.json' with { type: 'json' };
import { checkVendorRules, locateAnchors } from './check-vendor-rules.js';
import type { VendorAnchors } from './check-vendor-rules.js';
import { computeBlobSha } from '../text/compute-blob-sha.js';
import type { Finding } from '../types/findings.js';
import { capFindings } from './findings.js';
import { findingAt } from './locate-node.js';
import { parseYaml } from './parse-yaml.js';
import type { ParsedYaml, SourceFile } from './parse-yaml.js';
import { validateAgainstSchema } from './validate-schema.js';
import type { JsonSchema } from './validate-schema.js';
import type { VendorEvaluation } from '../types/vendor.js';

export const VENDOR_SCHEMA = vendorSchema as JsonSchema;

/** A vendor file that passed its own checks. Plain data: it can be sent to another thread or kept for long. */
export interface LoadedVendor {
  file: string;
  /** Git's blob SHA of the file's bytes: what a pull request compares to reuse earlier results. */
  blob: string;
  data: VendorEvaluation;
  anchors: VendorAnchors;
}

/** The schema version this tool reads; older files are migrated, newer ones are never guessed at. */
const SCHEMA_VERSION = 2;

/** One finding for a file of another schema version: every moved field would fail, and the fix is elsewhere. */
function schemaVersionFinding(parsed: ParsedYaml): Finding | null {
  const written = Number((parsed.data as { schema_version?: unknown } | null)?.schema_version);
  if (written === 1) {
    return findingAt(parsed, {
      path: ['schema_version'],
      code: 'schema-version-old',
      message: `This file is written for schema version ${written}; vendor-review now reads version ${SCHEMA_VERSION}, where the support terms belong to support plans.`,
      hint: `Run \`vendor-review migrate ${parsed.file}\` to rewrite it in place (comments and facts are kept), then check it again.`,
    });
  }
  if (!Number.isInteger(written) || written <= SCHEMA_VERSION) return null;
  return findingAt(parsed, {
    path: ['schema_version'],
    code: 'schema-version-new',
    message: `This file is written for schema version ${written}, newer than this vendor-review (${packageJson.version}) reads (version ${SCHEMA_VERSION}).`,
    hint: 'Update vendor-review: a newer action tag in the workflows, or `npx vendor-review@latest`.',
  });
}

export function checkVendorFile(source: SourceFile): { vendor: LoadedVendor | null; findings: Finding[] } {
  const parsed = parseYaml(source);
  if (parsed.findings.length) return { vendor: null, findings: capFindings(source.path, parsed.findings) };
  const version = schemaVersionFinding(parsed);
  if (version) return { vendor: null, findings: [version] };
  const schemaFindings = validateAgainstSchema(parsed, 'vendor');
  if (schemaFindings.length) return { vendor: null, findings: schemaFindings };
  const located = { parsed, data: parsed.data as VendorEvaluation };
  const ruleFindings = checkVendorRules(located);
  if (ruleFindings.length) return { vendor: null, findings: capFindings(source.path, ruleFindings) };
  return {
    vendor: { file: source.path, blob: computeBlobSha(source.text), data: located.data, anchors: locateAnchors(located) },
    findings: [],
  };
}
