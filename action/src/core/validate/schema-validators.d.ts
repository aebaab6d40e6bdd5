// The types of schema-validators.js, which scripts/compile-schemas.mjs generates from schemas/*.json.
import type { ValidateFunction } from 'ajv';

export declare const vendor: ValidateFunction;
export declare const rubric: ValidateFunction;
export declare const config: ValidateFunction;
