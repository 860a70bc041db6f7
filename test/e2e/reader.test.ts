import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articleBin, runArticle } from '../helpers/run.ts';
import { type Session, startSession, stopSessions } from '../helpers/session.ts';

/**
 * The full-screen reader (`article -i`) in a real pseudo-terminal: keys are
 * typed, and the screen of a headless xterm.js is read back while it runs.
 */

const sgr = /\u001b\[[0-9;]*m/g;
const title = '13 Reasons Why season 2 goes ahead despite the backlash';
const sections = {
  1: 'Introduction',
  2: 'Season 2 will not be affected by backlash',
  3: 'Katherine Langford and Dylan Minnette talk about season two',
};
const leaveScreen = '\u001b[?25h\u001b[?1049l';
const node = JSON.stringify(process.execPath);
const article = `${node} ${JSON.stringify(articleBin)}`;

/** The lines the reader lays out at this width: the printed article, coloured, escapes taken out. */
function layoutLines(width: number): string[] {
  const { stdout, status } = runArticle(['--color', 'always', '--width', String(width)]);
  expect(status).toBe(0);
  const lines = stdout
    .replace(sgr, '')
    .split('\n')
    .map((line) => line.trimEnd());
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

const statusRow = (screen: readonly string[]) => screen.at(-1) ?? '';
/**
 * The section as the status line names it at 80 columns, where the progress
 * on its right (`§2/3 · 50% · 2 min left`) leaves the long titles shortened.
 */
const statusPlace = (number: 1 | 2 | 3) =>
  number === 1 ? `1 ${sections[1]} ` : `${number} ${sections[number].slice(0, 24)}`;
/** The rows of text, above the status line. */
const textRows = (screen: readonly string[]) => screen.slice(0, -1);

/** Waits until the rows of text are these lines from `top` on. */
function waitForTop(session: Session, lines: readonly string[], top: number): Promise<string[]> {
  return session.waitFor((screen) =>
    textRows(screen).every((row, at) => row === (lines[top + at] ?? '')),
  );
}

/** Where the rows of text begin in the lines, or -1 when they are not a run of them. */
function placeIn(lines: readonly string[], screen: readonly string[]): number {
  const rows = textRows(screen);
  for (let top = 0; top < lines.length; top++) {
    if (rows.every((row, at) => row === (lines[top + at] ?? ''))) return top;
  }
  return -1;
}

/** Starts the reader and waits for its first frame. */
async function startReader(
  args: readonly string[],
  options: { cols?: number; rows?: number; env?: Record<string, string> } = {},
): Promise<Session> {
  const session = startSession(['-i', ...args], { cols: 80, rows: 24, keepOpen: true, ...options });
  await session.waitFor((screen) => statusRow(screen).endsWith('? help'));
  return session;
}

let lines80: string[];
let dir: string;
beforeAll(() => {
  lines80 = layoutLines(80);
  dir = mkdtempSync(join(tmpdir(), 'article-reader-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => stopSessions());

describe('article -i in a terminal', () => {
  it('opens on the alternate screen: the title at the top, the status line at the bottom', async () => {
    const session = await startReader([]);
    expect(session.bufferType()).toBe('alternate');
    const screen = session.screen();
    expect(screen).toHaveLength(24);
    expect(screen[0]).toBe(title);
    expect(textRows(screen)).toEqual(lines80.slice(0, 23));
    // At the start the Introduction, under the title, is what is read: the status line names it.
    expect(statusRow(screen)).toMatch(
      /^ 13 Reasons Why season 2 goe… │ 1 Introduction +§1\/3 · \d+% · \d+ min left │ \? help$/,
    );
    // The cursor is hidden while reading.
    expect(session.raw).toContain('\u001b[?1049h\u001b[?25l');
    session.type('q');
    expect(await session.finish()).toEqual({ exitCode: 0, signal: undefined });
    expect(session.bufferType()).toBe('normal');
    // The text was on the alternate screen only: the normal one is as it was.
    expect(session.text()).not.toContain(title);
  });

  it('scrolls a line, a page, half a page, to the end and back', async () => {
    const session = await startReader([]);
    const last = lines80.length - 23;
    const steps: [keys: string, top: number][] = [
      ['j', 1],
      ['\u001b[B', 2],
      ['\r', 3],
      ['k', 2],
      ['\u001b[A', 1],
      [' ', 24],
      ['b', 1],
      ['f', 24],
      ['\u001b[5~', 1],
      ['\u001b[6~', 24],
      ['uu', 2],
      ['d', 13],
      ['G', last],
      ['g', 0],
      ['\u001b[F', last],
      ['\u001b[H', 0],
    ];
    for (const [keys, top] of steps) {
      session.type(keys);
      const screen = await waitForTop(session, lines80, top);
      if (top === last) expect(statusRow(screen)).toContain(' 100% │ ? help');
    }
  });

  it('jumps to sections with ] [ and digits; the status line names the section', async () => {
    const session = await startReader([]);
    const expectSection = async (number: 1 | 2 | 3) => {
      const screen = await session.waitFor((rows) => statusRow(rows).includes(statusPlace(number)));
      // The section's first line is at the top: its heading, or the Introduction's first words.
      expect(screen[0]).toBe(number === 1 ? lines80[3] : sections[number]);
    };
    // At the start, in section 1: one ] goes to section 2.
    session.type(']');
    await expectSection(2);
    session.type(']');
    await expectSection(3);
    session.type('[');
    await expectSection(2);
    session.type('[');
    await expectSection(1);
    // [ once more goes to the title, which is in section 1 still.
    session.type('[');
    const top = await waitForTop(session, lines80, 0);
    expect(statusRow(top)).toContain(statusPlace(1));
    session.type('3');
    await expectSection(3);
    session.type('2');
    await expectSection(2);
    session.type('9');
    await session.waitFor((rows) => statusRow(rows).includes('no section 9 │'));
    expect(session.screen()[0]).toBe(sections[2]);
  });

  it('opens the contents with t, moves with Down, jumps with Enter; Esc closes it', async () => {
    const session = await startReader([]);
    session.type('t');
    const contents = await session.waitFor('Contents — ↑ ↓ to choose, Enter to jump, Esc to close');
    expect(contents.slice(2, 5)).toEqual([
      `  1  ${sections[1]}`,
      `  2  ${sections[2]}`,
      `  3  ${sections[3]}`,
    ]);
    session.type('\u001b[B');
    // Nothing shows the move but the highlight; Enter shows where it went.
    session.type('\r');
    const screen = await session.waitFor((rows) => statusRow(rows).includes(statusPlace(2)));
    expect(screen[0]).toBe(sections[2]);

    session.type('t');
    await session.waitFor('Contents —');
    session.type('\u001b');
    await session.waitFor((rows) => rows[0] === sections[2]);
    expect(session.done).toBe(false);
    expect(session.bufferType()).toBe('alternate');
  });

  it('moves in the contents with j, k and Up as well, the entry drawn inverse', async () => {
    const session = await startReader([]);
    /** The entry the last frame draws inverse. */
    const chosen = () => {
      const frame = session.raw.slice(session.raw.lastIndexOf('\u001b[H'));
      return /\u001b\[7m {2}(\d) {2}/.exec(frame)?.[1];
    };
    const expectChosen = (number: string) =>
      session.waitFor(() => session.raw.endsWith('? help \u001b[27m') && chosen() === number);
    session.type('t');
    await session.waitFor('Contents —');
    await expectChosen('1');
    session.type('j');
    await expectChosen('2');
    session.type('j');
    await expectChosen('3');
    session.type('k');
    await expectChosen('2');
    session.type('\u001b[A');
    await expectChosen('1');
    session.type('jj\r');
    const screen = await session.waitFor((rows) => statusRow(rows).includes(statusPlace(3)));
    expect(screen[0]).toBe(sections[3]);
  });

  it('takes back a typed character with Backspace in the search prompt', async () => {
    const count = lines80.reduce((sum, line) => sum + (line.match(/season/gi) ?? []).length, 0);
    const session = await startReader([]);
    session.type('/seasonx');
    await session.waitFor((screen) => statusRow(screen) === '/seasonx');
    session.type('\u007f');
    await session.waitFor((screen) => statusRow(screen) === '/season');
    session.type('\u007f\u007fon\r');
    await session.waitFor((screen) => statusRow(screen).includes(`match 1/${count} │`));
  });

  it('searches with / text Enter (match 1/N), n goes on, Esc clears, another Esc quits', async () => {
    const count = lines80.reduce((sum, line) => sum + (line.match(/season/gi) ?? []).length, 0);
    expect(count).toBeGreaterThan(5);
    const session = await startReader([]);
    session.type('/');
    await session.waitFor((screen) => statusRow(screen) === '/');
    session.type('SeaSon');
    await session.waitFor((screen) => statusRow(screen) === '/SeaSon');
    session.type('\r');
    await session.waitFor((screen) => statusRow(screen).includes(`match 1/${count} │`));
    // The current match is drawn inverse and underlined, the others inverse.
    expect(session.raw).toMatch(/\u001b\[4m\u001b\[7mseason\u001b\[27m\u001b\[24m/i);
    expect(session.raw).toMatch(/[^m]\u001b\[7mseason\u001b\[27m/i);
    session.type('n');
    await session.waitFor((screen) => statusRow(screen).includes(`match 2/${count} │`));
    session.type('N');
    await session.waitFor((screen) => statusRow(screen).includes(`match 1/${count} │`));
    session.type('N');
    await session.waitFor((screen) => statusRow(screen).includes(`match ${count}/${count} │`));
    session.type('\u001b');
    // readline holds a lone Esc back for a moment before reporting it.
    await session.waitFor(
      (screen) => !statusRow(screen).includes('match') && statusRow(screen).endsWith('? help'),
    );
    expect(session.done).toBe(false);
    session.type('\u001b');
    expect((await session.finish()).exitCode).toBe(0);
    expect(session.bufferType()).toBe('normal');
  });

  it('finds a phrase that the wrapping breaks across two lines, and highlights both parts', async () => {
    // At 80 columns: "…The show has received" / "major criticism from parents…".
    const line = lines80.findIndex((text) => text.endsWith(' received'));
    expect(lines80[line + 1]).toMatch(/^major criticism/);
    const session = await startReader([]);
    session.type('/received major\r');
    const screen = await session.waitFor((rows) => statusRow(rows).includes('match 1/1 │'));
    expect(screen[line]).toBe(lines80[line]);
    expect(session.raw).toContain('\u001b[4m\u001b[7mreceived\u001b[27m\u001b[24m');
    expect(session.raw).toContain('\u001b[4m\u001b[7mmajor\u001b[27m\u001b[24m');
    session.type('n');
    await session.waitFor((rows) => statusRow(rows).includes('match 1/1 │'));
  });

  it('shows the keys with ?, and any key goes back', async () => {
    const session = await startReader([]);
    session.type('?');
    const help = await session.waitFor('Keys — press any key to go back');
    expect(help.join('\n')).toContain('the next or the previous section');
    expect(help.join('\n')).toContain('quit');
    session.type('x');
    await waitForTop(session, lines80, 0);
  });

  it('starts at the section given: article -i 3', async () => {
    const session = await startReader(['3']);
    const screen = session.screen();
    expect(screen[0]).toBe(sections[3]);
    // At 80 columns the title and this long section title are both shortened, neither left out.
    expect(statusRow(screen)).toMatch(
      /^ 13 Reasons… │ 3 Katherine Langford and Dylan… +§3\/3 · \d+% · \d+ min left │ \? help$/,
    );
    // The whole article is there to scroll back to.
    session.type('g');
    await waitForTop(session, lines80, 0);
  });

  it('shows where a link to a section leads, as printing does, and names the Introduction at the top', async () => {
    const session = await startReader(['test/fixtures/elements/links-to-headings.md']);
    const screen = session.screen();
    expect(textRows(screen).slice(0, 6)).toEqual([
      'Links to headings',
      '=================',
      '',
      'Read the cast (→ 3 Katherine Langford and Dylan Minnette…) first, then the',
      'backlash (→ 2 Season 2 will not be affected by…) and the café (→ 3.1 Café). A',
      'capitalised fragment (→ 4 The end) finds its heading too; a missing one',
    ]);
    expect(statusRow(screen)).toMatch(
      /^ Links to headings │ 1 Introduction +§1\/5 · \d+% · \d+ min left │ \? help$/,
    );
    // The document is shorter than two screens: ] shows its end and names section 2.
    session.type(']');
    await session.waitFor((rows) =>
      statusRow(rows).includes(' │ 2 Season 2 will not be affected by backlash '),
    );
  });

  it('writes no colour with --plain -i: only its own inverse and underline', async () => {
    const plain = await startReader(['--plain']);
    // The title is underlined with = signs, as in plain text.
    expect(plain.screen().slice(0, 2)).toEqual([title, '='.repeat(title.length)]);
    plain.type('/season\r');
    await plain.waitFor('match 1/');
    plain.type('q');
    await plain.finish();
    const codes = new Set(plain.raw.match(sgr));
    expect([...codes].sort()).toEqual(
      ['\u001b[0m', '\u001b[24m', '\u001b[27m', '\u001b[4m', '\u001b[7m'].sort(),
    );
    expect(plain.raw).not.toMatch(/\u001b\[[0-9;]*(3[0-9]|9[0-7]|38;[0-9;]+)m/);

    // Without --plain the same reader colours its text.
    const coloured = await startReader([]);
    coloured.type('q');
    await coloured.finish();
    expect(coloured.raw).toMatch(/\u001b\[[0-9;]*(3[0-9]|9[0-7]|38;[0-9;]+)m/);
  });

  it('wraps the text again on resize, and keeps the section', async () => {
    const lines50 = layoutLines(50);
    const lines100 = layoutLines(100);
    const session = await startReader([]);
    session.type('2d');
    const before = await session.waitFor(
      (screen) => statusRow(screen).includes(statusPlace(2)) && screen[0] !== sections[2],
    );
    // Where the section's heading starts (at 50 columns the third one takes two lines).
    const sectionAt = (lines: readonly string[], number: 2 | 3) =>
      lines.findIndex((line) => line.length > 20 && sections[number].startsWith(line));
    expect(placeIn(lines80, before)).toBe(sectionAt(lines80, 2) + 11);

    session.resize(50, 24);
    const narrow = await session.waitFor(
      (screen) => placeIn(lines50, screen) !== -1 && statusRow(screen).includes('2 Season 2'),
    );
    for (const row of narrow) expect(stringWidth(row)).toBeLessThanOrEqual(50);
    const top50 = placeIn(lines50, narrow);
    expect(top50).toBeGreaterThan(sectionAt(lines50, 2));
    expect(top50).toBeLessThan(sectionAt(lines50, 3));

    // Wider than 100 columns, the text stays at 100.
    session.resize(130, 30);
    const wide = await session.waitFor(
      (screen) =>
        placeIn(lines100, screen) !== -1 && statusRow(screen).includes(`2 ${sections[2]}`),
    );
    expect(wide).toHaveLength(30);
    const top100 = placeIn(lines100, wide);
    expect(top100).toBeGreaterThan(sectionAt(lines100, 2));
    expect(top100).toBeLessThan(sectionAt(lines100, 3));
    expect(Math.max(...textRows(wide).map((row) => stringWidth(row)))).toBeGreaterThan(90);
    expect(Math.max(...textRows(wide).map((row) => stringWidth(row)))).toBeLessThanOrEqual(100);
  });
});

describe('article -i with a width of its own', () => {
  it.each([
    ['-w 0', '0'],
    ['-w 120', '120'],
  ])('%s wraps at the screen edge, and again at the new edge on resize', async (_, width) => {
    const session = await startReader(['-w', width]);
    const screen = session.screen();
    expect(textRows(screen)).toEqual(lines80.slice(0, 23));
    expect(screen.some((row) => row.endsWith('…'))).toBe(false);
    session.resize(50, 24);
    const lines50 = layoutLines(50);
    const narrow = await session.waitFor((rows) => placeIn(lines50, rows) !== -1);
    for (const row of narrow) expect(stringWidth(row)).toBeLessThanOrEqual(50);
    expect(narrow.some((row) => row.endsWith('…'))).toBe(false);
  });
});

describe('article -i gives the terminal back', () => {
  /** Ends the reader one way. */
  type Way = (session: Session) => unknown;
  const ways: [name: string, status: number, way: Way][] = [
    ['q', 0, (session) => session.type('q')],
    ['Esc', 0, (session) => session.type('\u001b')],
    ['Ctrl-C', 130, (session) => session.type('\u0003')],
    [
      'Ctrl-C while typing a search',
      130,
      async (session) => {
        session.type('/seas');
        await session.waitFor((screen) => statusRow(screen) === '/seas');
        session.type('\u0003');
      },
    ],
    [
      'Ctrl-C in the contents',
      130,
      async (session) => {
        session.type('t');
        await session.waitFor('Contents —');
        session.type('\u0003');
      },
    ],
    // The session is kept open: the signal goes to the reader, not to the shell around it.
    ['SIGTERM', 143, (session) => session.kill('SIGTERM')],
  ];

  it.each(ways)(
    'after %s: the normal screen, the cursor shown, exit %i',
    async (_, status, way) => {
      const session = await startReader([]);
      await way(session);
      const exit = await session.finish();
      expect(exit.exitCode).toBe(status);
      expect(session.bufferType()).toBe('normal');
      // Leaving is the last thing written, after the last frame.
      expect(session.raw.endsWith(leaveScreen)).toBe(true);
      expect(session.raw.lastIndexOf('? help')).toBeLessThan(session.raw.lastIndexOf(leaveScreen));
    },
  );

  it.each(ways)(
    'after %s: the line discipline is back (stty -a: icanon echo)',
    async (_, status, way) => {
      const session = startSession([], {
        command: `${article} -i; echo "status=$?"; stty -a`,
        cols: 100,
        rows: 40,
        keepOpen: true,
      });
      await session.waitFor((screen) => statusRow(screen).endsWith('? help'));
      await way(session);
      const screen = (await session.waitFor(/status=\d+[\s\S]*icanon/)).join('\n');
      await session.finish();
      expect(screen).toContain(`status=${status}`);
      expect(session.bufferType()).toBe('normal');
      const words = screen.split(/[\s;]+/);
      expect(words).toContain('icanon');
      expect(words).toContain('echo');
      expect(words).not.toContain('-icanon');
      expect(words).not.toContain('-echo');
    },
  );
});

describe('article -i without a terminal', () => {
  const message = /^article: [^\n]*terminal[^\n]*drop -i[^\n]*\n$/;

  it('exits 2 with a one-line message in a pipe', () => {
    const result = runArticle(['-i']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['standard input', `${article} -i < /dev/null; echo "status=$?"`],
    ['standard output', `${article} -i | cat; echo "status=\${PIPESTATUS[0]}"`],
  ])('exits 2 with a one-line message when %s is not a terminal', async (_, command) => {
    const session = startSession([], { command, cols: 150, rows: 10, keepOpen: true });
    const screen = await session.waitFor(/status=\d+/);
    await session.finish();
    expect(screen.join('\n')).toContain('status=2');
    const said = screen.filter((row) => row.startsWith('article:'));
    expect(said).toHaveLength(1);
    expect(`${said[0]}\n`).toMatch(message);
    expect(session.raw).not.toContain('\u001b[?1049h');
  });
});

describe('article -i with an option only printing uses', () => {
  it.each([
    [['-s', 'season'], '--search'],
    [['--json'], '--json'],
    [['--list'], '--list'],
    [['--format', 'markdown'], '--format markdown'],
    [['--format', 'json'], '--format json'],
  ])('%j is a usage error, said in one line', (args, name) => {
    const result = runArticle(['-i', ...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `article: --interactive and ${name} cannot be used together (see 'article --help')\n`,
    );
  });
});

describe('article -i with details blocks', () => {
  it('shows a block folded, its summary alone; o opens it and o again folds it', async () => {
    const session = await startReader(['--file', 'test/fixtures/elements/details.md']);
    const summary = 'Advanced usage: options that most readers never need to set';
    const text = (screen: readonly string[]) => textRows(screen).join('\n');
    const folded = session.screen();
    expect(text(folded)).toContain(`▸ ${summary}`);
    expect(text(folded)).not.toContain('Pass a configuration object');
    // Written <details open>, this one starts open.
    expect(text(folded)).toContain('▾ Shown open on GitHub & here');
    session.type('o');
    const opened = await session.waitFor((screen) => text(screen).includes(`▾ ${summary}`));
    expect(text(opened)).toContain('  Pass a configuration object to change the defaults:');
    expect(text(opened)).toContain('  ▸ Nested: the full list of events');
    session.type('o');
    const again = await session.waitFor((screen) => text(screen).includes(`▸ ${summary}`));
    expect(text(again)).not.toContain('Pass a configuration object');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });
});

describe('article -i on a big document', () => {
  it('opens a 10 MB file and goes to its end with G', async () => {
    const path = join(dir, 'big.md');
    const fd = openSync(path, 'w');
    const part = (n: number) =>
      `## Part ${n}\n\n${'Words of a generated paragraph that goes on for a while, again and again. '.repeat(12)}\n\n### Detail ${n}\n\n- an item\n- another item\n\n`;
    let bytes = writeSync(fd, '# A big document\n\n');
    for (let n = 1; bytes < 10_000_000; n++) bytes += writeSync(fd, part(n));
    writeSync(fd, '## The end\n\nThe last words.\n');
    closeSync(fd);

    const started = Date.now();
    const session = startSession(['-i', '--file', path], { cols: 80, rows: 24, keepOpen: true });
    await session.waitFor((screen) => statusRow(screen).endsWith('? help'), 90_000);
    const opened = Date.now() - started;
    session.type('G');
    const screen = await session.waitFor((rows) => statusRow(rows).includes('100%'), 30_000);
    const ended = Date.now() - started - opened;
    expect(screen.at(-2)).toBe('The last words.');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
    expect(session.bufferType()).toBe('normal');
    // Generous: the machine is shared, and the whole document is laid out first.
    expect(opened).toBeLessThan(60_000);
    expect(ended).toBeLessThan(5_000);
  }, 150_000);
});

describe('suspending', () => {
  it('Ctrl-Z gives the terminal back to the shell, and fg brings the reader back', async () => {
    // An interactive shell, so that it has job control.
    const session = startSession([], { command: `exec bash --norc -i`, cols: 80, rows: 24 });
    session.type(`${article} -i\r`);
    await session.waitFor((screen) => statusRow(screen).endsWith('? help'));
    session.type('\u001a');
    await session.waitFor(/Stopped/);
    expect(session.bufferType()).toBe('normal');
    session.type('fg\r');
    await session.waitFor((screen) => statusRow(screen).endsWith('? help'));
    expect(session.bufferType()).toBe('alternate');
    session.type('q');
    await session.waitFor(() => session.bufferType() === 'normal');
    session.type('echo "status=$?"\r');
    await session.waitFor(/status=0/);
    session.type('exit\r');
  });
});
