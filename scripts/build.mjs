// Bundles src/ into one CommonJS file, so that the package installs and starts
// without its dependencies, and a tiny launcher that runs it through V8's
// code cache (src/launch.ts says why).
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * The bundled article's text and block tokens, computed by the same source
 * and document modules that run at run time, so that start-up lexes nothing.
 */
async function prepareArticle() {
  const entry = `
    import { readFileSync } from 'node:fs';
    import { openDocument, documentBlocks } from './src/document/document.ts';
    import { decode } from './src/source/decode.ts';
    const text = openDocument({ name: 'article', text: decode(readFileSync('content/article.md'), 'article') });
    const { blocks, ...plain } = text;
    export const prepared = { text: plain, batches: [...documentBlocks(text)] };
  `;
  return (await runAtBuildTime(entry)).prepared;
}

/** Bundles a few lines that use the sources, runs them in this process, and gives their exports. */
async function runAtBuildTime(entry) {
  const script = resolve('dist/.build-time.mjs');
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    banner: requireBanner,
    define: {
      __PREPARED_ARTICLE__: 'undefined',
      'import.meta.url': JSON.stringify(pathToFileURL('src/source/source.ts').href),
    },
    logLevel: 'warning',
  });
  try {
    // A fresh query each time: Node caches modules by URL.
    return await import(`${pathToFileURL(script).href}?${Date.now()}`);
  } finally {
    rmSync(script, { force: true });
  }
}

// CommonJS dependencies require Node's own modules; an ESM bundle has to provide require.
const requireBanner = {
  js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
};

const stub = (name) => fileURLToPath(new URL(`./stubs/${name}.js`, import.meta.url));
/** commander's executable subcommands are the only user of child_process in the bundle. */
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('commander')
        ? { path: fileURLToPath(new URL('./stubs/child-process.cjs', import.meta.url)) }
        : undefined,
    );
  },
};

/** chalk's colour detection (a package import, which alias cannot name). */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('/chalk/') ? { path: stub('supports-color') } : undefined,
    );
  },
};

/**
 * Libraries that only some documents need (src/libraries.ts requires them on first
 * use) are bundled into files of their own under dist/vendor: 210 KB that the
 * bundled article's start-up then neither reads nor hashes for the code cache.
 */
const vendored = [
  'yaml',
  'marked',
  'entities',
  'highlight.js/lib/common',
  'css-line-break/dist/lib/LineBreak.js',
  // Emoji names, only for text with a `:name:` in it.
  'gemoji',
  // Reader mode, for HTML only.
  '@mozilla/readability',
  'linkedom',
  'turndown',
  'turndown-plugin-gfm',
  'html-encoding-sniffer',
  // Fetching, for web addresses only: make-fetch-happen requires the other two, which are
  // shared with it (sharedVendored), not bundled twice.
  'make-fetch-happen',
  '@npmcli/agent',
  'cacache',
];
const vendoredFilter = new RegExp(
  `^(?:${vendored.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`,
);
const vendorApart = {
  name: 'vendor-apart',
  setup(build) {
    build.onResolve({ filter: vendoredFilter }, (args) =>
      args.importer.endsWith('src/libraries.ts')
        ? { path: `./vendor/${vendorName(args.path)}.cjs`, external: true }
        : undefined,
    );
  },
};

/** dist/vendor/highlight.cjs for highlight.js/lib/common, mozilla-readability.cjs for @mozilla/readability. */
const vendorName = (name) =>
  name.startsWith('@') ? name.slice(1).replace('/', '-') : name.split('/')[0].replace(/\.js$/, '');

/**
 * turndown parses HTML strings with domino, which it requires when loaded; it
 * is only ever given linkedom's nodes here, so domino stays out of the bundle.
 */
const turndownWithoutDomino = {
  name: 'turndown-without-domino',
  setup(build) {
    build.onResolve({ filter: /^@mixmark-io\/domino$/ }, () => ({ path: stub('domino') }));
  },
};

/** linkedom's style sheet parser, half of its bundle: nothing in reader mode reads a style sheet. */
const linkedomWithoutStyleSheets = {
  name: 'linkedom-without-style-sheets',
  setup(build) {
    build.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: stub('cssomnom-parse') }));
  },
};

/**
 * A vendored library that another one requires (make-fetch-happen requires cacache and
 * @npmcli/agent) is required from its own file beside it, so that it is bundled and loaded once.
 */
const sharedVendored = (name) => ({
  name: 'shared-vendored',
  setup(build) {
    build.onResolve({ filter: vendoredFilter }, (args) =>
      args.path !== name && args.importer.includes('node_modules')
        ? { path: `./${vendorName(args.path)}.cjs`, external: true }
        : undefined,
    );
  },
});

/**
 * What the fetching libraries carry but never do here: iconv-lite is minipass-fetch's
 * optional dependency for Response.textConverted() (never called: pages are decoded by
 * html-encoding.ts); glob serves only cacache's rm.all and verify (never called: the cache
 * is pruned entry by entry); semver answers only @npmcli/fs's check of Node's version (for
 * its cp(), never called), which Node 20 passes; socks-proxy-agent serves SOCKS proxies,
 * which the proxy settings refuse with a message (source/web/proxy.ts).
 */
const fetchingWithoutExtras = {
  name: 'fetching-without-extras',
  setup(build) {
    build.onResolve({ filter: /^(iconv-lite|glob|semver|socks-proxy-agent)$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: stub(args.path) } : undefined,
    );
  },
};

/**
 * gemoji's data (344 KB: every emoji's tags, description and category) as
 * the one table the reader uses, its names to their emoji (36 KB of JSON).
 */
const gemojiNamesOnly = {
  name: 'gemoji-names-only',
  setup(build) {
    build.onResolve({ filter: /^gemoji$/ }, () => ({ path: 'gemoji', namespace: 'gemoji-names' }));
    build.onLoad({ filter: /.*/, namespace: 'gemoji-names' }, async () => {
      const { nameToEmoji } = await import('gemoji');
      return { contents: `exports.nameToEmoji = ${JSON.stringify(nameToEmoji)};`, loader: 'js' };
    });
  },
};

async function buildVendor(name) {
  await build({
    ...common,
    stdin: {
      contents: `module.exports = require(${JSON.stringify(name)});`,
      resolveDir: process.cwd(),
    },
    outfile: `dist/vendor/${vendorName(name)}.cjs`,
    format: 'cjs',
    plugins: [
      turndownWithoutDomino,
      linkedomWithoutStyleSheets,
      fetchingWithoutExtras,
      gemojiNamesOnly,
      sharedVendored(name),
    ],
  });
}

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
  define: {
    'import.meta.url': '__bundle.url',
    __PREPARED_ARTICLE__: JSON.stringify(await prepareArticle()),
  },
  outfile: 'dist/article.cjs',
  format: 'cjs',
  // The sources are ESM; in the CommonJS bundle their own URL comes from __filename, made only
  // when asked for (the bundled article's start-up never asks).
  banner: {
    js: "var __bundle = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
  },
  plugins: [commanderWithoutChildProcess, chalkWithoutDetection, vendorApart],
});

await Promise.all(vendored.map(buildVendor));

await build({
  ...common,
  entryPoints: ['src/launch.ts'],
  outfile: 'dist/launch.cjs',
  // CommonJS like the bundle: Node's ESM loader would cost a third of its own start-up.
  format: 'cjs',
});

await writeManPage();

/** dist/article.1, from the same definition of the command line as --help. */
async function writeManPage() {
  const entry = `
    import { buildProgram } from './src/cli/command-line.ts';
    import { examples } from './src/cli/examples.ts';
    import { manPage } from './src/cli/man-page.ts';
    import packageJson from './package.json' with { type: 'json' };
    export const page = manPage(buildProgram(), packageJson.version, examples);
  `;
  writeFileSync('dist/article.1', (await runAtBuildTime(entry)).page);
}
