#!/usr/bin/env node
import '../dist/rollup-check.js';
