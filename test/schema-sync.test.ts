import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIX_KINDS, RELEASE_KINDS } from '../src/catalog/document.js';
import { SEVERITIES } from '../src/shared/severity.js';
import { MATCHES } from '../src/analyse/identify.js';
import { CONFIDENCES, REQUIREMENT_STATES, STATUSES } from '../src/analyse/report.js';
import { VERSION_SCHEMES } from '../src/parse/build/build.js';
import { BUILD_STRING_FORMS } from '../src/parse/build/parse-build-string.js';

const readJson = (path: string): Record<string, never> => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, never>;
const catalogSchema = readJson('../catalog/catalog.schema.json');
const reportSchema = readJson('../docs/report.schema.json');

const at = (schema: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], schema);

describe('the published schemas and the code agree', () => {
  it.each([
    ['release kinds', at(catalogSchema, 'definitions', 'release', 'properties', 'kind', 'enum'), RELEASE_KINDS],
    ['version schemes', at(catalogSchema, 'definitions', 'product', 'properties', 'versionScheme', 'enum'), VERSION_SCHEMES],
    ['fix kinds', at(catalogSchema, 'definitions', 'fix', 'properties', 'kind', 'enum'), FIX_KINDS],
    ['severities', at(catalogSchema, 'definitions', 'fix', 'properties', 'severity', 'enum'), SEVERITIES],
    ['report statuses', at(reportSchema, 'properties', 'status', 'enum'), STATUSES],
    ['report confidences', at(reportSchema, 'properties', 'confidence', 'enum'), CONFIDENCES],
    ['identification matches', at(reportSchema, 'properties', 'installed', 'properties', 'match', 'enum'), MATCHES],
    ['requirement states', at(reportSchema, 'properties', 'required', 'items', 'properties', 'state', 'enum'), REQUIREMENT_STATES],
    ['input forms', at(reportSchema, 'properties', 'input', 'properties', 'form', 'enum'), BUILD_STRING_FORMS],
    [
      'exposed severities',
      (at(reportSchema, 'properties', 'exposed', 'items', 'properties', 'severity', 'enum') as unknown[]).filter((value) => value !== null),
      SEVERITIES,
    ],
  ])('%s', (_, inSchema, inCode) => {
    expect(inSchema).toEqual([...inCode]);
  });
});
