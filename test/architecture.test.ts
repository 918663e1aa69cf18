import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const PURE = [
  'build',
  'core',
  'render',
  'gate',
  'fleet',
  'yaml',
  'catalog/document.ts',
  'catalog/model.ts',
  'catalog/rules',
  'catalog/validate-catalog.ts',
  'hosts/columns.ts',
  'hosts/detect-format.ts',
  'hosts/host-row.ts',
  'hosts/parse-host-rows.ts',
  'detect/parse-registry.ts',
  'calendar-date.ts',
  'errors.ts',
];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]));

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (match) => (match[1] ?? match[2] ?? match[3])!,
  );

const pureFiles = sourceFiles(SRC)
  .map((file) => relative(SRC, file))
  .filter((file) => PURE.some((entry) => file === entry || file.startsWith(`${entry}/`)));

describe('the pure core', () => {
  it('has files to check', () => {
    expect(pureFiles.length).toBeGreaterThan(15);
  });

  it.each(pureFiles)('%s imports no I/O, process or CLI code', (file) => {
    const imports = importsOf(join(SRC, file));
    expect(imports.filter((name) => name.startsWith('node:') || ['commander', 'ora', 'process'].includes(name))).toEqual([]);
    expect(imports.filter((name) => /(^|\/)(cli|run|main|load-catalog|package-paths)\.js$/.test(name))).toEqual([]);
    if (file !== 'render/text.ts' && file !== 'render/fleet/text.ts') expect(imports).not.toContain('chalk');
    expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(/\bprocess\./);
  });
});
