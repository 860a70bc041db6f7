// Bundles src/ into one ESM file, so that the package installs and starts without its dependencies.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const stub = (name) => fileURLToPath(new URL(`./stubs/${name}.js`, import.meta.url));

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/article.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: !process.env.ARTICLE_DEBUG_BUILD,
  legalComments: 'linked',
  // CommonJS dependencies call require(); an ESM bundle has to provide it.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Dependencies of marked-terminal that article never calls; see the stubs for why.
  alias: {
    'cli-highlight': stub('cli-highlight'),
    'node-emoji': stub('node-emoji'),
    'cli-table3': stub('cli-table3'),
  },
  logLevel: 'warning',
});
