import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

describe('rollup-check catalog lint', () => {
  it('lints the embedded catalog by default and exits 0 when it holds only warnings', async () => {
    const { code, stdout, stderr } = await runInProcess(['catalog', 'lint']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'embedded:exchange.yaml:65:13: warning: products[0].lines[0].releases[5].name: "Exchange 2007 RU5" has no KB article [release-has-kb]',
    );
    expect(stderr).toBe('rollup-check: 0 errors, 6 warnings in 1 catalog\n');
  });

  it('lists every error and every warning at once and exits 3 on an error', async () => {
    const broken = fixturePath('catalogs/broken/broken-rules.yaml');
    const { code, stdout, stderr } = await runInProcess(['catalog', 'lint', '--no-default-catalog', broken]);
    expect(code).toBe(3);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain(
      `${broken}:17:70: error: products[0].lines[1].releases[0].kind: line SP1 starts with "Demo SP1 U1" of kind su; the lowest build of a line must be its base release (preview, rtm, sp, cu) [one-base-release-per-line]`,
    );
    expect(lines).toContain(`${broken}:20:7: warning: fixes[1].id: fix SEC-2 is not shipped by any release [every-fix-shipped]`);
    expect(stderr).toBe('rollup-check: 9 errors, 7 warnings in 1 catalog\n');
  });

  it("lints an overlay layered on the catalogs it extends, listing the overlay's own problems", async () => {
    const warned = fixturePath('catalogs/warnings.yaml');
    const { code, stdout, stderr } = await runInProcess(['catalog', 'lint', warned]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${warned}:15:7: warning: fixes[1].id: fix SEC-2 is not shipped by any release [every-fix-shipped]`);
    expect(stdout).not.toContain('embedded:exchange.yaml');
    expect(stderr).toMatch(/in 1 catalog; 6 findings in the catalogs they extend \(--include-base lists them\)\n$/);
  });

  it("lists the base catalog's warnings too with --include-base", async () => {
    const warned = fixturePath('catalogs/warnings.yaml');
    const { code, stdout } = await runInProcess(['catalog', 'lint', warned, '--include-base']);
    expect(code).toBe(0);
    expect(stdout).toContain(`${warned}:15:7: warning:`);
    expect(stdout).toContain('embedded:exchange.yaml:65:13: warning:');
  });

  it('reports nothing for the private-fix overlay the catalog documentation shows', async () => {
    const { code, stdout } = await runInProcess(['catalog', 'lint', fixturePath('catalogs/overlays/private-fix.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it.each([
    ['duplicate-key.yaml', '4:1', 'yaml'],
    ['wrong-types.yaml', '15:13', 'schema'],
    ['proto-key.yaml', '5:5', 'yaml'],
  ])('gives %s a position and a rule id', async (file, position, rule) => {
    const { stdout } = await runInProcess(['catalog', 'lint', '--no-default-catalog', fixturePath(`catalogs/broken/${file}`), '-f', 'json']);
    const { problems } = JSON.parse(stdout) as { problems: { line: number; column: number; severity: string; rule: string }[] };
    expect(problems.map((problem) => `${problem.line}:${problem.column}`)).toContain(position);
    expect(problems.every((problem) => problem.severity === 'error' && problem.rule === rule)).toBe(true);
  });
});

describe('lint rules with their positions', () => {
  it('reports duplicate ids and builds, overlapping ranges and a private fix without a later public rollup, and accepts an explained date order', async () => {
    const file = fixturePath('catalogs/broken/more-rules.yaml');
    const { stdout } = await runInProcess(['catalog', 'lint', '--no-default-catalog', file]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => line.replace(`${file}:`, ''));
    expect(lines).toEqual([
      '11:35: error: products[0].lines[0].releases[1].build: build 1.0.100.0 of alpha is defined twice (first at line 10) [unique-builds]',
      '12:87: error: products[0].lines[0].releases[2].includedIn: "Alpha private" names "Alpha RTM" in includedIn, which is not a later public release on its line [included-in-later-release]',
      '14:5: error: products[1].id: product id "alpha" is defined twice (first at line 4) [unique-product-ids]',
      '16:5: error: products[1].builds: builds of alpha overlap those of alpha [product-ranges-disjoint]',
      '22:7: warning: fixes[0].id: fix A-1 is not shipped by any release [every-fix-shipped]',
      '23:7: error: fixes[1].id: fix "a-1" is defined twice (first at line 22) [unique-fix-ids]',
      '23:7: warning: fixes[1].id: fix a-1 is not shipped by any release [every-fix-shipped]',
    ]);
  });
});
