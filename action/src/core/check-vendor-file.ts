// One vendor file on its own: parse once, validate against the vendor schema, then the cross-field rules.
// Each stage runs only when the one before found nothing, so a user sees the first real problem, not its echoes.
import vendorSchema from '../../../schemas/vendor.schema.json' with { type: 'json' };
import { checkVendorRules } from './check-vendor-rules.js';
import type { Finding } from './findings.js';
import { parseYaml } from './parse-yaml.js';
import type { ParsedYaml, SourceFile } from './parse-yaml.js';
import { validateAgainstSchema } from './validate-schema.js';
import type { JsonSchema } from './validate-schema.js';
import type { VendorEvaluation } from './vendor-types.js';

export const VENDOR_SCHEMA = vendorSchema as JsonSchema;

export interface LoadedVendor {
  file: string;
  data: VendorEvaluation;
  parsed: ParsedYaml;
}

export function checkVendorFile(source: SourceFile): { vendor: LoadedVendor | null; findings: Finding[] } {
  const parsed = parseYaml(source);
  if (parsed.findings.length) return { vendor: null, findings: parsed.findings };
  const schemaFindings = validateAgainstSchema(parsed, VENDOR_SCHEMA);
  if (schemaFindings.length) return { vendor: null, findings: schemaFindings };
  const vendor = { file: source.path, data: parsed.data as VendorEvaluation, parsed };
  const ruleFindings = checkVendorRules(vendor);
  return { vendor: ruleFindings.length ? null : vendor, findings: ruleFindings };
}
