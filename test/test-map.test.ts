import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TEST = fileURLToPath(new URL('./', import.meta.url));
const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Tests that are about no single source file: whole-program runs, the shipped data, the project's own rules. */
const ACROSS_FILES = ['e2e/', 'scenarios/', 'architecture.test.ts', 'test-map.test.ts', 'schema-sync.test.ts'];

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? testFiles(join(dir, entry.name))
      : entry.name.endsWith('.test.ts')
        ? [relative(TEST, join(dir, entry.name)).split('\\').join('/')]
        : [],
  );

describe('the test tree mirrors src/', () => {
  it.each(testFiles(TEST).filter((file) => !ACROSS_FILES.some((entry) => file.startsWith(entry))))('%s tests a source file of the same path', (file) => {
    const source = `${file.replace(/\.test\.ts$/, '').replace(/\.[a-z-]+$/, '')}.ts`;
    expect(existsSync(join(SRC, source)), `src/${source}`).toBe(true);
  });
});
