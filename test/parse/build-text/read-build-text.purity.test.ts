import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../src/parse/build-text/', import.meta.url));
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
const files = sourceFiles(ROOT).map((file) => relative(ROOT, file));
const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'/g)].map((match) => (match[1] ?? match[2])!);

describe('the build text reader is pure and small', () => {
  it.each(files)('%s imports only its own files, ../build/build.js and ../../shared/errors.js', (file) => {
    const outside = importsOf(file)
      .map((name) => relative(ROOT, join(ROOT, file, '..', name)))
      .filter((path) => path.startsWith('..'));
    expect(outside.filter((path) => path !== '../build/build.js' && path !== '../../shared/errors.js')).toEqual([]);
    const source = readFileSync(join(ROOT, file), 'utf8');
    expect(source).not.toMatch(/\bprocess\b|node:/);
    expect(source.split('\n').length).toBeLessThanOrEqual(150);
  });

  it('mirrors every source file with a test file', () => {
    const tests = new Set(
      sourceFiles(fileURLToPath(new URL('./', import.meta.url))).map((file) => relative(fileURLToPath(new URL('./', import.meta.url)), file)),
    );
    const untested = files.filter((file) => !tests.has(file.replace(/\.ts$/, '.test.ts')));
    expect(untested).toEqual(['finding.ts', 'reading.ts']);
  });
});
