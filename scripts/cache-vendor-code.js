import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The YAML parsers are the largest cost of a check with a catalog overlay (loading and compiling a
// library takes longer than the rest of the layering). The build parses the embedded catalog once
// with each and keeps V8's code cache of the compiled functions in dist/vendor-yaml.cache (the
// positioned parser) and dist/vendor-js-yaml.cache (the quick one), which dist/vendor-loader.cjs
// hands to V8 when the CLI first needs the library.
copyFileSync(new URL('./vendor-loader.cjs', import.meta.url), new URL('../dist/vendor-loader.cjs', import.meta.url));
const loadVendor = createRequire(import.meta.url)('../dist/vendor-loader.cjs');
const catalog = readFileSync(new URL('../catalog/exchange.yaml', import.meta.url), 'utf8');
const yamlCache = loadVendor('vendor-yaml', ({ yaml }) => {
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(catalog, { lineCounter, uniqueKeys: true, prettyErrors: false });
  yaml.visit(document, { Pair: (_, pair) => yaml.isScalar(pair.key) && yaml.isMap(pair.value) });
  document.toJS({ maxAliasCount: 100 });
  lineCounter.linePos(catalog.length - 1);
});
writeFileSync(new URL('../dist/vendor-yaml.cache', import.meta.url), yamlCache);
const jsYamlCache = loadVendor('vendor-js-yaml', ({ jsYaml }) => jsYaml.load(catalog, { schema: jsYaml.CORE_SCHEMA, json: false }));
writeFileSync(new URL('../dist/vendor-js-yaml.cache', import.meta.url), jsYamlCache);
