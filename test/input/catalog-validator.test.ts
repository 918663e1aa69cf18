import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogValidator } from '../../src/input/catalog-validator.js';
import { EMBEDDED_CATALOG_PATH, fixturePath } from '../support/helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../catalog/catalog.schema.json', import.meta.url), 'utf8')) as object;
const compiled = new Ajv({ allErrors: true, strict: true }).compile(schema);
const summary = (errors: unknown): string[] =>
  ((errors ?? []) as { instancePath: string; keyword: string }[]).map((error) => `${error.instancePath} ${error.keyword}`);

describe('the catalog validator the build compiles', () => {
  const precompiled = loadCatalogValidator();

  it('is there after a build', () => {
    expect(precompiled).not.toBeNull();
  });

  it.each([
    EMBEDDED_CATALOG_PATH,
    fixturePath('catalogs/broken/wrong-types.yaml'),
    fixturePath('catalogs/servicing.yaml'),
    fixturePath('catalogs/overlays/private-fix.yaml'),
    fixturePath('catalogs/overlays/unknown-product.yaml'),
  ])('judges %s as the schema compiled at run time does', (file) => {
    const data = parse(readFileSync(file, 'utf8')) as unknown;
    const valid = compiled(data);
    expect(precompiled!(data)).toBe(valid);
    expect(summary(precompiled!.errors)).toEqual(summary(compiled.errors));
  });
});
