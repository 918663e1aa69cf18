#!/usr/bin/env node
// Node 22.1+ keeps V8's compiled code of the bundle between runs (in its compile cache, under the
// temporary folder): a check then starts without compiling. Node 20 has no compile cache.
require('node:module').enableCompileCache?.();
require('../dist/rollup-check.cjs');
