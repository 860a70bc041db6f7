// `npm run bench`: builds if needed, generates the big documents, then measures the built
// `article` side by side with its floors (node -e 0, a bare marked lex, lowdown): wall time,
// peak memory, time to first output and the packed size. Prints one Markdown table to stdout
// (progress goes to stderr) and writes it to .bench/latest.md.
// Env: BENCH_ROUNDS (default 15) and BENCH_BIG_ROUNDS (default 5).
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
import { generateMarkdown } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const at = (...parts) => path.join(root, ...parts);
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const bigRounds = Number(process.env.BENCH_BIG_ROUNDS ?? 5);
// Only PATH and HOME: no CI, no FORCE_COLOR, no NODE_OPTIONS from the caller's shell.
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const devNull = openSync('/dev/null', 'w');
const log = (message) => process.stderr.write(`bench: ${message}\n`);

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

async function main() {
  buildIfStale();
  const small = ensureDocument('1mb.md', 1_000_000);
  const big = ensureDocument('10mb.md', 10_000_000);
  const bigBytes = statSync(big).size;
  const node = process.execPath;
  const article = [node, at('bin/article.cjs')];
  const lex = (file) => [
    node,
    '-e',
    `require(${JSON.stringify(at('node_modules/marked'))}).lexer(require('fs').readFileSync(${JSON.stringify(file)},'utf8'))`,
  ];
  const floors = (mode, file) => [node, at('scripts/bench/marked-floors.cjs'), mode, file];
  const lowdown = onPath('lowdown');
  const gnuTime = existsSync('/usr/bin/time');
  if (!lowdown) log('lowdown: not installed (apt-get install lowdown)');

  log(`timing the bundled article, ${rounds} rounds`);
  const t = interleave(
    [
      { key: 'floor', what: 'node -e 0', argv: [node, '-e', '0'] },
      { key: 'plain', what: '--plain', argv: [...article, '--plain'] },
      { key: 'list', what: '--list', argv: [...article, '--list'] },
      { key: 'color', what: '--color always', argv: [...article, '--color', 'always'] },
    ],
    rounds,
  );

  log(`timing 1 MB and 10 MB documents, ${bigRounds} rounds`);
  const bigCommands = [
    { key: 'lex1', what: 'lex 1 MB', argv: lex(small) },
    { key: 'lex10', what: 'lex 10 MB', argv: lex(big) },
    { key: 'art1', what: 'article 1 MB', argv: [...article, '--file', small, '--plain'] },
    { key: 'art10', what: 'article 10 MB', argv: [...article, '--file', big, '--plain'] },
  ];
  if (lowdown) {
    bigCommands.push(
      { key: 'low1', what: 'lowdown 1 MB', argv: ['lowdown', '-Tterm', small] },
      { key: 'low10', what: 'lowdown 10 MB', argv: ['lowdown', '-Tterm', big] },
    );
  }
  Object.assign(t, interleave(bigCommands, bigRounds));

  log(`peak memory (${gnuTime ? '/usr/bin/time -f %M' : 'max-rss.mjs preload'}), 3 runs each`);
  const rssCommands = {
    floor: [node, '-e', '0'],
    art10: [...article, '--file', big, '--plain'],
    lex10: lex(big),
    pieces10: floors('pieces', big),
    ...(lowdown ? { low10: ['lowdown', '-Tterm', big] } : {}),
  };
  const rss = {};
  for (const [key, argv] of Object.entries(rssCommands)) {
    const runs = [0, 1, 2].map(() => peakRss(argv, gnuTime));
    if (runs[0] !== undefined) rss[key] = stats(runs);
  }

  log('time to first output on 10 MB, 7 runs each');
  const ttfo = { floor: [], piece: [], art10: [] };
  for (let i = 0; i < 7; i++) {
    ttfo.floor.push(await firstOutput([node, '-e', "process.stdout.write('x')"]));
    ttfo.piece.push(await firstOutput(floors('first', big)));
    ttfo.art10.push(await firstOutput([...article, '--file', big, '--plain']));
  }
  const first = { floor: stats(ttfo.floor), piece: stats(ttfo.piece), art10: stats(ttfo.art10) };

  log('interactive reader on 10 MB, in process');
  const reader = JSON.parse(
    spawnSync(process.execPath, [at('scripts/bench/reader-frame.mjs'), big], {
      cwd: root,
      encoding: 'utf8',
    }).stdout,
  );

  log('npm pack --dry-run');
  const pack = packedSize();

  const r = (a, b) => t[a].median / t[b].median;
  const vs = (key, lexKey, lowKey) =>
    [`${times(r(key, lexKey))} lex`, lowdown && `${times(r(key, lowKey))} lowdown`]
      .filter(Boolean)
      .join(', ');
  const scaling = r('art10', 'art1');
  const rows = [
    timeRow('`node -e 0` (floor)', t.floor),
    ...['plain', 'list', 'color'].map((key) =>
      timeRow(
        { plain: '`article --plain`', list: '`article --list`', color: '`article --color always`' }[
          key
        ],
        t[key],
        `${times(r(key, 'floor'))} floor`,
        '≤ 1.25× floor',
        met(r(key, 'floor'), 1.25),
      ),
    ),
    timeRow('bare `marked.lexer`, 1 MB', t.lex1),
    timeRow('bare `marked.lexer`, 10 MB', t.lex10),
  ];
  if (lowdown) {
    rows.push(
      timeRow('`lowdown -Tterm`, 1 MB', t.low1),
      timeRow('`lowdown -Tterm`, 10 MB', t.low10),
    );
  }
  rows.push(
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
  );
  if (lowdown)
    rows.push(['scaling: lowdown 10 MB / 1 MB', '—', '—', times(r('low10', 'low1')), '—', '—']);
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
  rows.push(
    rssRow('peak RSS: `node -e 0`', 'floor'),
    rssRow(
      'peak RSS: `article`, 10 MB',
      'art10',
      `${times(above('art10'))} doc above floor`,
      '≤ 3',
      met(above('art10'), 3),
    ),
    rssRow(
      'peak RSS: bare lex, 10 MB',
      'lex10',
      rss.lex10 && `${times(above('lex10'))} doc above floor`,
    ),
    rssRow(
      'peak RSS: marked lexing 10 MB 16 KB at a time, holding nothing',
      'pieces10',
      rss.pieces10 && `${times(above('pieces10'))} doc above floor`,
    ),
    rssRow(
      'peak RSS: `lowdown -Tterm`, 10 MB',
      'low10',
      rss.low10 && `${times((rss.low10.median * 1024) / bigBytes)} doc (whole process)`,
    ),
  );
  const ttfoRatio = first.art10.median / first.floor.median;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  rows.push(
    timeRow('first output: `node -e "process.stdout.write(\'x\')"`', first.floor),
    timeRow(
      'first output: load marked, lex the first 8 KB piece',
      first.piece,
      `${times(first.piece.median / first.floor.median)} floor`,
    ),
    timeRow(
      'first output: `article`, 10 MB',
      first.art10,
      `${times(ttfoRatio)} floor`,
      '≤ 1.5',
      met(ttfoRatio, 1.5),
    ),
    ['reader: lay out 10 MB', reader.layoutMs.toFixed(0), '—', '—', '—', '—'],
    [
      `reader: key + redraw on 10 MB (${reader.keys.count} keys)`,
      reader.keys.medianMs.toFixed(2),
      `95%: ${reader.keys.p95Ms.toFixed(1)}, max ${reader.keys.maxMs.toFixed(1)}`,
      '—',
      '≤ 16 ms (95%; max)',
      `${met(reader.keys.p95Ms, 16)}; ${met(reader.keys.maxMs, 16)}`,
    ],
    [
      `reader: search 10 MB (${reader.matches} matches)`,
      reader.searchMs.toFixed(0),
      '—',
      '—',
      '—',
      '—',
    ],
    ['packed tarball', kb(pack.size), '—', '—', '≤ 500 KB', met(pack.size, 500 * 1024)],
    ['unpacked', kb(pack.unpacked), '—', '—', '—', '—'],
    ['runtime dependencies', String(pack.dependencies), '—', '—', '0', met(pack.dependencies, 0)],
  );

  const cpus = os.cpus();
  const machine =
    `Machine: ${cpus[0].model}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
    `Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
    `${rounds} rounds (small), ${bigRounds} rounds (1 MB / 10 MB).`;
  const notes = lowdown ? '' : '\nlowdown: not installed (apt-get install lowdown)\n';
  const report = `${machine}\n\n${table(rows.filter(Boolean))}\n${notes}`;
  writeFileSync(at('.bench/latest.md'), report);
  process.stdout.write(report);
  log('written to .bench/latest.md');
}

await main();
