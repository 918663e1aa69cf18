import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare'];
const CHECK = ['15.02.1118.015', '--as-of', '2026-11-24'];

let work: string;
let files: string[];
let packed: { scripts?: Record<string, string>; license: string; repository: unknown; homepage: string; bugs: unknown };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rollup-check-pack-'));
  // npm test has just built dist/; packing again would only rebuild it (prepack).
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  const [result] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  files = result!.files.map((file) => file.path);
  const untar = spawnSync('tar', ['-xzf', join(work, result!.filename), '-C', work], { encoding: 'utf8' });
  expect(untar.status, untar.stderr).toBe(0);
  packed = JSON.parse(readFileSync(join(work, 'package', 'package.json'), 'utf8')) as typeof packed;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the CLI, the library, the catalog, the schemas, the licence and the docs, and no sources or tests', () => {
    for (const file of [
      'LICENSE',
      'README.md',
      'package.json',
      'bin/rollup-check.cjs',
      'dist/rollup-check.cjs',
      'dist/embedded-catalog.json',
      'dist/catalog-validator.cjs',
      'dist/catalog-validator.cache',
      'dist/index.js',
      'dist/index.d.ts',
      'catalog/exchange.yaml',
      'catalog/catalog.schema.json',
      'docs/report.schema.json',
      'docs/fleet.schema.json',
      'docs/config.schema.json',
      'dist/vendor-yaml.cjs',
      'dist/vendor-yaml.cache',
      'dist/vendor-js-yaml.cjs',
      'dist/vendor-js-yaml.cache',
    ]) {
      expect(files).toContain(file);
    }
    expect(
      files.filter((file) => /^(src|test|scripts|\.ci)\//.test(file) || (file.endsWith('.ts') && !file.endsWith('.d.ts')) || file.endsWith('.png')),
    ).toEqual([]);
  });

  it('runs no script when it is installed', () => {
    for (const name of INSTALL_SCRIPTS) expect(packed.scripts ?? {}, name).not.toHaveProperty(name);
    expect(packed.scripts?.prepack).toBe('npm run build');
  });

  it('names its licence, repository, home page and issue tracker', () => {
    expect(packed.license).toBe('MIT');
    expect(readFileSync(join(work, 'package', 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The rollup-check authors\n/);
    expect(packed.repository).toEqual({ type: 'git', url: 'git+https://github.com/rollup-check/rollup-check.git' });
    expect(packed.homepage).toBe('https://github.com/rollup-check/rollup-check#readme');
    expect(packed.bugs).toEqual({ url: 'https://github.com/rollup-check/rollup-check/issues' });
  });

  it('runs from the unpacked tarball, without node_modules', () => {
    const run = spawnSync(process.execPath, [join(work, 'package', 'bin', 'rollup-check.cjs'), ...CHECK], { encoding: 'utf8', cwd: work });
    expect(run.stderr).toBe('rollup-check: warning: Exchange Server 2019 support ended on 2025-10-14\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Exchange 2019 CU12 Oct22SU {2}build 15\.2\.1118\.15/);
  });

  it('reads a catalog overlay from the unpacked tarball too (the YAML parser and the schema validator are in it)', () => {
    const overlay = fileURLToPath(new URL('../fixtures/catalogs/overlays/private-fix.yaml', import.meta.url));
    const run = spawnSync(process.execPath, [join(work, 'package', 'bin', 'rollup-check.cjs'), '15.2.1544.10', '--catalog', overlay, '-f', 'json'], {
      encoding: 'utf8',
      cwd: work,
    });
    expect(run.status, run.stderr).toBe(1);
    expect((JSON.parse(run.stdout) as { installed: { name: string } }).installed.name).toContain('Contoso private fix');
  });
});

describe('a fresh clone of the repository', () => {
  it('builds on the first run, so the quick start `npm install && npx rollup-check …` works without an install script', () => {
    const clone = join(work, 'clone');
    const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
    expect(listed.status).toBe(0);
    for (const file of listed.stdout.split('\n').filter(Boolean)) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(ROOT, file), join(clone, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const first = spawnSync(process.execPath, [join(clone, 'bin', 'rollup-check.cjs'), ...CHECK], { encoding: 'utf8', cwd: clone });
    expect(first.stderr).toContain('no build found (a fresh clone?): running `npm run build` first');
    expect(first.status, first.stderr).toBe(1);
    expect(first.stdout).toMatch(/^Exchange 2019 CU12 Oct22SU {2}build 15\.2\.1118\.15/);
    const second = spawnSync(process.execPath, [join(clone, 'bin', 'rollup-check.cjs'), ...CHECK], { encoding: 'utf8', cwd: clone });
    expect(second.stderr).toBe('rollup-check: warning: Exchange Server 2019 support ended on 2025-10-14\n');
  }, 300_000);
});
