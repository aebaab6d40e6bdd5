// One vendor file on its own: parse once, validate against the vendor schema, then the cross-field rules.
// Each stage runs only when the one before found nothing, so a user sees the first real problem, not its echoes.
import vendorSchema from '../../../../schemas/vendor.schema.json' with { type: 'json' };
import { checkVendorRules, locateAnchors } from './check-vendor-rules.js';
import type { VendorAnchors } from './check-vendor-rules.js';
import { computeBlobSha } from '../text/compute-blob-sha.js';
import type { Finding } from '../types/findings.js';
import { capFindings } from './findings.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceFile } from './parse-yaml.js';
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

export function checkVendorFile(source: SourceFile): { vendor: LoadedVendor | null; findings: Finding[] } {
  const parsed = parseYaml(source);
  if (parsed.findings.length) return { vendor: null, findings: capFindings(source.path, parsed.findings) };
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
