#!/usr/bin/env node
// Starts the bundled command line, keeping V8's compiled code of the bundle between runs so that a
// check starts without compiling: Node 22.1+ does that itself (its compile cache, in the temporary
// folder); on Node 20 this file keeps the code cache of the bundle in a folder of its own there
// (one for command lines with catalogs of their own, one for the others).
// In a fresh clone of the repository (no dist/ yet) the first run builds the program.
'use strict';
const { enableCompileCache } = require('node:module');
const bundle = require('node:path').join(__dirname, '..', 'dist', 'rollup-check.cjs');

if (!require('node:fs').existsSync(bundle)) require('../scripts/build-from-source.cjs');

if (enableCompileCache) {
  enableCompileCache();
  require(bundle);
} else {
  runWithCodeCache(bundle);
}

/** Runs a CommonJS file as require() would, with V8's code cache of it read from and written to the temporary folder. */
function runWithCodeCache(file) {
  const fs = require('node:fs');
  const path = require('node:path');
  const vm = require('node:vm');
  const source = fs.readFileSync(file, 'utf8');
  const { size, mtimeMs } = fs.statSync(file);
  const dir = path.join(require('node:os').tmpdir(), `rollup-check-code-cache-${process.getuid?.() ?? 'user'}`);
  const bundleVersion = `${process.version}-${size}-${Math.trunc(mtimeMs)}`;
  // A command line naming catalogs of its own runs code (reading, validating and layering them)
  // that one on the embedded catalog does not: each keeps a cache of what it compiles, so neither
  // loads the other's functions nor compiles its own again because the other ran first.
  const withCatalogs = process.argv.some((arg) => arg === '--catalog' || arg.startsWith('--catalog=') || arg === '--no-default-catalog');
  const name = `${bundleVersion}${withCatalogs ? '-catalogs' : ''}.bin`;
  let cachedData;
  try {
    // Only from a folder this user owns and no one else can write to.
    const folder = fs.statSync(dir);
    if ((process.getuid === undefined || folder.uid === process.getuid()) && (folder.mode & 0o022) === 0) cachedData = fs.readFileSync(path.join(dir, name));
  } catch {
    // no cache yet: this run makes it
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Made at exit, the cache holds every function the run compiled, not only the top level.
    process.once('exit', () => {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const folder = fs.statSync(dir);
        if ((process.getuid !== undefined && folder.uid !== process.getuid()) || (folder.mode & 0o022) !== 0) return;
        for (const old of fs.readdirSync(dir))
          if (!old.startsWith(`${bundleVersion}-`) && !old.startsWith(`${bundleVersion}.`)) fs.rmSync(path.join(dir, old), { force: true });
        fs.writeFileSync(path.join(dir, `${name}.${process.pid}`), script.createCachedData());
        fs.renameSync(path.join(dir, `${name}.${process.pid}`), path.join(dir, name));
      } catch {
        // a cache that cannot be written only costs the next start its compile time
      }
    });
  }
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, path.dirname(file));
}
