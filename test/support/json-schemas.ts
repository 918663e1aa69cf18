import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

const schema = (name: string): object => JSON.parse(readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema('report.schema.json'));
const validateReport = ajv.getSchema('https://rollup-check.dev/report.schema.json')!;
const validateFleet = ajv.compile(schema('fleet.schema.json'));

const errorsOf = (validate: ValidateFunction, value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? error.keyword}`);

/** What docs/report.schema.json finds wrong with a single-build JSON report. */
export const reportSchemaErrors = (value: unknown): string[] => errorsOf(validateReport, value);

/** What docs/fleet.schema.json finds wrong with a host-list JSON report or one JSON-lines record. */
export const fleetSchemaErrors = (value: unknown): string[] => errorsOf(validateFleet, value);
