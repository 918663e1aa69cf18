import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileSchema } from '../../../src/app/compile-schema.js';
import type { CatalogDocument } from '../../../src/catalog/document.js';
import { layerCatalogs } from '../../../src/catalog/layer-catalogs.js';
import { writeOverlayText } from '../../../src/catalog/import/overlay.js';
import { planImport } from '../../../src/catalog/import/plan-import.js';
import { readImportFiles } from '../../../src/input/import-files.js';
import { parseImportSources } from '../../../src/parse/import/import-sources.js';
import { EMBEDDED_CATALOG_PATH, fixturePath } from '../../support/helpers.js';

const text = readFileSync(EMBEDDED_CATALOG_PATH, 'utf8');
const schema = compileSchema(JSON.parse(readFileSync(new URL('../../../catalog/catalog.schema.json', import.meta.url), 'utf8')) as object);
const overlayOf = (names: string[]) => {
  const sources = parseImportSources(readImportFiles(names.map((name) => join(fixturePath('import'), name))));
  const { work, log } = planImport(parse(text) as CatalogDocument, sources, { today: '2026-11-30', factsComplete: null });
  return { overlay: writeOverlayText(work, '# overlay\n', log), log };
};

describe('writing an import as an overlay', () => {
  it('carries new releases, fixes and fixes added to existing releases, and layers without conflict', () => {
    const { overlay, log } = overlayOf(['records', 'records-revised', 'build-table.csv', 'kev.json']);
    const layered = layerCatalogs(
      [
        { file: 'exchange.yaml', text, digest: '' },
        { file: 'overlay.yaml', text: overlay, digest: '' },
      ],
      schema,
    );
    expect(layered.errors).toEqual([]);
    expect(overlay).toContain('          - name: Exchange SE RTM Oct26SUv2\n');
    expect(overlay).toContain('  - id: CVE-2026-90002\n');
    expect(log.conflicts.map((conflict) => conflict.message)).toContain(
      'CVE-2026-21527: an overlay cannot change a fix an earlier catalog defines; import into the catalog itself',
    );
  });

  it('is an empty overlay when there is nothing to add', () => {
    expect(overlayOf(['kev.json']).overlay).toBe('# overlay\nschemaVersion: 1\npublished: 2026-11-30\nfactsComplete: 2026-10-08\nproducts: []\n');
  });
});
