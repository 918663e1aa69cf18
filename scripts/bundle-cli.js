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

await build({
  entryPoints: { 'rollup-check': 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  plugins: [commanderWithoutChildProcess],
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
});
