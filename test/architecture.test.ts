import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The pure stages in the order data flows through them; each may import only earlier ones and shared/. */
const PURE_STAGES = ['shared', 'parse', 'catalog', 'analyse', 'gate', 'render'] as const;
const EDGES = ['input', 'output'] as const;

interface Import {
  readonly specifier: string;
  readonly dynamic: boolean;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

const files = sourceFiles(SRC).map((file) => relative(SRC, file).split('\\').join('/'));
const textOf = (file: string): string => readFileSync(join(SRC, file), 'utf8');

const importsOf = (file: string): Import[] =>
  [...textOf(file).matchAll(/^(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (match) => ({
      specifier: (match[1] ?? match[2] ?? match[3])!,
      dynamic: match[3] !== undefined,
    }),
  );

/** The project file an import names (relative to src/), or null for a package or built-in module. */
const resolved = (file: string, specifier: string): string | null =>
  specifier.startsWith('.') ? posix.normalize(posix.join(dirname(file), specifier)).replace(/\.js$/, '.ts') : null;

const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

describe('the layout', () => {
  it('has a folder per stage and only the process edge and the library entry at the top', () => {
    const top = new Set(files.map(folderOf));
    expect([...top].sort()).toEqual(['analyse', 'app', 'catalog', 'cli', 'gate', 'index.ts', 'input', 'main.ts', 'output', 'parse', 'render', 'shared']);
  });

  it.each(files)('%s is at most 200 lines long', (file) => {
    expect(textOf(file).split('\n').length).toBeLessThanOrEqual(200);
  });
});

describe('the pure stages', () => {
  const pure = files.filter((file) => (PURE_STAGES as readonly string[]).includes(folderOf(file)));

  it.each(pure)('%s imports only earlier stages, shared/ and no I/O', (file) => {
    const stage = PURE_STAGES.indexOf(folderOf(file) as (typeof PURE_STAGES)[number]);
    const allowed = new Set(PURE_STAGES.slice(0, stage + 1));
    for (const { specifier, dynamic } of importsOf(file)) {
      expect(dynamic, `${file}: import(${specifier})`).toBe(false);
      const target = resolved(file, specifier);
      if (target === null) {
        expect(specifier.startsWith('node:') || ['commander', 'ora', 'process', 'chalk'].includes(specifier), `${file} imports ${specifier}`).toBe(false);
      } else {
        expect(allowed.has(folderOf(target) as (typeof PURE_STAGES)[number]), `${file} imports ${target}`).toBe(true);
      }
    }
    expect(textOf(file)).not.toMatch(/\bprocess\./);
  });
});

describe('colour', () => {
  it('is applied only at the output edge (and main.ts asks chalk what the terminal supports): renderers produce styled text', () => {
    const importers = files.filter((file) => importsOf(file).some(({ specifier }) => specifier === 'chalk'));
    expect(importers.filter((file) => !file.startsWith('output/') && file !== 'main.ts')).toEqual([]);
    expect(importers.some((file) => file.startsWith('output/'))).toBe(true);
  });
});

describe('the edges', () => {
  const edges = files.filter((file) => (EDGES as readonly string[]).includes(folderOf(file)));

  it.each(edges)('%s imports only shared/, its own folder and outside modules', (file) => {
    for (const { specifier, dynamic } of importsOf(file)) {
      expect(dynamic, `${file}: import(${specifier})`).toBe(false);
      const target = resolved(file, specifier);
      if (target !== null) expect([folderOf(file), 'shared'], `${file} imports ${target}`).toContain(folderOf(target));
    }
  });
});

describe('imports', () => {
  it.each(files.filter((file) => !['cli', 'app'].includes(folderOf(file))))('%s loads nothing on demand (only cli/ and app/ do)', (file) => {
    expect(importsOf(file).filter((entry) => entry.dynamic)).toEqual([]);
  });

  it('form no cycle anywhere in src/', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).flatMap(({ specifier }) => resolved(file, specifier) ?? [])]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
