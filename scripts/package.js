import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative as relativePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleForExecutable } from './bundle-cli.js';
import { NODE_VERSION, PLATFORMS, hostPlatform, nodeBinary } from './node-binaries.js';

// `npm run package` (after `npm run build`): single executables of rollup-check, one per platform,
// with Node's Single Executable Applications: one CommonJS bundle with every library in it, the
// package files it reads as assets, a blob made by the pinned Node, injected into that Node's
// binary with postject. A start-up snapshot (and a code cache) is V8's own and holds only on the
// platform that made it, so only the executable for this machine's platform gets one: a snapshot
// of the program after it has loaded the embedded catalog and run a few checks to nowhere, so a
// start neither compiles nor reads the catalog (--no-snapshot: a code cache instead).
//
//   node scripts/package.js [--targets linux-x64,win-x64] [--out release] [--no-snapshot]

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: options } = parseArgs({
  options: {
    targets: { type: 'string', default: Object.keys(PLATFORMS).join(',') },
    out: { type: 'string', default: join(root, 'release') },
    'no-snapshot': { type: 'boolean', default: false },
  },
});
const log = (message) => process.stderr.write(`package: ${message}\n`);
const useSnapshot = !options['no-snapshot'];

const NAMES = { 'linux-x64': 'rollup-check-linux-x64', 'win-x64': 'rollup-check-win-x64.exe' };
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** The package files the program reads (src/input/package-files.ts), by the same names; package.json as its name and version only. */
function assets(work) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // Not dist/catalog-validator.cjs: code cannot be loaded from an asset, so the executable compiles the schema.
  const files = [
    'dist/embedded-catalog.json',
    'dist/embedded-document.json',
    'catalog/catalog.schema.json',
    'catalog/exchange.yaml',
    'docs/ignore-file.schema.json',
    'docs/config.schema.json',
  ];
  const staged = { 'package.json': join(work, 'assets', 'package.json') };
  mkdirSync(dirname(staged['package.json']), { recursive: true });
  writeFileSync(staged['package.json'], JSON.stringify({ name: manifest.name, version: manifest.version }));
  for (const file of files) staged[file] = join(root, file);
  return { staged, version: manifest.version };
}

/** A blob for the executables: made in `work` by the pinned Node of this machine's platform. */
function makeBlob(work, name, assetFiles, native) {
  const main = join(work, native && useSnapshot ? 'snapshot-builder.cjs' : 'rollup-check.cjs');
  const config = join(work, `${name}.sea-config.json`);
  const blob = join(work, `${name}.blob`);
  // Relative paths: the blob records them, and the executables should not depend on the checkout's folder.
  const relative = (path) => relativePath(root, path).split('\\').join('/');
  const entries = Object.fromEntries(Object.entries(assetFiles).map(([key, path]) => [key, relative(path)]));
  const snapshot = native && useSnapshot;
  const settings = {
    main: relative(main),
    output: relative(blob),
    disableExperimentalSEAWarning: true,
    useCodeCache: native && !snapshot,
    useSnapshot: snapshot,
    assets: entries,
  };
  writeFileSync(config, `${JSON.stringify(settings, null, 2)}\n`);
  const made = spawnSync(nodeBinary(hostPlatform(), log), ['--experimental-sea-config', relative(config)], { cwd: root, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`making the ${name} blob failed:\n${`${made.stderr}${made.stdout}`.slice(-3000)}`);
  return readFileSync(blob);
}

const targets = options.targets.split(',').filter(Boolean);
for (const target of targets) if (!NAMES[target]) throw new Error(`unknown target ${target}; known: ${Object.keys(NAMES).join(', ')}`);
if (!PLATFORMS[hostPlatform()]) throw new Error(`executables are made on ${Object.keys(PLATFORMS).join(' or ')}, not ${hostPlatform()}`);

const work = join(options.out, 'work');
rmSync(options.out, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
await bundleForExecutable(join(work, 'rollup-check.cjs'));
if (useSnapshot) await bundleForExecutable(join(work, 'snapshot-builder.cjs'), { snapshot: true });
const { staged, version } = assets(work);
const { inject } = createRequire(import.meta.url)('postject');

const blobs = {};
const sums = [];
for (const target of targets) {
  const native = target === hostPlatform();
  const kind = native ? 'native' : 'portable';
  blobs[kind] ??= makeBlob(work, kind, staged, native);
  const executable = join(options.out, NAMES[target]);
  copyFileSync(nodeBinary(target, log), executable);
  chmodSync(executable, 0o755);
  // postject's LIEF says "Can't find string offset for section name" (ELF) and "The signature
  // seems corrupted!" (node.exe's Authenticode signature does not survive the injection: the
  // executable comes out unsigned). Both are harmless; its output is kept out of the log.
  const quiet = console.log;
  console.log = () => undefined;
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    await inject(executable, 'NODE_SEA_BLOB', blobs[kind], { sentinelFuse: SEA_FUSE });
  } finally {
    console.log = quiet;
    console.warn = warn;
  }
  const sha256 = createHash('sha256').update(readFileSync(executable)).digest('hex');
  sums.push(`${sha256}  ${basename(executable)}`);
  const start = native
    ? useSnapshot
      ? 'with a start-up snapshot'
      : 'with a code cache'
    : 'without a code cache or snapshot (V8 takes them only on the platform that made them)';
  log(`${basename(executable)}: Node ${NODE_VERSION}, ${start}`);
}
rmSync(work, { recursive: true, force: true });
writeFileSync(join(options.out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
log(`rollup-check ${version}: ${sums.length} executables and SHA256SUMS in ${options.out}`);
