import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

// Compiling the catalog schema with Ajv takes ~100 ms, more than a whole check. The validator is
// compiled here once, with the options the loader uses, into dist/catalog-validator.cjs (Ajv's
// standalone code, bundled with the few Ajv runtime helpers it needs), and the CLI loads that when
// it validates a catalog file. The tests compile the schema itself and compare the two.
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
