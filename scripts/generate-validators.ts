// ajv's standalone code for the schemas every run validates against, compiled with the options the pipeline
// uses (createAjv): scripts/build.mjs puts it in the bundle in place of action/src/core/precompiled-validators.ts.
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { VENDOR_SCHEMA } from '../action/src/core/check-vendor-file.js';
import { CONFIG_SCHEMA } from '../action/src/core/config.js';
import { RUBRIC_SCHEMA } from '../action/src/core/rubric/check-rubric.js';
import { createAjv } from '../action/src/core/validate-schema.js';

// CommonJS with a default export, like ajv-formats (see validate-schema.ts).
const standaloneCode = ((standaloneCodeModule as unknown as { default?: typeof standaloneCodeModule }).default ??
  standaloneCodeModule) as typeof standaloneCodeModule;

export function generateValidators(): string {
  const schemas = [VENDOR_SCHEMA, RUBRIC_SCHEMA, CONFIG_SCHEMA];
  const ajv = createAjv({ standalone: true });
  for (const schema of schemas) ajv.addSchema(schema);
  const names = schemas.map((_, index) => `validate${index}`);
  const code = standaloneCode(ajv, Object.fromEntries(schemas.map((schema, index) => [names[index], String(schema.$id)])));
  const byId = schemas.map((schema, index) => `${JSON.stringify(schema.$id)}: ${names[index]}`).join(', ');
  return `${code}\nexport const PRECOMPILED = { ${byId} };\n`;
}
