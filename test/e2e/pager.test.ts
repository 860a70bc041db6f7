import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articleBin, runArticle } from '../helpers/run.ts';
import { type Session, startSession, stopSessions } from '../helpers/session.ts';

/**
 * The pager in a real pseudo-terminal: on a screen of 80x10 the bundled
 * article (some 70 lines) is taller than the screen, so it goes through the
 * pager, which the environment picks as git does.
 */

const title = '13 Reasons Why season 2 goes ahead despite the backlash';
/** A pager that marks every line it shows. */
const marker = 'sed s/^/PAGED:/';
const sgr = /\u001b\[[0-9;]*m/g;
const article = `${JSON.stringify(process.execPath)} ${JSON.stringify(articleBin)}`;

/** What was written, as lines of text: escapes and carriage returns taken out. */
const rawLines = (session: Session) => session.raw.replace(sgr, '').replace(/\r/g, '').split('\n');
const paged = (session: Session) => rawLines(session).filter((line) => line.startsWith('PAGED:'));

/** Runs article to its end on a terminal of cols x rows. */
async function run(
  args: readonly string[],
  env: Record<string, string>,
  { cols = 80, rows = 10 } = {},
): Promise<{ session: Session; exitCode: number }> {
  const session = startSession(args, { cols, rows, env, keepOpen: true });
  const { exitCode } = await session.finish(20_000);
  return { session, exitCode };
}

/** Runs article on a terminal of 80x10 with its standard error to a file: gives the status and what was on it. */
async function runWithStderr(
  args: string,
  env: Record<string, string>,
): Promise<{ session: Session; exitCode: number; stderr: string }> {
  const errors = join(dir, `stderr-${Math.random().toString(36).slice(2)}`);
  const session = startSession([], {
    command: `${article} ${args} 2>${JSON.stringify(errors)}`,
    cols: 80,
    rows: 10,
    env,
    keepOpen: true,
  });
  const { exitCode } = await session.finish(20_000);
  return { session, exitCode, stderr: readFileSync(errors, 'utf8') };
}

/** Lines the bundled article prints in a pipe (plain, at 80 columns). */
let printed: string[];
let dir: string;
let big: string;
/** A folder with a `cat` that marks lines as the marker pager does. */
let bin: string;
/** An executable pager whose #! line names an interpreter that does not exist. */
let broken: string;
/** A document of a few lines, each several screen widths long. */
let wide: string;
beforeAll(() => {
  printed = runArticle([]).stdout.trimEnd().split('\n');
  dir = mkdtempSync(join(tmpdir(), 'article-pager-'));
  bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'cat'), `#!/bin/sh\nexec ${marker}\n`, { mode: 0o755 });
  broken = join(dir, 'broken-pager');
  writeFileSync(broken, '#!/nonexistent/interpreter\n', { mode: 0o755 });
  wide = join(dir, 'wide.md');
  const paragraph = 'Words that go on and on past the edge of the screen. '.repeat(10);
  writeFileSync(wide, `# Long lines\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}\n`);
  // About 2 MB: far more than any pipe holds, so that a pager that quits early leaves most unwritten.
  big = join(dir, 'big.md');
  const fd = openSync(big, 'w');
  let bytes = writeSync(fd, '# A long document\n\n');
  for (let n = 1; bytes < 2_000_000; n++) {
    bytes += writeSync(
      fd,
      `## Part ${n}\n\n${'A sentence of a generated paragraph, long enough to wrap. '.repeat(20)}\n\n`,
    );
  }
  closeSync(fd);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => stopSessions());

describe('the pager on a terminal', () => {
  it('pages text taller than the screen through ARTICLE_PAGER', async () => {
    const { session, exitCode } = await run([], { ARTICLE_PAGER: marker });
    expect(exitCode).toBe(0);
    const lines = paged(session);
    expect(lines[0]).toBe(`PAGED:${title}`);
    // Every line went through it, and nothing else was written.
    expect(lines).toHaveLength(printed.length);
    expect(rawLines(session).filter((line) => line !== '' && !line.startsWith('PAGED:'))).toEqual(
      [],
    );
    // Coloured, as for the terminal: the pager gets what the terminal would.
    expect(session.raw).toMatch(sgr);
  });

  it('pages through PAGER when ARTICLE_PAGER is not set', async () => {
    const { session, exitCode } = await run([], { PAGER: marker });
    expect(exitCode).toBe(0);
    expect(paged(session)[0]).toBe(`PAGED:${title}`);
  });

  it('runs less by default: the first screen, then it waits; q ends it with status 0', async () => {
    const session = startSession([], { cols: 80, rows: 10 });
    const screen = await session.waitFor((rows) => rows[0] === title && rows[9] === ':', 10_000);
    // Colours pass through (-R): no escape shown as text.
    expect(screen.join('\n')).not.toMatch(/ESC|\^\[/);
    expect(session.raw).toMatch(sgr);
    // It waits for the reader.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.done).toBe(false);
    // Ctrl-C belongs to less; article ignores it and waits on.
    session.type('\u0003');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.done).toBe(false);
    session.type(' ');
    await session.waitFor((rows) => rows[0] !== title && rows[9] === ':');
    session.type('q');
    const exit = await session.finish();
    expect(exit.exitCode).toBe(0);
    // -X: less leaves the text on the screen, and never used the alternate screen.
    expect(session.bufferType()).toBe('normal');
    expect(session.raw).not.toContain('\u001b[?1049h');
  });

  it('sets LESS to FRX (and LV to -c) when they are not set', async () => {
    const { session, exitCode } = await run([], {
      ARTICLE_PAGER: 'sh -c "echo LESS=$LESS LV=$LV; cat >/dev/null"',
    });
    expect(exitCode).toBe(0);
    expect(session.screen()).toContain('LESS=FRX LV=-c');
  });

  it.each([
    ['-S', 'LESS=-S LV=-a'],
    ['', 'LESS= LV=-a'],
  ])('leaves LESS alone when it is set (to %j)', async (less, shown) => {
    const { session } = await run([], {
      ARTICLE_PAGER: 'sh -c "echo LESS=$LESS LV=$LV; cat >/dev/null"',
      LESS: less,
      LV: '-a',
    });
    expect(session.screen()).toContain(shown);
  });

  it('sets LESS to RX with --pager, so that less stays on text that fits', async () => {
    const { session, exitCode } = await run(['--pager'], {
      ARTICLE_PAGER: 'sh -c "echo LESS=$LESS; cat >/dev/null"',
    });
    expect(exitCode).toBe(0);
    expect(session.screen()).toContain('LESS=RX');
  });

  it('keeps less open with --pager on text that fits, until q', async () => {
    const session = startSession(['--list', '--pager'], { cols: 80, rows: 40 });
    await session.waitFor((rows) => rows[0] === title && rows.includes('(END)'), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.done).toBe(false);
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('pages text whose lines the terminal wraps onto more rows than the screen has (-w 0)', async () => {
    // Eight lines, but each paragraph takes seven rows of 80 columns.
    const { session, exitCode } = await run(['--file', wide, '-w', '0'], { ARTICLE_PAGER: marker });
    expect(exitCode).toBe(0);
    expect(paged(session)[0]).toBe('PAGED:Long lines');
    // The same text on a screen that holds its rows is printed.
    const tall = await run(['--file', wide, '-w', '0'], { ARTICLE_PAGER: marker }, { rows: 30 });
    expect(paged(tall.session)).toEqual([]);
  });

  it('prints directly with --no-pager', async () => {
    const { session, exitCode } = await run(['--no-pager'], { ARTICLE_PAGER: marker });
    expect(exitCode).toBe(0);
    expect(paged(session)).toEqual([]);
    expect(rawLines(session)[0]).toBe(title);
    expect(rawLines(session).map((line) => line.trimEnd())).toContain(printed.at(-1));
  });

  it('pages with --pager even text that fits on the screen', async () => {
    const forced = await run(['--list', '--pager'], { ARTICLE_PAGER: marker }, { rows: 40 });
    expect(forced.exitCode).toBe(0);
    expect(paged(forced.session)[0]).toBe(`PAGED:${title}`);
    // Without it, the list fits and is printed.
    const fits = await run(['--list'], { ARTICLE_PAGER: marker }, { rows: 40 });
    expect(paged(fits.session)).toEqual([]);
    expect(fits.session.screen()[0]).toBe(title);
  });

  it('prints directly when the screen is tall enough for the text', async () => {
    const { session, exitCode } = await run([], { ARTICLE_PAGER: marker }, { rows: 200 });
    expect(exitCode).toBe(0);
    expect(paged(session)).toEqual([]);
    expect(session.screen()[0]).toBe(title);
  });

  it.each([
    ['ARTICLE_PAGER empty', { ARTICLE_PAGER: '', PAGER: marker }],
    ['ARTICLE_PAGER=cat', { ARTICLE_PAGER: 'cat', PAGER: marker }],
    ['PAGER empty', { PAGER: '' }],
    ['PAGER=cat', { PAGER: ' cat ' }],
  ])('prints directly with %s', async (_, env) => {
    // A cat of our own that marks lines, first on the PATH: it shows if cat is run as a pager.
    const { session, exitCode } = await run([], { ...env, PATH: `${bin}:${process.env.PATH}` });
    expect(exitCode).toBe(0);
    expect(paged(session)).toEqual([]);
    expect(rawLines(session)[0]).toBe(title);
    // Not even less ran: it would have stopped at the first screen.
    expect(rawLines(session).map((line) => line.trimEnd())).toContain(printed.at(-1));
  });

  it('prints directly, quietly, when the pager does not exist', async () => {
    const { session, exitCode, stderr } = await runWithStderr('', {
      ARTICLE_PAGER: 'no-such-pager-xyz --flag',
    });
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(rawLines(session)[0]).toBe(title);
    expect(rawLines(session).map((line) => line.trimEnd())).toContain(printed.at(-1));
  });

  it.each([
    ['an executable whose #! names no interpreter', () => broken],
    ['a folder', () => dir],
  ])('prints directly, quietly, with status 0, when the pager is %s', async (_, pager) => {
    const { session, exitCode, stderr } = await runWithStderr('', { ARTICLE_PAGER: pager() });
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(rawLines(session)[0]).toBe(title);
    expect(rawLines(session).map((line) => line.trimEnd())).toContain(printed.at(-1));
  });

  it('runs a shell command line that sets a variable before the pager', async () => {
    const { session, exitCode } = await run([], {
      ARTICLE_PAGER: `LC_ALL=C ${marker}`,
    });
    expect(exitCode).toBe(0);
    expect(paged(session)).toHaveLength(printed.length);
  });

  it('never pages in CI', async () => {
    const { session, exitCode } = await run([], { ARTICLE_PAGER: marker, CI: '1' });
    expect(exitCode).toBe(0);
    expect(paged(session)).toEqual([]);
    expect(rawLines(session)[0]).toBe(title);
  });

  it('never pages in a pipe', () => {
    const piped = runArticle([], { env: { ARTICLE_PAGER: marker, PAGER: marker } });
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toContain('PAGED:');
    expect(piped.stdout.trimEnd().split('\n')).toEqual(printed);
    const forced = runArticle(['--pager'], { env: { ARTICLE_PAGER: marker } });
    expect(forced.stdout).not.toContain('PAGED:');
  });

  it("gives the pager's exit status as its own", async () => {
    const failed = await run([], { ARTICLE_PAGER: 'sh -c "cat >/dev/null; exit 3"' });
    expect(failed.exitCode).toBe(3);
    // A pager killed by a signal: 128 and the signal's number.
    const killed = await run([], { ARTICLE_PAGER: 'sh -c "kill -TERM \\$\\$"' });
    expect(killed.exitCode).toBe(143);
  });

  it('ends quietly with status 0 when the pager quits early on a long document', async () => {
    const { session, exitCode, stderr } = await runWithStderr(`--file ${JSON.stringify(big)}`, {
      ARTICLE_PAGER: 'head -1',
    });
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(rawLines(session)).toEqual(['A long document', '']);
  });
});
