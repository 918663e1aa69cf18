import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// How the command line is bundled, for npm (`npm run build`: dist/rollup-check.cjs and the libraries it
// loads on demand) and for the single executables (`npm run package`: one file with everything).
//
// Start-up is what this is about: Node compiles every byte of a file it loads, so a single check
// should load only the code it runs. Everything else lives in files loaded on first use.

const root = fileURLToPath(new URL('../', import.meta.url));
const requireFromRoot = createRequire(join(root, 'package.json'));

// commander loads node:child_process at start-up for executable subcommands, which this CLI does
// not have; handing commander an empty module keeps ~3 ms off every run that needs commander.
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'unused-by-commander' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'unused-by-commander' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

// chalk works out the terminal's colours when it is imported, loading node:tty (and with it
// node:net); the renderers always give chalk the level the command line chose, so its own
// detection is never used and is left out.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

// import.meta.url, where the source uses it (finding the package's own files), as the URL of the
// file the code ends up in: every output file lies in dist/.
const importMetaUrlOfOutput = {
  name: 'import-meta-url-of-output',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', "require('node:url').pathToFileURL(__filename).href"), loader: 'ts' };
    });
  },
};

// Libraries a single check never needs: each `import` of one becomes a module whose exports are
// read from its vendor file (dist/vendor-NAME.cjs) the first time the code that imported it runs,
// or, for the functions and the class below, the first time one is called. One file per library,
// so that a command loads only what it uses: a check with a catalog overlay loads the YAML parser,
// not the schema compiler (the catalog schema's validator is compiled at build time), the spinner
// or the HTTP client, which is as large as all the others together. A library with `codeCache` is
// loaded with the V8 code cache the build made (scripts/cache-vendor-code.js). In a single
// executable nothing can be loaded from disk, and they are bundled in as usual. A library imported
// `on-first-use` is loaded only when one of its exports is first read, not when the module that
// imports it starts: the positioned YAML parser, whose module a check with a valid overlay starts
// but never calls (the quick parse reads the overlay; positions are needed only for a problem).
const VENDOR = {
  yaml: { key: 'yaml', imported: 'on-first-use', file: 'vendor-yaml', codeCache: true },
  'js-yaml': { key: 'jsYaml', imported: 'by-name', file: 'vendor-js-yaml', codeCache: true },
  ajv: { key: 'ajv', imported: 'by-name', file: 'vendor-ajv' },
  'csv-parse/sync': { key: 'csvParseSync', imported: 'by-name', file: 'vendor-csv' },
  ora: { key: 'ora', imported: 'default', file: 'vendor-ora' },
  'semver/functions/compare.js': { key: 'compareSemver', imported: 'function', file: 'vendor-semver' },
  'semver/functions/valid.js': { key: 'validSemver', imported: 'function', file: 'vendor-semver' },
  chalk: { key: 'chalk', imported: 'chalk', file: 'vendor-chalk' },
  commander: { key: 'commander', imported: 'by-name', file: 'vendor-commander' },
  undici: { key: 'undici', imported: 'by-name', file: 'vendor-http' },
};
const VENDOR_FILES = [...new Set(Object.values(VENDOR).map((entry) => entry.file))];
const vendorSource = (name, { key, imported, file, codeCache }) => {
  const load = codeCache ? `require('./vendor-loader.cjs')('${file}').${key}` : `require('./${file}.cjs').${key}`;
  if (imported === 'function') return `let real; export default (...args) => (real ??= ${load})(...args);`;
  // chalk: without colour a string is styled as itself, and chalk itself is loaded only for colour.
  if (imported === 'chalk')
    return `const plain = new Proxy(function (...texts) { return texts.join(' '); }, { get: (target, name) => (name === 'level' ? 0 : plain) });
export function Chalk(options) { return options?.level ? new (${load}.Chalk)(options) : plain; }`;
  // Getters named like the library's exports (read at build time), each loading the library when read.
  if (imported === 'on-first-use')
    return `let real; const load = () => (real ??= ${load});
${Object.keys(requireFromRoot(name))
  .filter((exported) => /^[A-Za-z_$][\w$]*$/.test(exported))
  .map((exported) => `Object.defineProperty(exports, '${exported}', { get: () => load().${exported}, enumerable: true });`)
  .join('\n')}`;
  return `module.exports = ${load};`;
};
const vendorExport = (name, { key, imported }) =>
  imported === 'by-name' || imported === 'on-first-use' || imported === 'chalk'
    ? `export * as ${key} from '${name}';`
    : `export { default as ${key} } from '${name}';`;
const vendorOnDemand = {
  name: 'vendor-on-demand',
  setup(pluginBuild) {
    const filter = new RegExp(
      `^(${Object.keys(VENDOR)
        .map((name) => name.replaceAll('/', '\\/').replaceAll('.', '\\.'))
        .join('|')})$`,
    );
    pluginBuild.onResolve({ filter }, (args) => (args.importer.includes('/node_modules/') ? undefined : { path: args.path, namespace: 'vendor' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: vendorSource(args.path, VENDOR[args.path]), loader: 'js' }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: process.env.BUNDLE_MINIFY !== 'false',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  plugins: [commanderWithoutChildProcess, chalkWithoutDetection, importMetaUrlOfOutput],
};

/**
 * For npm: the command line in one CommonJS file (Node loads that faster than ES modules, and
 * faster than many files: each file costs a resolution and a read), with every `import()` of the
 * source a module initialised on first use, and each library in a dist/vendor-NAME.cjs of its own.
 */
export async function bundleForNpm(outdir = join(root, 'dist')) {
  await build({
    ...common,
    entryPoints: { 'rollup-check': 'src/main.ts' },
    format: 'cjs',
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['./vendor-loader.cjs', ...VENDOR_FILES.map((file) => `./${file}.cjs`)],
    plugins: [...common.plugins, vendorOnDemand],
  });
  for (const file of VENDOR_FILES) {
    await build({
      ...common,
      format: 'cjs',
      stdin: {
        contents: Object.entries(VENDOR)
          .filter(([, entry]) => entry.file === file)
          .map(([name, entry]) => vendorExport(name, entry))
          .join('\n'),
        resolveDir: root,
        loader: 'js',
      },
      outfile: join(outdir, `${file}.cjs`),
    });
  }
}

/**
 * For a single executable: one CommonJS file with every library in it (it cannot load files). With
 * `snapshot`, the file is the builder of a V8 start-up snapshot: it loads the program and the
 * embedded catalog's model when the executable is made, and each start only runs src/main.ts.
 */
export async function bundleForExecutable(outfile, { snapshot = false } = {}) {
  const entry = snapshot
    ? {
        stdin: {
          contents: `import { closeSync, openSync, readFileSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';
import { loadEmbeddedCatalog } from './src/app/load-catalogs.ts';
import { runCli } from './src/cli/run-cli.ts';
// Every product of the embedded catalog revived here, none at start-up.
for (const product of loadEmbeddedCatalog(() => readFileSync(${JSON.stringify(join(root, 'dist', 'embedded-catalog.json'))}, 'utf8')).products) void product.releases;
// Checks run once here, to nowhere: the code a check runs is compiled into the snapshot.
const nowhere = openSync('/dev/null', 'w');
const edge = {
  stdout: { fd: nowhere }, stderr: () => undefined, writeStderr: () => undefined, stdin: async function* () {}, stdinHasData: false,
  stderrIsTTY: false, stdoutIsTTY: false, env: {}, cwd: '/', now: new Date(0), toolVersion: '0', detectedColorLevel: () => 0,
};
(async () => {
  for (const format of ['text', 'json', 'tsv']) await runCli(['15.2.1544.4', '--format', format, '--as-of', '2026-11-24'], edge);
  closeSync(nowhere);
})();
startupSnapshot.setDeserializeMainFunction(() => require('./src/main.ts'));`,
          resolveDir: root,
          loader: 'ts',
        },
      }
    : { entryPoints: ['src/main.ts'] };
  await build({ ...common, ...entry, format: 'cjs', outfile });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleForNpm();
