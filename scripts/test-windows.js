import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run test:windows` (not part of CI): runs release/rollup-check-win-x64.exe under wine on the
// cases below and compares stdout and the exit code with release/rollup-check-linux-x64 on the same
// cases. scripts/setup-wine.sh installs wine >= 10 first (a Debian 13 root made with debootstrap
// when the machine's wine is older; that needs root). Wine wants files, not pipes, on the
// executable's standard streams, and no terminal on standard input.

const root = fileURLToPath(new URL('../', import.meta.url));
const release = join(root, 'release');
const fixtures = join(root, 'test', 'fixtures');
const AS_OF = ['--as-of', '2026-11-24'];
const log = (message) => process.stderr.write(`test:windows: ${message}\n`);

/** Files the cases name, copied beside the executables under these names. */
const FILES = {
  'hosts.csv': null,
  'overlay.yaml': join(fixtures, 'catalogs', 'overlays', 'private-fix.yaml'),
  'broken.yaml': join(fixtures, 'catalogs', 'broken', 'duplicate-key.yaml'),
};
const HOSTS_CSV = '"Name","AdminDisplayVersion"\r\n"EX01","Version 15.2 (Build 1748.10)"\r\n"EX02","Version 15.2 (Build 2562.17)"\r\nEX03,15.2.1118.7\r\n';

const CASES = [
  ['15.02.1118.015', ...AS_OF],
  ['15.2.1544.4', '--format', 'json', ...AS_OF],
  ['14.3.123.4', '--format', 'tsv', '--no-header', ...AS_OF],
  ['8.0.708.3', '--as-of', '2007-07-01'],
  ['Version 15.2 (Build 1118.7)', ...AS_OF],
  ['Exchange 2019 CU12 Oct22SU', '--format', 'markdown', ...AS_OF],
  ['15.2.1118'],
  ['15.2.2562.99', ...AS_OF],
  ['--version'],
  ['--help'],
  ['--format', 'xml', '15.2.1544.4'],
  ['releases', '2019', '--line', 'CU14', ...AS_OF],
  ['explain', 'CVE-2021-26855', ...AS_OF],
  ['diff', 'Exchange 2007 SP1 RU2', 'Exchange 2007 SP1 RU6', ...AS_OF],
  ['--hosts', 'hosts.csv', '--format', 'ndjson', ...AS_OF],
  ['--hosts', 'hosts.csv', '--format', 'sarif', ...AS_OF],
  ['15.2.1544.11', '--catalog', 'overlay.yaml', '--format', 'json', '--as-of', '2024-06-01'],
  ['--catalog', 'broken.yaml', '1.0.0.0'],
  ['catalog', 'lint', 'overlay.yaml'],
];

/** The Exchange 2019 CU14 registry values the local detection reads when PowerShell finds no ExSetup.exe. */
const SETUP_KEY = 'HKLM\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup';
const SETUP_VALUES = { MsiProductMajor: 15, MsiProductMinor: 2, MsiBuildMajor: 1544, MsiBuildMinor: 4 };

function wineLocation() {
  const setup = spawnSync('sh', [join(root, 'scripts', 'setup-wine.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (setup.status !== 0) throw new Error('scripts/setup-wine.sh could not provide wine');
  const [kind, path] = setup.stdout.trim().split('\n').pop().split(/:(.*)/s);
  return { kind, path };
}

/** Runs wine in `dir` (a folder the wine in use sees at `seenAs`), standard streams to files. */
function wineRunner({ kind, path }) {
  const env = { WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', XDG_RUNTIME_DIR: '' };
  if (kind === 'host') {
    const dir = join(release, 'windows-test');
    const prefix = join(root, 'node_modules', '.cache', 'rollup-check-wineprefix');
    const run = (program, args, stdio) => spawnSync(program, args, { cwd: dir, stdio, env: { ...process.env, ...env, WINEPREFIX: prefix } });
    return { dir, run, wine: path, done: () => undefined };
  }
  const dir = join(path, 'tmp', 'rollup-check-windows');
  const proc = join(path, 'proc');
  if (!readFileSync('/proc/mounts', 'utf8').includes(` ${proc} `)) {
    const mounted = spawnSync('mount', ['-t', 'proc', 'proc', proc], { stdio: 'inherit' });
    if (mounted.status !== 0) throw new Error(`cannot mount /proc in ${path} (root needed)`);
  }
  const variables = Object.entries({ ...env, WINEPREFIX: '/root/.wine-rollup-check', HOME: '/root' }).map(([name, value]) => `${name}=${value}`);
  const run = (program, args, stdio) =>
    spawnSync('chroot', [path, '/usr/bin/env', '-C', '/tmp/rollup-check-windows', ...variables, program, ...args], { stdio });
  return {
    dir,
    run,
    wine: 'wine',
    done: () => {
      run('wineserver', ['-k'], 'ignore');
      spawnSync('umount', [proc], { stdio: 'inherit' });
    },
  };
}

/** Runs one case; stdout and stderr through files (wine cannot hand pipes to node.exe). */
function runCase(dir, run) {
  const out = join(dir, 'stdout.txt');
  const err = join(dir, 'stderr.txt');
  const [stdout, stderr] = [openSync(out, 'w'), openSync(err, 'w')];
  try {
    const result = run(['ignore', stdout, stderr]);
    return { status: result.status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
  } finally {
    closeSync(stdout);
    closeSync(stderr);
  }
}

for (const file of ['rollup-check-win-x64.exe', 'rollup-check-linux-x64']) {
  if (!existsSync(join(release, file))) throw new Error(`release/${file} is missing: run npm run package first`);
}
const wine = wineRunner(wineLocation());
rmSync(wine.dir, { recursive: true, force: true });
mkdirSync(wine.dir, { recursive: true });
copyFileSync(join(release, 'rollup-check-win-x64.exe'), join(wine.dir, 'rollup-check-win-x64.exe'));
const linuxDir = join(release, 'linux-test');
mkdirSync(linuxDir, { recursive: true });
for (const dir of [wine.dir, linuxDir]) {
  for (const [name, source] of Object.entries(FILES)) {
    if (source) copyFileSync(source, join(dir, name));
    else writeFileSync(join(dir, name), HOSTS_CSV);
  }
}

let passed = 0;
let failed = 0;
try {
  log('preparing the wine prefix (Windows 10, an Exchange 2019 CU14 Setup key in the registry)');
  wine.run('wineboot', ['--init'], 'ignore');
  wine.run('winecfg', ['-v', 'win10'], 'ignore');
  for (const [name, value] of Object.entries(SETUP_VALUES)) {
    wine.run(wine.wine, ['reg', 'add', SETUP_KEY, '/v', name, '/t', 'REG_DWORD', '/d', String(value), '/f'], 'ignore');
  }
  const windows = (args) => runCase(wine.dir, (stdio) => wine.run(wine.wine, ['rollup-check-win-x64.exe', ...args], stdio));
  const linux = (args) => runCase(linuxDir, (stdio) => spawnSync(join(release, 'rollup-check-linux-x64'), args, { cwd: linuxDir, stdio }));
  const check = (name, ok, detail) => {
    if (ok) passed += 1;
    else failed += 1;
    log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n${detail}`}`);
  };
  for (const args of CASES) {
    const expected = linux(args);
    const actual = windows(args);
    const same = actual.status === expected.status && actual.stdout === expected.stdout;
    const hint = /SegmentedTable/.test(actual.stderr)
      ? ' (wine older than 10 cannot run Node 24)'
      : actual.status === 216
        ? ' (the prefix is not Windows 10)'
        : '';
    check(
      `rollup-check ${args.join(' ')}`,
      same,
      `  exit ${actual.status} (Linux ${expected.status})${hint}\n  stderr: ${actual.stderr.trim().split('\n').join('\n          ')}\n  stdout differs: ${actual.stdout !== expected.stdout}`,
    );
  }
  const local = windows([...AS_OF]);
  check(
    'rollup-check with no build string reads the registry of the (wine) Windows machine',
    local.status === 1 && local.stderr.includes(`local build 15.2.1544.4, read from the registry Setup values (${SETUP_KEY})`),
    `  exit ${local.status}\n  stderr: ${local.stderr}`,
  );
} finally {
  wine.done();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
