import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-in-process.js';

/** Every YAML example in docs/catalog.md whose first line is `# overlay example: NAME`, written to a file of that name. */
const docs = readFileSync(new URL('../../docs/catalog.md', import.meta.url), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'rollup-check-doc-overlays-'));
const examples = [...docs.matchAll(/```yaml\n# overlay example: (\S+)\n([\s\S]*?)```/g)].map(([, name, body]) => {
  const path = join(work, name!);
  writeFileSync(path, body!);
  return { name: name!, path };
});
const example = (name: string): string => examples.find((entry) => entry.name === name)!.path;

describe('the overlay examples in docs/catalog.md', () => {
  it('are there', () => {
    expect(examples.map((entry) => entry.name)).toEqual(['private-fix.yaml', 'own-fix-on-public-release.yaml']);
  });

  it.each(examples.map((entry) => [entry.name, entry.path]))('%s passes catalog lint without a finding', async (_, path) => {
    const { code, stdout, stderr } = await runInProcess(['catalog', 'lint', path]);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^rollup-check: 0 errors, 0 warnings in 1 catalog[;\n]/);
    expect(code).toBe(0);
  });

  it('private-fix.yaml: a server on the private fix is identified, and one before it is pointed at the public release', async () => {
    const onFix = JSON.parse(
      (await runInProcess(['15.2.1544.10', '--catalog', example('private-fix.yaml'), '--as-of', '2024-06-01', '-f', 'json'])).stdout,
    ) as {
      installed: { name: string };
    };
    expect(onFix.installed.name).toBe('Contoso private fix for Exchange 2019 CU14 (case 2405070010001234)');
    const before = JSON.parse(
      (await runInProcess(['15.2.1544.4', '--catalog', example('private-fix.yaml'), '--as-of', '2025-01-15', '-f', 'json'])).stdout,
    ) as {
      exposed: { id: string; fixedIn: string }[];
    };
    expect(before.exposed.find((fix) => fix.id === 'CONTOSO-1')?.fixedIn).toBe('Exchange 2019 CU14 Nov24SUv2');
  });

  it('own-fix-on-public-release.yaml: the re-listed release carries the organisation-specific fix', async () => {
    const report = JSON.parse(
      (await runInProcess(['15.2.1748.10', '--catalog', example('own-fix-on-public-release.yaml'), '--as-of', '2025-05-01', '-f', 'json'])).stdout,
    ) as {
      exposed: { id: string; fixedIn: string }[];
    };
    expect(report.exposed.find((fix) => fix.id === 'CONTOSO-2')?.fixedIn).toBe('Exchange 2019 CU15 Apr25HU');
  });
});
