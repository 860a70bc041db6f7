// Measures the interactive reader on a big document, in process and without a terminal:
// where the time before the first frame goes (reading and decoding, parsing into sections, laying
// out the first screen), how long laying out the whole document takes (G before the idle turns
// did it), and how long each key takes to handle and draw a frame.
// Prints JSON: { readMs, firstParseMs, headingScanMs, parseMs, firstFrameMs, layoutAllMs, firstKeyMs, searchMs, matches,
// keys: { count, medianMs, p95Ms, maxMs } }. Usage: node reader-frame.mjs FILE
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, '.bench', 'reader-frame.bundle.mjs');
const entry = `
  import { readFileSync } from 'node:fs';
  import { decode } from './src/source/decode.ts';
  import { openDocument, parseDocument } from './src/document/document.ts';
  import { readerDocument } from './src/cli/reader-document.ts';
  import { headingLevels } from './src/markdown/heading-levels.ts';
  import { TextRenderer } from './src/render/text.ts';
  import { GrowingPage } from './src/reader/page.ts';
  import { Reader } from './src/reader/reader.ts';
  import { drawFrame } from './src/reader/draw.ts';
  export function measure(file) {
    let started = performance.now();
    const text = decode(readFileSync(file), file);
    const readMs = performance.now() - started;
    // What the reader parses before its first frame: the first sections, the rest in idle turns.
    started = performance.now();
    const opened = readerDocument(openDocument({ name: 'big', text }), { whole: false });
    const firstParseMs = performance.now() - started;
    started = performance.now();
    headingLevels(opened.document.body);
    const headingScanMs = performance.now() - started;
    started = performance.now();
    const document = parseDocument({ name: 'big', text });
    const parseMs = performance.now() - started;
    const size = { columns: 100, rows: 40 };
    const open = () => new Reader(document, (s) => new GrowingPage(document, new TextRenderer({ width: s.columns, colour: true, foldMarks: true, linkMarks: true }), true), size);
    started = performance.now();
    const reader = open();
    drawFrame(reader);
    const firstFrameMs = performance.now() - started;
    // G on a reader just opened lays out the whole document at once: what the idle turns spread out.
    const whole = open();
    started = performance.now();
    whole.handle({ name: 'g', sequence: 'G' });
    drawFrame(whole);
    const layoutAllMs = performance.now() - started;
    while (reader.growFor(50));
    const search = [...'/section'].map((sequence) => ({ sequence })).concat({ name: 'return' });
    const script = [
      ...Array(50).fill({ name: 'j', sequence: 'j' }),
      ...Array(50).fill({ name: 'space', sequence: ' ' }),
      { name: 'g', sequence: 'G' }, { name: 'g', sequence: 'g' },
      ...Array(30).fill({ sequence: ']' }), ...Array(30).fill({ sequence: '[' }),
      ...search, ...Array(50).fill({ name: 'n', sequence: 'n' }),
      { name: 't', sequence: 't' }, ...Array(20).fill({ name: 'down' }), { name: 'return' },
    ];
    const times = [];
    let searchMs = 0;
    const first = performance.now();
    reader.handle({ name: 'j', sequence: 'j' });
    drawFrame(reader);
    const firstKeyMs = performance.now() - first;
    for (const key of script) {
      const t = performance.now();
      reader.handle(key);
      drawFrame(reader);
      const took = performance.now() - t;
      // Enter after '/' searches the whole document: reported apart from the redraws.
      if (key.name === 'return' && reader.query && !searchMs) searchMs = took;
      else times.push(took);
      if (process.env.BENCH_VERBOSE && took > 5) console.error(JSON.stringify(key), took.toFixed(1));
    }
    times.sort((a, b) => a - b);
    const keys = {
      count: times.length,
      medianMs: times[times.length >> 1],
      p95Ms: times[Math.floor(times.length * 0.95)],
      maxMs: times.at(-1),
    };
    return { readMs, firstParseMs, headingScanMs, parseMs, firstFrameMs, layoutAllMs, firstKeyMs, searchMs, matches: reader.matches.length, keys };
  }
`;
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  define: {
    __PREPARED_ARTICLE__: 'undefined',
    'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'src/source/source.ts')).href),
  },
  logLevel: 'warning',
});
try {
  const { measure } = await import(pathToFileURL(out).href);
  process.stdout.write(`${JSON.stringify(measure(process.argv[2]))}\n`);
} finally {
  rmSync(out, { force: true });
}
