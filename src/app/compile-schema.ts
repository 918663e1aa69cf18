import { Ajv } from 'ajv';
import type { SchemaValidator } from '../parse/yaml/validate-yaml.js';

const compiled = new WeakMap<object, SchemaValidator>();

/**
 * A JSON Schema of the package's own, compiled once per process. The schemas are checked against
 * the meta-schema by the tests: compiling the meta-schema on every run would cost more than
 * validating a file.
 */
export function compileSchema(schema: object): SchemaValidator {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new Ajv({ allErrors: true, strict: true, validateSchema: false }).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
