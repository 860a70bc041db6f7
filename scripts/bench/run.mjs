// `npm run bench`: builds if needed, generates the big documents, then measures the built
// `article` side by side with its floors (node -e 0, a bare marked lex, lowdown): wall time,
// peak memory, time to first output and the packed size. Prints one Markdown table to stdout
// (progress goes to stderr) and writes it to .bench/latest.md.
// Env: BENCH_ROUNDS (default 15) and BENCH_BIG_ROUNDS (default 5); BENCH_ONLY, a comma-separated
// list of the groups to measure (times, scripts, memory, first, screen, reader, reader-mode, package).
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { defaultFolder, extractionScore } from './extraction.mjs';
import { generateMarkdown } from './generate.mjs';
import { ensureScriptDocuments, scriptCommands, scriptRows } from './scripts-rows.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const at = (...parts) => path.join(root, ...parts);
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const bigRounds = Number(process.env.BENCH_BIG_ROUNDS ?? 5);
// Only PATH and HOME: no CI, no FORCE_COLOR, no NODE_OPTIONS from the caller's shell.
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const devNull = openSync('/dev/null', 'w');
const log = (message) => process.stderr.write(`bench: ${message}\n`);
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const wanted = (group) => only.length === 0 || only.includes(group);

// --- setup -----------------------------------------------------------------------------------

const files = (folder) =>
  existsSync(at(folder))
    ? readdirSync(at(folder), { recursive: true }).map((file) => at(folder, file))
    : [];

// Builds when the file bin/article.cjs loads (dist/article.js, or whatever the build now
// emits) is missing, or any built script is older than src/ or the build script.
function buildIfStale() {
  const entry = /['"]\.\.\/(dist\/[^'"]+)['"]/.exec(readFileSync(at('bin/article.cjs'), 'utf8'));
  const outputs = files('dist').filter((file) => /\.[cm]?js$/.test(file));
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const inputs = [...files('src'), ...files('scripts/stubs'), at('scripts/build.mjs')];
  const fresh = inputs.every((file) => statSync(file).mtimeMs <= built);
  if (existsSync(at(entry?.[1] ?? 'dist/article.js')) && outputs.length && fresh) return;
  log('the bundle is missing or older than src/: npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

function ensureDocument(name, bytes) {
  const file = at('.bench', name);
  if (!existsSync(file)) {
    log(`generating .bench/${name} (${bytes.toLocaleString('en')} bytes)`);
    mkdirSync(at('.bench'), { recursive: true });
    writeFileSync(file, generateMarkdown(bytes));
  }
  return file;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { env }).status === 0;
}

// --- measuring -------------------------------------------------------------------------------

function wallTime(argv) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: root,
    env,
    stdio: ['ignore', devNull, 'inherit'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}`);
  return ms;
}

// Round-robin: every command once per round (after one unmeasured warm-up each), the start
// rotating so no command always runs right after the same neighbour.
function interleave(commands, count) {
  for (const command of commands) wallTime(command.argv);
  const times = commands.map(() => []);
  for (let round = 0; round < count; round++) {
    log(`round ${round + 1}/${count}: ${commands.map((c) => c.what).join(', ')}`);
    for (let i = 0; i < commands.length; i++) {
      const index = (i + round) % commands.length;
      times[index].push(wallTime(commands[index].argv));
    }
  }
  return Object.fromEntries(commands.map((c, i) => [c.key, stats(times[i])]));
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

// Peak RSS in KB: GNU time for any command; else a preload, for node processes only.
function peakRss(argv, gnuTime) {
  let command = argv;
  if (gnuTime) command = ['/usr/bin/time', '-f', '%M', ...argv];
  else if (argv[0] === process.execPath) {
    command = [argv[0], '--import', at('scripts/bench/max-rss.mjs'), ...argv.slice(1)];
  } else return undefined;
  const result = spawnSync(command[0], command.slice(1), {
    cwd: root,
    env,
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
  });
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  if (result.status !== 0 || !Number.isFinite(kb)) throw new Error(`${argv.join(' ')}: no RSS`);
  return kb;
}

// Milliseconds from spawn to the first chunk on a stdout pipe; then the process is killed.
function firstOutput(argv) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let ms;
    child.stdout.once('data', () => {
      ms = Number(process.hrtime.bigint() - start) / 1e6;
      child.kill();
    });
    child.on('error', reject);
    child.on('close', () =>
      ms === undefined ? reject(new Error(`${argv[1]}: no output`)) : resolve(ms),
    );
  });
}

function packedSize() {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [pack] = JSON.parse(result.stdout);
  const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  return {
    size: pack.size,
    unpacked: pack.unpackedSize,
    dependencies: Object.keys(pkg.dependencies ?? {}).length,
  };
}

// --- report ----------------------------------------------------------------------------------

const ms = (value) => value.toFixed(value < 100 ? 1 : 0);
const times = (value) => `${value.toFixed(2)}×`;
const mb = (kb) => (kb / 1024).toFixed(1);
const met = (value, goal) => (value <= goal ? 'yes' : '**no**');
const timeRow = (what, s, ratio = '—', goal = '—', ok = '—') => [
  what,
  ms(s.median),
  `${ms(s.min)}–${ms(s.max)}`,
  ratio,
  goal,
  ok,
];

function table(rows) {
  const head = ['what', 'median ms', 'min–max', 'ratio', 'goal', 'met?'];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The commands measured, as argv arrays. */
function commandsFor(small, big) {
  const node = process.execPath;
  const article = [node, at('bin/article.cjs')];
  const lex = (file) => [
    node,
    '-e',
    `require(${JSON.stringify(at('node_modules/marked'))}).lexer(require('fs').readFileSync(${JSON.stringify(file)},'utf8'))`,
  ];
  return {
    floor: [node, '-e', '0'],
    writeFloor: [node, '-e', "process.stdout.write('x')"],
    plain: [...article, '--plain'],
    list: [...article, '--list'],
    color: [...article, '--color', 'always'],
    lex1: lex(small),
    lex10: lex(big),
    art1: [...article, '--file', small, '--plain'],
    art10: [...article, '--file', big, '--plain'],
    low1: ['lowdown', '-Tterm', small],
    low10: ['lowdown', '-Tterm', big],
    firstPiece: [node, at('scripts/bench/marked-floors.cjs'), 'first', big],
    chunks10: [node, at('scripts/bench/marked-floors.cjs'), 'chunks', big],
    // Ways of holding the heap small that were measured and not kept (README, Performance).
    worker10: [
      node,
      at('scripts/bench/heap-limits.cjs'),
      'worker',
      '2',
      '256',
      '--',
      '--file',
      big,
      '--plain',
    ],
    flags10: [node, at('scripts/bench/heap-limits.cjs'), 'flags', '--', '--file', big, '--plain'],
  };
}

function measureWallTimes(c, lowdown) {
  log(`timing the bundled article, ${rounds} rounds`);
  const small = [
    ['floor', 'node -e 0'],
    ['plain', '--plain'],
    ['list', '--list'],
    ['color', '--color always'],
  ];
  const big = [
    ['lex1', 'lex 1 MB'],
    ['lex10', 'lex 10 MB'],
    ['art1', 'article 1 MB'],
    ['art10', 'article 10 MB'],
    ...(lowdown
      ? [
          ['low1', 'lowdown 1 MB'],
          ['low10', 'lowdown 10 MB'],
        ]
      : []),
  ];
  const command = ([key, what]) => ({ key, what, argv: c[key] });
  const times = interleave(small.map(command), rounds);
  log(`timing 1 MB and 10 MB documents, ${bigRounds} rounds`);
  return { ...times, ...interleave(big.map(command), bigRounds) };
}

function measurePeakMemory(c, lowdown) {
  const gnuTime = existsSync('/usr/bin/time');
  log(`peak memory (${gnuTime ? '/usr/bin/time -f %M' : 'max-rss.mjs preload'}), 3 runs each`);
  const rss = {};
  const keys = ['floor', 'art10', 'worker10', 'flags10', 'lex10', 'chunks10'];
  for (const key of [...keys, ...(lowdown ? ['low10'] : [])]) {
    const runs = [0, 1, 2].map(() => peakRss(c[key], gnuTime));
    if (runs[0] !== undefined) rss[key] = stats(runs);
  }
  return rss;
}

async function measureFirstOutput(c) {
  log('time to first output on 10 MB, 7 runs each');
  const runs = { writeFloor: [], firstPiece: [], art10: [] };
  for (let i = 0; i < 7; i++) {
    for (const key of Object.keys(runs)) runs[key].push(await firstOutput(c[key]));
  }
  return Object.fromEntries(Object.entries(runs).map(([key, values]) => [key, stats(values)]));
}

/** The reader's first screen in a real terminal (first-screen.mjs): a page-long document and 10 MB, interleaved. */
function measureFirstScreen(page, big) {
  log(`the reader's first screen in a pseudo-terminal, ${bigRounds * 2} rounds`);
  const result = spawnSync(
    process.execPath,
    [at('scripts/bench/first-screen.mjs'), String(bigRounds * 2), page, big],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const times = JSON.parse(result.stdout);
  return { page: stats(times[page]), big: stats(times[big]) };
}

function measureReader(big) {
  log('interactive reader on 10 MB, in process');
  return JSON.parse(
    spawnSync(process.execPath, [at('scripts/bench/reader-frame.mjs'), big], {
      cwd: root,
      encoding: 'utf8',
    }).stdout,
  );
}

function wallTimeRows(t, lowdown) {
  const r = (a, b) => t[a].median / t[b].median;
  const vs = (key, lexKey, lowKey) =>
    [`${times(r(key, lexKey))} lex`, lowdown && `${times(r(key, lowKey))} lowdown`]
      .filter(Boolean)
      .join(', ');
  const startup = {
    plain: '`article --plain`',
    list: '`article --list`',
    color: '`article --color always`',
  };
  const scaling = r('art10', 'art1');
  return [
    timeRow('`node -e 0` (floor)', t.floor),
    ...Object.entries(startup).map(([key, what]) =>
      timeRow(
        what,
        t[key],
        `${times(r(key, 'floor'))} floor`,
        '≤ 1.25× floor',
        met(r(key, 'floor'), 1.25),
      ),
    ),
    timeRow('bare `marked.lexer`, 1 MB', t.lex1),
    timeRow('bare `marked.lexer`, 10 MB', t.lex10),
    lowdown && timeRow('`lowdown -Tterm`, 1 MB', t.low1),
    lowdown && timeRow('`lowdown -Tterm`, 10 MB', t.low10),
    timeRow('`article --file 1mb.md --plain`', t.art1, vs('art1', 'lex1', 'low1')),
    timeRow(
      '`article --file 10mb.md --plain`',
      t.art10,
      vs('art10', 'lex10', 'low10'),
      '≤ 1.2× lex',
      met(r('art10', 'lex10'), 1.2),
    ),
    ['scaling: article 10 MB / 1 MB', '—', '—', times(scaling), '≤ 11', met(scaling, 11)],
    ['scaling: bare lex 10 MB / 1 MB', '—', '—', times(r('lex10', 'lex1')), '—', '—'],
    lowdown && ['scaling: lowdown 10 MB / 1 MB', '—', '—', times(r('low10', 'low1')), '—', '—'],
  ];
}

function memoryRows(rss, bigBytes) {
  const above = (key) => ((rss[key].median - rss.floor.median) * 1024) / bigBytes;
  const rssRow = (what, key, ratio = '—', goal = '—', ok = '—') =>
    rss[key] && [
      what,
      `${mb(rss[key].median)} MB`,
      `${mb(rss[key].min)}–${mb(rss[key].max)} MB`,
      ratio,
      goal,
      ok,
    ];
  const aboveFloor = (key) => rss[key] && `${times(above(key))} doc above floor`;
  return [
    rssRow('peak RSS: `node -e 0`', 'floor'),
    rssRow(
      'peak RSS: `article`, 10 MB',
      'art10',
      aboveFloor('art10'),
      '≤ 3',
      met(above('art10'), 3),
    ),
    rssRow(
      'peak RSS: `article` in a worker, young generation 2 MB, old 256 MB, 10 MB (not kept)',
      'worker10',
      aboveFloor('worker10'),
    ),
    rssRow(
      'peak RSS: `article` with V8 flags set at run time for a small heap, 10 MB (not kept)',
      'flags10',
      aboveFloor('flags10'),
    ),
    rssRow('peak RSS: bare lex, 10 MB', 'lex10', aboveFloor('lex10')),
    rssRow(
      'peak RSS: marked lexing 10 MB 16 KB at a time, holding nothing',
      'chunks10',
      aboveFloor('chunks10'),
    ),
    rssRow(
      'peak RSS: `lowdown -Tterm`, 10 MB',
      'low10',
      rss.low10 && `${times((rss.low10.median * 1024) / bigBytes)} doc (whole process)`,
    ),
  ];
}

function firstOutputRows(first) {
  const ratio = (key) => first[key].median / first.writeFloor.median;
  return [
    timeRow('first output: `node -e "process.stdout.write(\'x\')"`', first.writeFloor),
    timeRow(
      'first output: load marked, lex the first 8 KB chunk',
      first.firstPiece,
      `${times(ratio('firstPiece'))} floor`,
    ),
    // Kept without a goal: below marked's own floor, and no person tells 50 ms from 70 ms (issue 14).
    timeRow('first output: `article`, 10 MB', first.art10, `${times(ratio('art10'))} floor`),
  ];
}

function firstScreenRows(screen) {
  const ratio = screen.big.median / screen.page.median;
  return [
    timeRow('reader: first screen in a terminal, a page-long document (4 KB)', screen.page),
    timeRow(
      'reader: first screen in a terminal, 10 MB',
      screen.big,
      `${times(ratio)} page-long`,
      '≤ 1.5× page-long',
      met(ratio, 1.5),
    ),
  ];
}

function readerRows(reader) {
  const { keys } = reader;
  const row = (what, ms) => [what, ms.toFixed(0), '—', '—', '—', '—'];
  return [
    row('reader, 10 MB before the first frame: read and decode', reader.readMs),
    row(
      'reader, 10 MB before the first frame: parse the first sections (24 KB)',
      reader.firstParseMs,
    ),
    row(
      'reader, 10 MB: scan the heading levels (only when an Introduction comes first)',
      reader.headingScanMs,
    ),
    row('reader, 10 MB: parse into sections (lexes every block; in idle turns)', reader.parseMs),
    row('reader, 10 MB: lay out the first screen and draw it', reader.firstFrameMs),
    row(
      'reader, 10 MB: lay out the whole document (G at once; else idle turns)',
      reader.layoutAllMs,
    ),
    [
      `reader: key + redraw on 10 MB (${keys.count} keys)`,
      keys.medianMs.toFixed(2),
      `95%: ${keys.p95Ms.toFixed(1)}, max ${keys.maxMs.toFixed(1)}`,
      '—',
      '≤ 16 ms (95%; max)',
      `${met(keys.p95Ms, 16)}; ${met(keys.maxMs, 16)}`,
    ],
    [
      `reader: search 10 MB (${reader.matches} matches)`,
      reader.searchMs.toFixed(0),
      '—',
      '—',
      '—',
      '—',
    ],
  ];
}

function packageRows(pack) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  return [
    ['packed tarball', kb(pack.size), '—', '—', '≤ 500 KB', met(pack.size, 500 * 1024)],
    ['unpacked', kb(pack.unpacked), '—', '—', '—', '—'],
    ['runtime dependencies', String(pack.dependencies), '—', '—', '0', met(pack.dependencies, 0)],
  ];
}

// --- reader mode -----------------------------------------------------------------------------

/** A 115 KB news page of the article-extraction set, written out once to .bench/news.html. */
function newsPage() {
  const source = path.join(defaultFolder, 'html', `${newsPageKey}.html.gz`);
  if (!existsSync(source)) return undefined;
  const file = at('.bench', 'news.html');
  if (!existsSync(file)) {
    mkdirSync(at('.bench'), { recursive: true });
    writeFileSync(file, gunzipSync(readFileSync(source)));
  }
  return file;
}
const newsPageKey = '35b158918c676ff2c74445517db76c83db70a805cc50b64e1369b354a027fcbd';

/** readability-lxml, the fastest reader mode a user could pick instead (python3-readability). */
const lxmlScript =
  "import sys; from readability import Document; print(Document(open(sys.argv[1], encoding='utf-8').read()).summary())";

/** What the libraries alone cost (scripts/bench/reader-floor.cjs): how close article can come. */
const readerFloors = [
  ['floor', 'linkedom + Readability', []],
  ['floorMarked', 'linkedom + Readability + loading marked', ['marked']],
];

function hasReadabilityLxml() {
  return spawnSync('/usr/bin/python3', ['-c', 'import readability'], { env }).status === 0;
}

async function measureReaderMode() {
  const page = newsPage();
  if (!page) {
    log(`reader mode: no pages at ${defaultFolder}`);
    return undefined;
  }
  const commands = [
    {
      key: 'article',
      what: 'article news page',
      argv: [process.execPath, at('bin/article.cjs'), page, '--plain'],
    },
  ];
  for (const [key, what, extra] of readerFloors) {
    commands.push({
      key,
      what,
      argv: [process.execPath, at('scripts/bench/reader-floor.cjs'), page, ...extra],
    });
  }
  const lxml = hasReadabilityLxml();
  if (lxml)
    commands.push({
      key: 'lxml',
      what: 'readability-lxml',
      argv: ['/usr/bin/python3', '-c', lxmlScript, page],
    });
  else log('readability-lxml: not installed (apt-get install python3-readability)');
  log(
    `timing reader mode on a ${Math.round(statSync(page).size / 1024)} KB news page, ${rounds} rounds`,
  );
  const times = interleave(commands, rounds);
  log('scoring reader mode on the article-extraction pages');
  return { times, score: await extractionScore() };
}

function readerModeRows(result) {
  if (!result) return [];
  const { times: timing, score } = result;
  const rows = [];
  if (timing.lxml) rows.push(timeRow('readability-lxml, the same page', timing.lxml));
  for (const [key, what] of readerFloors) {
    const floorRatio = timing.lxml
      ? `${times(timing[key].median / timing.lxml.median)} readability-lxml`
      : '—';
    rows.push(timeRow(`floor: ${what} alone, the same page`, timing[key], floorRatio));
  }
  const ratio = timing.lxml ? timing.article.median / timing.lxml.median : undefined;
  rows.push(
    timeRow(
      'article, a 115 KB news page (reader mode)',
      timing.article,
      ratio === undefined ? '—' : `${times(ratio)} readability-lxml`,
      ratio === undefined ? '—' : '≤ 1.00×',
      ratio === undefined ? '—' : met(ratio, 1),
    ),
  );
  if (score) {
    const figures = `F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`;
    rows.push([
      `reader mode on ${score.pages} news pages, --plain --links none`,
      figures,
      '—',
      '—',
      'F1 ≥ 0.96',
      score.f1 >= 0.96 ? 'yes' : '**no**',
    ]);
  }
  return rows;
}

function machine() {
  const cpus = os.cpus();
  return (
    `Machine: ${cpus[0].model}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
    `Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
    `${rounds} rounds (small), ${bigRounds} rounds (1 MB / 10 MB).`
  );
}

function measureScripts(small) {
  const files = ensureScriptDocuments(at('.bench'), small, log);
  log(`timing 1 MB of each script beside 1 MB of English, ${bigRounds} rounds`);
  return interleave(scriptCommands([process.execPath, at('bin/article.cjs')], files), bigRounds);
}

/** Each group measured (unless BENCH_ONLY leaves it out), as rows of the table. */
async function measuredRows(small, big) {
  const c = commandsFor(small, big);
  const lowdown = onPath('lowdown');
  if (!lowdown && (wanted('times') || wanted('memory')))
    log('lowdown: not installed (apt-get install lowdown)');
  const groups = [
    ['times', () => wallTimeRows(measureWallTimes(c, lowdown), lowdown)],
    ['scripts', () => scriptRows(measureScripts(small), timeRow, times)],
    ['memory', () => memoryRows(measurePeakMemory(c, lowdown), statSync(big).size)],
    ['first', async () => firstOutputRows(await measureFirstOutput(c))],
    ['screen', () => firstScreenRows(measureFirstScreen(ensureDocument('page.md', 3000), big))],
    ['reader', () => readerRows(measureReader(big))],
    ['reader-mode', async () => readerModeRows(await measureReaderMode())],
    [
      'package',
      () => {
        log('npm pack --dry-run');
        return packageRows(packedSize());
      },
    ],
  ];
  const rows = [];
  for (const [name, measure] of groups) if (wanted(name)) rows.push(...(await measure()));
  return { rows, lowdown };
}

async function main() {
  buildIfStale();
  const small = ensureDocument('1mb.md', 1_000_000);
  const big = ensureDocument('10mb.md', 10_000_000);
  const { rows, lowdown } = await measuredRows(small, big);
  const lowdownMissing = !lowdown && (wanted('times') || wanted('memory'));
  const notes = lowdownMissing ? '\nlowdown: not installed (apt-get install lowdown)\n' : '';
  const report = `${machine()}\n\n${table(rows.filter(Boolean))}\n${notes}`;
  writeFileSync(at('.bench/latest.md'), report);
  process.stdout.write(report);
  log('written to .bench/latest.md');
}

await main();
