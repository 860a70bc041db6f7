// `npm run bench:dom [-- path/to/readability-test-pages.tar.gz]`: which DOM to run Readability
// over. For each DOM library installed (linkedom, jsdom, happy-dom), on Readability's own 130
// test pages: agreement with its expected output, time of parse + Readability, peak memory, the
// time to load the modules, and the size of an esbuild bundle of the DOM with Readability.
// Every page is parsed with no script run and nothing the page refers to loaded.
// Prints one Markdown table to stdout (progress on stderr) and writes it to .bench/dom-choice.md.
// Env: BENCH_DOM_ROUNDS (default 3: child processes per library, each running all pages twice,
// a warm-up pass then a timed one) and BENCH_DOM_LOAD_ROUNDS (default 10).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const at = (...parts) => path.join(root, ...parts);
const work = at('.bench', 'dom');
const pageUrl = 'http://fakehost/test/page.html'; // as in Readability's own test harness
const log = (message) => process.stderr.write(`bench:dom: ${message}\n`);
const env = { PATH: process.env.PATH, HOME: process.env.HOME };

// --- the candidates --------------------------------------------------------------------------
// Each entry module exports parse(html, url) -> { document, close? } and Readability; the same
// file is imported by the measuring child and bundled by esbuild.

const readability = "export { Readability } from '@mozilla/readability';";

const candidates = {
  linkedom: {
    // linkedom never runs scripts nor loads anything. It has no documentURI, and its baseURI is
    // the raw <base href> (unresolved) or location.href: both are set as a browser would.
    entry: `import { parseHTML } from 'linkedom';
${readability}
export function parse(html, url) {
  const { document } = parseHTML(html, { location: new URL(url) });
  const base = document.querySelector('base[href]')?.getAttribute('href');
  let baseURI = url;
  try { if (base) baseURI = new URL(base, url).href; } catch {}
  Object.defineProperty(document, 'documentURI', { value: url });
  Object.defineProperty(document, 'baseURI', { value: baseURI });
  return { document };
}`,
  },
  jsdom: {
    // No runScripts (scripts never run) and no resources (nothing loaded); a silent console.
    entry: `import { JSDOM, VirtualConsole } from 'jsdom';
${readability}
export function parse(html, url) {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, close: () => dom.window.close() };
}`,
  },
  'happy-dom': {
    // JavaScript evaluation is off by default since happy-dom 20 (enableJavaScriptEvaluation);
    // every kind of loading and navigation is switched off explicitly.
    entry: `import { Window } from 'happy-dom';
${readability}
const settings = {
  enableJavaScriptEvaluation: false,
  disableJavaScriptFileLoading: true,
  enableCSSFileLoading: false,
  enableImageFileLoading: false,
  enableIframePageLoading: false,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
};
export function parse(html, url) {
  const window = new Window({ url, settings });
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return { document, close: () => window.happyDOM.close() };
}`,
  },
};

const requireHere = createRequire(at('package.json'));
function version(name) {
  try {
    return JSON.parse(readFileSync(requireHere.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return undefined;
  }
}

// --- the test pages --------------------------------------------------------------------------

// A ustar reader (the test pages have short names): [[name, bytes], ...] of the regular files.
function untar(buffer) {
  const files = [];
  const text = (from, length) =>
    buffer.toString('utf8', from, from + length).replace(/\0[\s\S]*$/, '');
  for (let offset = 0; offset + 512 <= buffer.length; ) {
    const name = text(offset, 100);
    if (!name) break;
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = text(offset + 156, 1);
    const prefix = text(offset + 345, 155);
    const body = offset + 512;
    if (type === '0' || type === '') {
      files.push([prefix ? `${prefix}/${name}` : name, buffer.subarray(body, body + size)]);
    }
    offset = body + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Unpacks the tarball into .bench/dom/pages once; returns the folder of the page folders. */
function unpackPages(tarball) {
  const folder = path.join(work, 'pages');
  const stamp = path.join(folder, '.from');
  const mark = `${tarball} ${statSync(tarball).mtimeMs}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === mark) return folder;
  log(`unpacking ${path.relative(root, tarball)}`);
  for (const [name, bytes] of untar(gunzipSync(readFileSync(tarball)))) {
    const relative = name.replace(/^(\.\/)?test-pages\//, '');
    const file = path.join(folder, relative);
    if (!file.startsWith(folder + path.sep)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  writeFileSync(stamp, mark);
  return folder;
}

// --- comparing with the expected output ------------------------------------------------------
// Both sides go through the same string code, so no DOM judges itself.

const blocks = new Set(
  `address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th
thead tr ul img`.split(/\s+/),
);
const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : +code.slice(1);
    return String.fromCodePoint(point);
  });

/** The words of serialised HTML (every attribute as name="value", as the DOMs write it, and
 * names may hold quotes: <div "="">): tags of blocks separate words, inline tags do not. */
function words(html) {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?([a-z][a-z0-9-]*)(?:\s+[^\s=>]+(?:="[^"]*")?)*\s*\/?>/gi, (_, tag) =>
      blocks.has(tag.toLowerCase()) ? ' ' : '',
    );
  return decode(text).split(/\s+/).filter(Boolean);
}

/** The addresses of links and images, in order. */
const addresses = (html) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decode(match[1]));

/** Length of the longest common subsequence (Myers' O((N+M)D) difference algorithm). */
function commonInOrder(a, b) {
  if (!a.length || !b.length) return 0;
  const max = a.length + b.length;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]);
      let x = down ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= a.length && y >= b.length) return (a.length + b.length - d) / 2;
    }
  }
  return 0;
}

const metadataKeys = ['title', 'byline', 'excerpt', 'siteName', 'lang', 'publishedTime'];

function agreement(result, expectedHtml, metadata) {
  const expected = words(expectedHtml);
  const got = result ? words(result.content ?? '') : [];
  const common = commonInOrder(expected, got);
  const same = (key) => (result?.[key] ?? null) === (metadata[key] ?? null);
  return {
    equal: expected.join(' ') === got.join(' '),
    recall: expected.length ? common / expected.length : got.length ? 0 : 1,
    precision: got.length ? common / got.length : expected.length ? 0 : 1,
    title: same('title'),
    byline: same('byline'),
    metadata: metadataKeys.every((key) => !(key in metadata) || same(key)),
    addresses:
      addresses(expectedHtml).join('\n') ===
      (result ? addresses(result.content ?? '') : []).join('\n'),
    none: !result,
  };
}

// --- the child: one library over all pages ---------------------------------------------------

/** Comments removed as Readability's test harness does (it made expected.html that way).
 * By childNodes: in linkedom, a doctype's nextSibling is undefined, not the <html> element. */
function removeComments(node) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 8) node.removeChild(child);
    else if (child.nodeType === 1) removeComments(child);
  }
}

async function runPage(dom, html) {
  const start = performance.now();
  const { document, close } = dom.parse(html, pageUrl);
  const parsed = performance.now();
  removeComments(document);
  const reading = performance.now();
  const result = new dom.Readability(document, { classesToPreserve: ['caption'] }).parse();
  const done = performance.now();
  await close?.();
  return { result, parseMs: parsed - start, readMs: done - reading };
}

async function child(name, folder) {
  const dom = await import(pathToFileURL(path.join(work, `entry-${name}.mjs`)).href);
  const pages = readdirSync(folder)
    .filter((page) => existsSync(path.join(folder, page, 'source.html')))
    .sort();
  const read = (page, file) => readFileSync(path.join(folder, page, file), 'utf8').trim();
  const out = { pages: {}, times: {} };
  for (const pass of ['warm-up', 'timed']) {
    for (const page of pages) {
      const source = read(page, 'source.html');
      try {
        const { result, parseMs, readMs } = await runPage(dom, source);
        if (pass === 'timed') out.times[page] = [parseMs, readMs];
        else {
          const metadata = JSON.parse(read(page, 'expected-metadata.json'));
          out.pages[page] = agreement(result, read(page, 'expected.html'), metadata);
        }
      } catch (error) {
        out.pages[page] = {
          error: String(error?.stack ?? error)
            .split('\n', 2)
            .join(' '),
        };
      }
    }
  }
  out.maxRSS = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify(out));
}

// --- the parent: processes side by side ------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function run(argv, what) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stderr}`);
  return { ms, stdout: result.stdout };
}

// Round-robin: each command once per round, the start rotating so none always follows the same.
function interleave(commands, rounds, measure) {
  const values = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < commands.length; i++) {
      const index = (i + round) % commands.length;
      values[index].push(measure(commands[index], round));
    }
  }
  return values;
}

function measurePages(names, folder, rounds) {
  const self = fileURLToPath(import.meta.url);
  const runs = interleave(names, rounds, (name, round) => {
    log(`round ${round + 1}/${rounds}: ${name} over all pages, twice`);
    return JSON.parse(run([process.execPath, self, '--child', name, folder], name).stdout);
  });
  const floor = interleave(
    ['floor'],
    rounds,
    () => +run([process.execPath, '-e', 'console.log(process.resourceUsage().maxRSS)']).stdout,
  )[0];
  return Object.fromEntries(
    names.map((name, i) => {
      const all = runs[i];
      const totals = all.map((r) => Object.values(r.times).reduce((s, [p, q]) => s + p + q, 0));
      const perPage = (pick) => median(all.map((r) => median(Object.values(r.times).map(pick))));
      return [
        name,
        {
          pages: all[0].pages,
          totalMs: median(totals),
          parseMs: perPage(([p]) => p),
          readMs: perPage(([, q]) => q),
          pageMs: perPage(([p, q]) => p + q),
          rssKb: median(all.map((r) => r.maxRSS)) - median(floor),
        },
      ];
    }),
  );
}

async function bundle(name) {
  const esbuild = await import('esbuild');
  const outfile = path.join(work, `bundle-${name}.cjs`);
  try {
    const built = await esbuild.build({
      entryPoints: [path.join(work, `entry-${name}.mjs`)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      minify: true,
      outfile,
      logLevel: 'silent',
    });
    const bytes = readFileSync(outfile);
    const check = `const m=require(${JSON.stringify(outfile)});const {document}=m.parse('<html><body><article><p>${'Some words here. '.repeat(30)}</p></article></body></html>',${JSON.stringify(pageUrl)});process.stdout.write(String(new m.Readability(document).parse()?.length))`;
    const runs = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8', env });
    return {
      size: bytes.length,
      gzip: gzipSync(bytes).length,
      warnings: built.warnings.length,
      works: runs.status === 0 && Number(runs.stdout) > 0,
      // A file the library reads beside itself at load time is missing from the bundle.
      failure: /^\w*Error\b.*$/m
        .exec(runs.stderr)?.[0]
        ?.replace(/'\/[^']*\//g, "'")
        .slice(0, 120),
      file: outfile,
    };
  } catch (error) {
    return { error: String(error.message).split('\n', 2).join(' ') };
  }
}

function measureLoad(names, bundles, rounds) {
  const load = (name) => {
    const urls = [name, '@mozilla/readability'].map(
      (pkg) => pathToFileURL(requireHere.resolve(pkg)).href,
    );
    return `await Promise.all(${JSON.stringify(urls)}.map((u) => import(u)))`;
  };
  const commands = [
    { key: 'floor', argv: [process.execPath, '-e', '0'] },
    ...names.map((name) => ({
      key: `modules ${name}`,
      argv: [process.execPath, '--input-type=module', '-e', load(name)],
    })),
    ...names
      .filter((name) => bundles[name].works)
      .map((name) => ({ key: `bundle ${name}`, argv: [process.execPath, bundles[name].file] })),
  ];
  for (const command of commands) run(command.argv, command.key);
  log(`timing module loads, ${rounds} rounds`);
  const times = interleave(commands, rounds, (command) => run(command.argv, command.key).ms);
  return Object.fromEntries(commands.map((command, i) => [command.key, median(times[i])]));
}

// --- report ----------------------------------------------------------------------------------

const sum = (values) => values.reduce((s, v) => s + v, 0);
const fixed = (value, digits = 0) => value.toFixed(digits);
const share = (count, all) => `${count}/${all}`;

function agreementRows(names, results) {
  const pages = (name) => Object.values(results[name].pages);
  const fine = (name) => pages(name).filter((p) => !p.error);
  const count = (key) => (name) =>
    share(fine(name).filter((p) => p[key]).length, pages(name).length);
  const mean = (key) => (name) => fixed(sum(fine(name).map((p) => p[key])) / pages(name).length, 4);
  return [
    ['text equal to expected.html, word for word', count('equal')],
    ['expected words found in order (recall, mean)', mean('recall')],
    ['extracted words that are expected, in order (precision, mean)', mean('precision')],
    ['title equal', count('title')],
    ['byline equal', count('byline')],
    [
      'all metadata equal (title, byline, excerpt, siteName, lang, publishedTime)',
      count('metadata'),
    ],
    ['link and image addresses as expected', count('addresses')],
    ['pages where Readability found no article', count('none')],
    [
      'pages that throw',
      (name) => share(pages(name).length - fine(name).length, pages(name).length),
    ],
  ].map(([what, cell]) => [what, ...names.map(cell)]);
}

function costRows(names, results, bundles, loads) {
  const floor = loads.floor;
  const above = (key) => (key in loads ? `${fixed(loads[key] - floor)}` : '—');
  const kb = (bytes) => `${fixed(bytes / 1024)} KB`;
  const b = (name) => bundles[name];
  return [
    ['parse + Readability, all pages, ms (median of rounds)', (n) => fixed(results[n].totalMs)],
    ['per page, median ms: parse + Readability', (n) => fixed(results[n].pageMs, 1)],
    ['per page, median ms: parse only', (n) => fixed(results[n].parseMs, 1)],
    ['per page, median ms: Readability only', (n) => fixed(results[n].readMs, 1)],
    ['peak RSS over all pages, MB above `node -e 0`', (n) => fixed(results[n].rssKb / 1024, 1)],
    [
      `load DOM + Readability from node_modules, ms above \`node -e 0\` (${fixed(floor)} ms)`,
      (n) => above(`modules ${n}`),
    ],
    [
      'esbuild bundle (node, CJS, minified): size',
      (n) => (b(n).error ? `fails: ${b(n).error}` : kb(b(n).size)),
    ],
    ['esbuild bundle: gzip size', (n) => (b(n).error ? '—' : kb(b(n).gzip))],
    [
      'esbuild bundle: runs Readability',
      (n) => (b(n).error ? '—' : b(n).works ? 'yes' : `**no**: ${b(n).failure}`),
    ],
    ['load the bundle, ms above `node -e 0`', (n) => above(`bundle ${n}`)],
  ].map(([what, cell]) => [what, ...names.map(cell)]);
}

function table(names, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const head = ['measure', ...names.map((name) => `${name} ${version(name)}`)];
  return [line(head), line(head.map((_, i) => (i ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function differences(names, results) {
  const lines = [];
  for (const name of names) {
    for (const [page, p] of Object.entries(results[name].pages)) {
      if (p.error) lines.push(`- ${name}, ${page}: throws ${p.error}`);
      else if (!p.equal || !p.title || !p.byline) {
        const what = [
          !p.equal && `text (recall ${fixed(p.recall, 3)}, precision ${fixed(p.precision, 3)})`,
          !p.title && 'title',
          !p.byline && 'byline',
        ];
        lines.push(`- ${name}, ${page}: ${what.filter(Boolean).join(', ')} differ`);
      }
    }
  }
  return lines;
}

async function main() {
  const argument = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  const tarball = path.resolve(argument ?? at('..', 'shared/data/readability-test-pages.tar.gz'));
  if (!existsSync(tarball)) {
    log(`no test pages at ${tarball}: pass the path of readability-test-pages.tar.gz`);
    process.exit(2);
  }
  if (!version('@mozilla/readability')) {
    log('@mozilla/readability is not installed: npm install');
    process.exit(2);
  }
  const names = Object.keys(candidates).filter((name) => {
    if (version(name)) return true;
    log(`skipping ${name}: not installed (npm install --no-save ${name})`);
    return false;
  });
  mkdirSync(work, { recursive: true });
  for (const name of names)
    writeFileSync(path.join(work, `entry-${name}.mjs`), candidates[name].entry);
  const folder = unpackPages(tarball);
  const results = measurePages(names, folder, Number(process.env.BENCH_DOM_ROUNDS ?? 3));
  const bundles = {};
  for (const name of names) bundles[name] = await bundle(name);
  const loads = measureLoad(names, bundles, Number(process.env.BENCH_DOM_LOAD_ROUNDS ?? 10));
  const rows = [...agreementRows(names, results), ...costRows(names, results, bundles, loads)];
  const report = table(names, rows);
  writeFileSync(
    at('.bench', 'dom-choice.md'),
    `${report}\n\n${differences(names, results).join('\n')}\n`,
  );
  log('pages that differ: .bench/dom-choice.md');
  process.stdout.write(`${report}\n`);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
