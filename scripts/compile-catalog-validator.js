import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { CORE_SCHEMA, load } from 'js-yaml';

// Compiling the catalog schema with Ajv takes ~100 ms, more than a whole check. The validator is
// compiled here once, with the options the loader uses, into dist/catalog-validator.cjs (Ajv's
// standalone code, bundled with the few Ajv runtime helpers it needs), and the CLI loads that when
// it validates a catalog file. The tests compile the schema itself and compare the two. Loading it
// is then the largest part of validating an overlay: the embedded catalog is validated here once
// more through dist/vendor-loader.cjs, which keeps V8's code cache of the validator's compiled
// functions in dist/catalog-validator.cache and hands it to V8 when the CLI loads the validator.
const schema = JSON.parse(readFileSync(new URL('../catalog/catalog.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true } });
const code = standaloneCode(ajv, ajv.compile(schema));
const work = mkdtempSync(join(tmpdir(), 'rollup-check-validator-'));
try {
  writeFileSync(join(work, 'validator.cjs'), code);
  await build({
    entryPoints: [join(work, 'validator.cjs')],
    bundle: true,
    minify: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    nodePaths: [new URL('../node_modules', import.meta.url).pathname],
    outfile: new URL('../dist/catalog-validator.cjs', import.meta.url).pathname,
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
const catalog = load(readFileSync(new URL('../catalog/exchange.yaml', import.meta.url), 'utf8'), { schema: CORE_SCHEMA });
const loadVendor = createRequire(import.meta.url)('../dist/vendor-loader.cjs');
const cache = loadVendor('catalog-validator', (validator) => (typeof validator === 'function' ? validator : validator.default)(catalog));
writeFileSync(new URL('../dist/catalog-validator.cache', import.meta.url), cache);
