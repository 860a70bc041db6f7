// Pictures of the built `article` for the README: it runs in a pseudo-terminal,
// its output goes through a headless xterm.js, and the emulated screen is
// written cell by cell as SVG. The same input gives the same bytes: the
// environment, the terminal size and the geometry are fixed, and nothing
// depends on the time. scripts/screenshots.mjs writes the pictures;
// test/e2e/screenshots.test.ts checks that they are up to date.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PseudoTerminal } from './pseudo-terminal.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const articleBin = join(root, 'bin', 'article.cjs');

/** The README's pictures: what runs, in a terminal of which size, and the keys typed (for the reader). */
export const pictures = [
  { file: 'docs/list.svg', args: ['--list'], cols: 80, rows: 16 },
  { file: 'docs/section.svg', args: ['2', '-w', '72'], cols: 80, rows: 30 },
  {
    file: 'docs/web.svg',
    args: ['test/data/readability/medium-2/source.html', '--links', 'numbered', '-w', '72'],
    cols: 80,
    rows: 24,
  },
  {
    file: 'docs/reader.svg',
    args: ['-i'],
    cols: 80,
    rows: 24,
    // Each step is typed once the screen shows what the step before it waits for. At the
    // start, under the title, the reader is in section 1: ] goes to section 2.
    steps: [
      { keys: '', until: '│ 1 Introduction' },
      { keys: ']', until: '│ 2 Season 2' },
      // The search goes to the first match at or below the top: 2 of 3, as the title has one.
      { keys: '/backlash\r', until: /match \d+\/\d+/ },
    ],
  },
];

/** Character cell geometry and colours of the pictures, in px and CSS colours. */
const cell = { width: 8.4, height: 17, baseline: 13 };
const padding = 14;
const fontSize = 14;
const fontFamily = "'DejaVu Sans Mono', 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace";
/** The dark theme's assumed background (src/render/theme.ts) and xterm's colour 252 as the text. */
const background = '#1c1c1c';
const foreground = '#d0d0d0';

/** The SVG of one picture, from a fresh run of the built `article`. */
export async function renderPicture(picture, options = {}) {
  const rows = picture.steps
    ? await captureInteractive(picture, options.timeout)
    : await capturePrinted(picture, options.timeout);
  return toSvg(rows, picture.cols, `article ${picture.args.join(' ')}`);
}

/** A fixed environment with its own config, cache and state folders: no colour variables, no CI, no pager. */
function environment(home) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    ARTICLE_PAGER: '',
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_STATE_HOME: join(home, 'state'),
  };
}

/**
 * `article ...args` in a pty of cols x rows feeding a headless terminal with
 * `scrollback` rows above the screen; calls `use(session)` and cleans up.
 */
async function withSession(picture, scrollback, use) {
  const home = mkdtempSync(join(tmpdir(), 'article-screenshots-'));
  const { cols, rows } = picture;
  const session = new PseudoTerminal(process.execPath, [articleBin, ...picture.args], {
    cols,
    rows,
    scrollback,
    cwd: root,
    env: environment(home),
  });
  try {
    return await use(session);
  } finally {
    session.dispose();
    rmSync(home, { recursive: true, force: true });
  }
}

/** Rejects after `ms` with `message()`, unless cleared. */
function deadline(ms, message) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/** A printed picture: the whole buffer from the top after the program has ended. */
function capturePrinted(picture, timeout = 20_000) {
  return withSession(picture, 1000, async (session) => {
    const late = deadline(
      timeout,
      () => `article ${picture.args.join(' ')} ran over ${timeout} ms`,
    );
    try {
      // node-pty reports the exit once the pty's output has been read to the end.
      const { exitCode } = await Promise.race([session.exited, late.promise]);
      if (exitCode !== 0) throw new Error(`article ${picture.args.join(' ')} exited ${exitCode}`);
    } finally {
      late.clear();
    }
    await session.settle();
    const buffer = session.term.buffer.active;
    return cropBlankRows(readRows(buffer, 0, buffer.length));
  });
}

/** An interactive picture: the visible screen after the steps, taken while the program runs; then q. */
function captureInteractive(picture, timeout = 20_000) {
  return withSession(picture, 0, async (session) => {
    for (const step of picture.steps) {
      if (step.keys) session.write(step.keys);
      await waitForScreen(session, picture, step.until, timeout);
    }
    const buffer = session.term.buffer.active;
    const rows = readRows(buffer, buffer.viewportY, picture.rows);
    session.write('q');
    const late = deadline(timeout, () => `article ${picture.args.join(' ')} did not quit on q`);
    try {
      await Promise.race([session.exited, late.promise]);
    } finally {
      late.clear();
    }
    return rows;
  });
}

/** Polls the visible screen until it contains `text` (or matches it); fails with the screen after `timeout` ms. */
async function waitForScreen(session, picture, text, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    await session.settle();
    const screen = session.visibleRows().join('\n');
    if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return;
    if (Date.now() > end) {
      throw new Error(`article ${picture.args.join(' ')}: no ${text} on the screen:\n${screen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Rows `first` to `first + count` of the buffer, each as runs of cells of one style. */
function readRows(buffer, first, count) {
  const rows = [];
  const scratch = buffer.getNullCell();
  for (let y = first; y < first + count; y++) {
    const line = buffer.getLine(y);
    rows.push(line ? readRuns(line, scratch) : []);
  }
  return rows;
}

/**
 * One row as runs `{column, width, text, style}` of equal style. A wide
 * character ends its run, so that each run starts at an exact column.
 */
function readRuns(line, scratch) {
  const runs = [];
  let run;
  for (let x = 0; x < line.length; x++) {
    const current = line.getCell(x, scratch);
    if (!current || current.getWidth() === 0) continue;
    const style = cellStyle(current);
    const key = JSON.stringify(style);
    const wide = current.getWidth() > 1;
    if (!run || run.key !== key || run.wide) {
      run = { column: x, width: 0, text: '', style, key, wide: false };
      runs.push(run);
    }
    run.text += current.getChars() || ' ';
    run.width += current.getWidth();
    run.wide = wide;
  }
  return runs;
}

/** The resolved look of a cell: colours as CSS, inverse applied, attributes as booleans. */
function cellStyle(cell) {
  let fg = colour(cell.isFgRGB(), cell.isFgPalette(), cell.getFgColor(), foreground);
  let bg = colour(cell.isBgRGB(), cell.isBgPalette(), cell.getBgColor(), undefined);
  if (cell.isInverse()) [fg, bg] = [bg ?? background, fg];
  return {
    fg,
    bg,
    bold: Boolean(cell.isBold()),
    italic: Boolean(cell.isItalic()),
    underline: Boolean(cell.isUnderline()),
    strike: Boolean(cell.isStrikethrough()),
    dim: Boolean(cell.isDim()),
    invisible: Boolean(cell.isInvisible()),
  };
}

function colour(isRGB, isPalette, value, fallback) {
  if (isRGB) return hex(value >> 16, (value >> 8) & 0xff, value & 0xff);
  if (isPalette) return xterm256[value] ?? fallback;
  return fallback;
}

function hex(...channels) {
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** xterm's 256 colours: its 16 defaults, the 6x6x6 cube and the 24 greys. */
const xterm256 = (() => {
  const basic = [
    '#000000',
    '#cd0000',
    '#00cd00',
    '#cdcd00',
    '#0000ee',
    '#cd00cd',
    '#00cdcd',
    '#e5e5e5',
    '#7f7f7f',
    '#ff0000',
    '#00ff00',
    '#ffff00',
    '#5c5cff',
    '#ff00ff',
    '#00ffff',
    '#ffffff',
  ];
  const levels = [0, 95, 135, 175, 215, 255];
  const cube = [];
  for (const r of levels) for (const g of levels) for (const b of levels) cube.push(hex(r, g, b));
  const greys = Array.from({ length: 24 }, (_, index) => hex(...Array(3).fill(8 + 10 * index)));
  return [...basic, ...cube, ...greys];
})();

/** Whether a run shows nothing: spaces with no background and no line through or under them. */
function isBlank(run) {
  return !run.style.bg && !run.style.underline && !run.style.strike && run.text.trim() === '';
}

/** Drops the empty rows at the end (the unused part of the screen). */
function cropBlankRows(rows) {
  const cropped = [...rows];
  while (cropped.length > 0 && cropped.at(-1).every(isBlank)) cropped.pop();
  return cropped;
}

/** A length in px without float noise: at most two decimals. */
function px(value) {
  return String(Math.round(value * 100) / 100);
}

function escapeXml(text) {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The rows as an SVG document: a rounded dark background, cell backgrounds, then one <text> per row. */
export function toSvg(rows, cols, title) {
  const width = cols * cell.width + 2 * padding;
  const height = Math.max(1, rows.length) * cell.height + 2 * padding;
  const backgrounds = rows.flatMap((runs, y) =>
    runs.filter((run) => run.style.bg).map((run) => rect(run, y)),
  );
  const texts = rows.map((runs, y) => textRow(runs, y)).filter(Boolean);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${px(width)}" height="${px(height)}" rx="8" fill="${background}"/>`,
    ...backgrounds,
    `<g font-family="${escapeXml(fontFamily)}" font-size="${fontSize}" fill="${foreground}" xml:space="preserve" style="white-space:pre">`,
    ...texts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

function rect(run, y) {
  const x = padding + run.column * cell.width;
  return `<rect x="${px(x)}" y="${px(padding + y * cell.height)}" width="${px(run.width * cell.width)}" height="${cell.height}" fill="${run.style.bg}"/>`;
}

/** One row's text, or '' when it shows none; every run is placed at its column. */
function textRow(runs, y) {
  const spans = runs
    .filter((run) => !isBlank(run) && !run.style.invisible)
    .map(trimSpaces)
    .map(
      (run) =>
        `<tspan x="${px(padding + run.column * cell.width)}"${attributes(run.style)}>${escapeXml(run.text)}</tspan>`,
    );
  if (spans.length === 0) return '';
  return `<text y="${px(padding + y * cell.height + cell.baseline)}">${spans.join('')}</text>`;
}

/** A run without spaces at either end that show nothing (each is one cell: the column moves on). */
function trimSpaces(run) {
  if (run.style.bg || run.style.underline || run.style.strike) return run;
  const lead = /^ */.exec(run.text)[0].length;
  return { ...run, column: run.column + lead, text: run.text.slice(lead).replace(/ +$/, '') };
}

function attributes(style) {
  const decorations = [style.underline && 'underline', style.strike && 'line-through'].filter(
    Boolean,
  );
  return [
    style.fg !== foreground && ` fill="${style.fg}"`,
    style.bold && ' font-weight="bold"',
    style.italic && ' font-style="italic"',
    decorations.length > 0 && ` text-decoration="${decorations.join(' ')}"`,
    style.dim && ' fill-opacity="0.5"',
  ]
    .filter(Boolean)
    .join('');
}
