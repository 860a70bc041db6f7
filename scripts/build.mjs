// Bundles src/ into one CommonJS file, so that the package installs and starts
// without its dependencies, and a tiny ESM launcher that runs it through V8's
// code cache (src/launch.ts says why).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const stub = (name) => fileURLToPath(new URL(`./stubs/${name}.js`, import.meta.url));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: !process.env.ARTICLE_DEBUG_BUILD,
  legalComments: 'linked',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/article.cjs',
  format: 'cjs',
  // The sources are ESM; in the CommonJS bundle their own URL comes from __filename.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Dependencies of marked-terminal that article never calls; see the stubs for why.
  alias: {
    'cli-highlight': stub('cli-highlight'),
    'node-emoji': stub('node-emoji'),
    'cli-table3': stub('cli-table3'),
  },
});

await build({
  ...common,
  entryPoints: ['src/launch.ts'],
  outfile: 'dist/launch.js',
  format: 'esm',
});
