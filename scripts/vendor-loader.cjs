'use strict';
// Copied to dist/vendor-loader.cjs by scripts/cache-vendor-code.js. Loads a vendor file (dist/NAME.cjs)
// with the V8 code cache the build wrote beside it (dist/NAME.cache; scripts/cache-vendor-code.js),
// so its functions need not be compiled again on every run. A cache that does not match the Node.js
// version running it is rejected by V8 and the file is compiled as usual.
const { readFileSync } = require('node:fs');
const { wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

/** The module's exports; with `warmUp`, the code cache made after `warmUp(exports)` ran instead. */
module.exports = function loadVendor(name, warmUp) {
  const filename = join(__dirname, `${name}.cjs`);
  let cachedData;
  try {
    cachedData = warmUp ? undefined : readFileSync(join(__dirname, `${name}.cache`));
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(readFileSync(filename, 'utf8')), { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, filename, __dirname);
  if (!warmUp) return module.exports;
  warmUp(module.exports);
  return script.createCachedData();
};
