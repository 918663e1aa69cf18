import { beforeAll, describe, expect, it } from 'vitest';
import { compareBuilds, tryParseSemverBuild } from '../../src/parse/build/build.js';
import type { Catalog } from '../../src/catalog/model.js';
import { analyze, exposedIds, fixturePath, loadFixtureCatalog } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadFixtureCatalog('semver-product.yaml');
});

describe('a product versioned with semantic versions', () => {
  it.each([
    ['2.0.10', '2.0.9', 1],
    ['2.0.10', '2.0.10-rc.1', 1],
    ['1.10.0', '1.9.9', 1],
    ['2.0.1', '2.0.1+build.7', 0],
  ])('compares %s with %s numerically, as semver does (%i)', (a, b, expected) => {
    expect(compareBuilds(tryParseSemverBuild(a)!, tryParseSemverBuild(b)!)).toBe(expected);
  });

  it('identifies a release, and recommends the newest cumulative patch', () => {
    const report = analyze(catalog, '2.0.1', '2026-06-01');
    expect(report.installed).toMatchObject({ name: 'Widget Server 2.0.1', match: 'exact', line: '2.0' });
    expect(report.input.form).toBe('semver');
    expect(report.recommended?.name).toBe('Widget Server 2.0.10');
    expect(exposedIds(report)).toEqual(['WS-4']);
  });

  it('places a version between two patches as unlisted, comparing numerically', () => {
    const report = analyze(catalog, '2.0.9', '2026-06-01');
    expect(report.installed).toMatchObject({ match: 'unlisted' });
    expect(report.installed.below?.name).toBe('Widget Server 2.0.1');
    expect(report.installed.above?.name).toBe('Widget Server 2.0.10');
  });

  it('moves a server off a line that left support, carrying every earlier fix', () => {
    const report = analyze(catalog, '1.0.1', '2026-06-01');
    expect(report.status).toBe('unsupported');
    expect(report.recommended?.path.map((step) => step.name)).toEqual(['Widget Server 2.0.0', 'Widget Server 2.0.10']);
    expect(exposedIds(report).sort()).toEqual(['WS-2', 'WS-3', 'WS-4']);
  });

  it('reads a v-prefixed version on the command line, and still refuses garbage', async () => {
    const ok = await runInProcess(['v2.0.10', '--no-default-catalog', '--catalog', fixturePath('catalogs/semver-product.yaml'), '--as-of', '2026-06-01']);
    expect(ok.code).toBe(0);
    const bad = await runInProcess(['2.0', '--no-default-catalog', '--catalog', fixturePath('catalogs/semver-product.yaml'), '--as-of', '2026-06-01']);
    expect(bad.code).toBe(2);
  });

  it('lints a release whose build does not follow the product scheme', async () => {
    const { code } = await runInProcess(['catalog', 'lint', '--no-default-catalog', fixturePath('catalogs/semver-product.yaml')]);
    expect(code).toBe(0);
  });

  it('lives beside the dotted Exchange catalog', async () => {
    const { code, stdout } = await runInProcess(['2.0.10', '--catalog', fixturePath('catalogs/semver-product.yaml'), '--as-of', '2026-06-01', '-f', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ product: { id: 'widget-server' }, build: '2.0.10' });
  });
});

describe('a build that does not follow its product scheme', () => {
  it('is refused with the scheme named', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'rollup-check-scheme-')), 'mixed.yaml');
    writeFileSync(
      file,
      'schemaVersion: 1\npublished: 2026-06-01\nproducts:\n  - id: widget\n    name: Widget\n    versionScheme: semver\n    builds: { from: 1.0.0, below: 2.0.0 }\n    lines:\n      - name: "1.0"\n        releases:\n          - { name: Widget 1.0.0, build: 1.0.0.0, date: 2025-01-10, kind: rtm }\n',
    );
    const { code, stdout } = await runInProcess(['catalog', 'lint', '--no-default-catalog', file]);
    expect(code).toBe(3);
    expect(stdout).toBe(
      `${file}:11:35: error: products[0].lines[0].releases[0].build: must be a semantic version such as 2.4.1 (the product's versionScheme is semver) [schema]\n`,
    );
  });
});
