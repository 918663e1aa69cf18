#!/usr/bin/env node
if (!require('node:fs').existsSync(`${__dirname}/../dist/rollup-check.cjs`)) require('../scripts/build-from-source.cjs');
require('../dist/rollup-check.cjs');
