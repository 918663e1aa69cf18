import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Release } from '../../src/catalog/model.js';
import { analyze, exposedIds, loadFixtureCatalog } from '../support/helpers.js';

let catalog: Catalog;
const release = (name: string): Release => catalog.releasesByName.get(name.toLowerCase())!;
const fixesOf = (name: string): string[] => [...catalog.contentsOf(release(name)).fixes].sort();

beforeAll(async () => {
  catalog = await loadFixtureCatalog('servicing.yaml');
});

describe('rule 1: a release contains its line predecessors and its own fixes', () => {
  it('accumulates along the line', () => {
    expect(fixesOf('Demo SP1 U2')).toEqual(['BUG-1', 'BUG-3', 'SEC-1', 'SEC-2', 'SEC-3']);
  });

  it('a non-cumulative release carries only its base and its own fixes; earlier line fixes are uncertain', () => {
    const contents = catalog.contentsOf(release('Demo SP1 U3'));
    expect([...contents.fixes].sort()).toEqual(['BUG-1', 'BUG-3', 'SEC-1', 'SEC-4']);
    expect([...contents.uncertain].sort()).toEqual(['SEC-2', 'SEC-3']);
  });

  it('reports those fixes as uncertain exposure for a server on the non-cumulative release', () => {
    const report = analyze(catalog, '1.1.130.0', '2020-09-01', 'newest');
    const uncertain = report.exposed.filter((fix) => !fix.certain).map((fix) => fix.id);
    expect(uncertain.sort()).toEqual(['SEC-2', 'SEC-3']);
    expect(report.warnings.map((warning) => warning.code)).toContain('non-cumulative-release');
  });
});

describe('rule 2: a base release contains everything published strictly before it', () => {
  it('takes fixes of other lines published before it, but not later ones', () => {
    expect(fixesOf('Demo SP1')).toEqual(['BUG-1', 'BUG-3', 'SEC-1']);
  });

  it('counts every earlier release, plus the extra fixes the catalog lists for the base', () => {
    expect(fixesOf('Demo SP2')).toEqual(['BUG-1', 'BUG-3', 'SEC-1', 'SEC-2', 'SEC-3', 'SEC-4', 'SEC-5']);
  });
});

describe('rule 3: one fix id across lines', () => {
  it('does not report a fix the server got on its own line', () => {
    const report = analyze(catalog, '1.0.120.0', '2020-09-01');
    expect(report.recommended?.name).toBe('Demo SP2');
    expect(exposedIds(report)).not.toContain('SEC-2');
    expect(exposedIds(report).sort()).toEqual(['BUG-3', 'SEC-3', 'SEC-4', 'SEC-5']);
  });
});

describe('rule 4: a replaced release is never recommended', () => {
  it('recommends the re-release once it exists', () => {
    const report = analyze(catalog, '1.1.110.0', '2020-04-20');
    expect(report.recommended?.name).toBe('Demo SP1 U2v2');
  });

  it('recommends the original before the re-release was published', () => {
    const report = analyze(catalog, '1.1.110.0', '2020-04-05');
    expect(report.recommended?.name).toBe('Demo SP1 U2');
  });

  it('tells a server on the replaced release to install the replacement', () => {
    const report = analyze(catalog, '1.1.120.0', '2020-04-20');
    expect(report.status).toBe('behind');
    expect(report.warnings.find((warning) => warning.code === 'replaced-release')?.message).toContain('Demo SP1 U2v2');
  });
});
