// Validators compiled ahead of time, by schema $id. Empty here: run from the TypeScript sources (the tests),
// schemas are compiled by ajv on first use. scripts/build.mjs replaces this module in the bundle with ajv's
// standalone code for the vendor, rubric and config schemas (scripts/generate-validators.ts), made with the same
// ajv options, so that no run and no worker thread compiles them.
import type { ValidateFunction } from 'ajv';

export const PRECOMPILED: Readonly<Record<string, ValidateFunction>> = {};
