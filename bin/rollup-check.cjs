#!/usr/bin/env node
require('../dist/rollup-check.cjs');
