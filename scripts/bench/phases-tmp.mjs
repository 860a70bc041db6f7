import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
const root = '/work/wt-lazy';
const out = path.join(root, '.bench', 'phases.bundle.mjs');
const entry = `
  import { readFileSync } from 'node:fs';
  import { decode } from './src/source/decode.ts';
  import { openDocument, parseDocument } from './src/document/document.ts';
  import { scanBlocks } from './src/markdown/block-scan.ts';
  export function measure(file) {
    const r = {};
    let t = performance.now();
    const bytes = readFileSync(file); r.read = performance.now() - t; t = performance.now();
    const text = decode(bytes, file); r.decode = performance.now() - t; t = performance.now();
    const opened = openDocument({ name: 'big', text }); r.open = performance.now() - t; t = performance.now();
    const doc = parseDocument(opened); r.parse = performance.now() - t; t = performance.now();
    r.sections = doc.sections.length;
    return r;
  }
`;
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: out,
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  define: { __PREPARED_ARTICLE__: 'undefined', 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'src/source/source.ts')).href) }, logLevel: 'warning' });
const { measure } = await import(pathToFileURL(out).href);
for (const f of process.argv.slice(2)) console.log(f, JSON.stringify(measure(f), (k, v) => typeof v === 'number' ? Math.round(v) : v));
rmSync(out);
