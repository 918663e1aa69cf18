import { build } from 'esbuild';

// commander loads node:child_process at start-up for executable subcommands, which this CLI does
// not have; handing commander an empty module keeps ~3 ms of start-up off every run.
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'unused-by-commander' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'unused-by-commander' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

// The libraries only some commands need (YAML catalogs, schema validation, CSV host lists, the
// spinner) live in a second file that is read only when one of them is first used.
// Each is imported either by name (`import { parseDocument } from 'yaml'`) or as its default export.
const VENDOR = {
  yaml: { key: 'yaml', imported: 'by-name' },
  'js-yaml': { key: 'jsYaml', imported: 'by-name' },
  ajv: { key: 'ajv', imported: 'by-name' },
  'csv-parse/sync': { key: 'csvParseSync', imported: 'by-name' },
  ora: { key: 'ora', imported: 'default' },
};
// The package is `type: module`, so esbuild reads a default import of CommonJS as its module.exports.
const vendorModule = ({ key }) => `module.exports = require('./vendor.cjs').${key};`;
const vendorExport = (name, { key, imported }) =>
  imported === 'default' ? `export { default as ${key} } from '${name}';` : `export * as ${key} from '${name}';`;
const vendorOnDemand = {
  name: 'vendor-on-demand',
  setup(pluginBuild) {
    const filter = new RegExp(
      `^(${Object.keys(VENDOR)
        .map((name) => name.replace('/', '\\/'))
        .join('|')})$`,
    );
    pluginBuild.onResolve({ filter }, (args) => (args.importer.includes('/node_modules/') ? undefined : { path: args.path, namespace: 'vendor' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: vendorModule(VENDOR[args.path]), loader: 'js' }));
  },
};

const common = {
  bundle: true,
  minify: process.env.BUNDLE_MINIFY !== 'false',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
};

// One CommonJS file for the command line: Node loads it faster than ESM modules, and every
// `import()` in the source becomes a lazy module initialiser inside it.
await build({
  ...common,
  entryPoints: { 'rollup-check': 'src/main.ts' },
  external: ['./vendor.cjs'],
  plugins: [commanderWithoutChildProcess, vendorOnDemand],
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  stdin: {
    contents: Object.entries(VENDOR)
      .map(([name, entry]) => vendorExport(name, entry))
      .join('\n'),
    resolveDir: process.cwd(),
    loader: 'js',
  },
  outfile: 'dist/vendor.cjs',
  outdir: undefined,
  outExtension: undefined,
});
