import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBigMarkdown } from '../helpers/big-markdown.ts';
import { startSession, stopSessions } from '../helpers/session.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/**
 * The reader on a big document in a real pseudo-terminal: it opens on the
 * first screen while the rest is parsed (the count of sections unknown,
 * `§1/?`) and laid out (the status line's percentage an estimate, `~`), and
 * the end, a word near it, a section further on and the contents are there at
 * once. No time is asserted: the bench measures how soon the first screen comes.
 */

const temp = temporaryFolder('big-reader');
afterEach(() => stopSessions());

/** A few MB of generated Markdown, and a last section with a word found nowhere else. */
function bigDocument(): string {
  const path = join(temp.path, 'big.md');
  writeBigMarkdown(path, 3 * 1024 * 1024);
  appendFileSync(path, '\n\n## The very end\n\nOnly here: a xylophone plays the last words.\n');
  return path;
}

const statusRow = (screen: readonly string[]) => screen.at(-1) ?? '';
const laidOutLong = 120_000;

describe('the reader on a big document', () => {
  it('opens on the first screen with an estimate, goes to the end and finds a word there', async () => {
    const session = startSession(['-i', '--no-history', '--file', bigDocument()], {
      cols: 80,
      rows: 24,
    });
    const first = await session.waitFor((screen) => statusRow(screen).includes('? help'), 60_000);
    expect(first[0]).toBe('A big generated document');
    expect(first.join('\n')).toContain('Part 1: a section of the generated document');
    expect(statusRow(first)).toMatch(/ §1\/\? · ~\d+% /);
    session.type('G');
    const end = await session.waitFor('a xylophone plays the last words', laidOutLong);
    expect(statusRow(end)).toMatch(/ 100% /);
    expect(statusRow(end)).not.toContain('~');
    session.type('g');
    await session.waitFor((screen) => screen[0] === 'A big generated document');
    session.type('/xylophone\r');
    const found = await session.waitFor((screen) => statusRow(screen).includes('match 1/1'));
    expect(found.join('\n')).toContain('a xylophone plays');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('finds a word near the end before the layout is complete', async () => {
    const session = startSession(['-i', '--no-history', '--file', bigDocument()], {
      cols: 80,
      rows: 24,
    });
    await session.waitFor((screen) => statusRow(screen).includes('~'), 60_000);
    session.type('/xylophone\r');
    const found = await session.waitFor('a xylophone plays', laidOutLong);
    expect(statusRow(found)).toMatch(/match 1\/1/);
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('parses the rest while it waits, and then gives the count of sections', async () => {
    const session = startSession(['-i', '--no-history', '--file', bigDocument()], {
      cols: 80,
      rows: 24,
    });
    const first = await session.waitFor((screen) => statusRow(screen).includes('? help'), 60_000);
    expect(statusRow(first)).toContain('§1/?');
    const parsed = await session.waitFor(
      (screen) => /§1\/\d+ /.test(statusRow(screen)),
      laidOutLong,
    );
    expect(statusRow(parsed)).not.toContain('?  ');
    expect(parsed[0]).toBe('A big generated document');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('goes to the next section before the parse is done', async () => {
    const session = startSession(['-i', '--no-history', '--file', bigDocument()], {
      cols: 80,
      rows: 24,
    });
    await session.waitFor((screen) => statusRow(screen).includes('§1/?'), 60_000);
    session.type(']');
    const next = await session.waitFor((screen) => /§2\/\d+ /.test(statusRow(screen)), laidOutLong);
    expect(next[0]).toBe('Details of part 1');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('lists every section before the parse is done, and goes to the last', async () => {
    const session = startSession(['-i', '--no-history', '--file', bigDocument()], {
      cols: 80,
      rows: 24,
    });
    await session.waitFor((screen) => statusRow(screen).includes('§1/?'), 60_000);
    session.type('t');
    session.type('G');
    await session.waitFor('The very end', laidOutLong);
    session.type('\r');
    const last = await session.waitFor(
      (screen) => /§(\d+)\/\1 /.test(statusRow(screen)),
      laidOutLong,
    );
    expect(last.join('\n')).toContain('a xylophone plays the last words');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('lays out the rest while it waits, and then says the percentage without ~', async () => {
    const session = startSession(['-i', '--no-history', '--file', bigDocument()], {
      cols: 80,
      rows: 24,
    });
    await session.waitFor((screen) => statusRow(screen).includes('~'), 60_000);
    const done = await session.waitFor(
      (screen) => / \d+% · \d+ min left /.test(statusRow(screen)),
      laidOutLong,
    );
    expect(statusRow(done)).not.toContain('~');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('keeps the place left before the parse is done, and opens there again', async () => {
    const path = bigDocument();
    const env = { XDG_STATE_HOME: mkdtempSync(join(temp.path, 'state-')) };
    const options = { cols: 80, rows: 24, keepOpen: true, env };
    const first = startSession(['-i', '--file', path], options);
    await first.waitFor((screen) => statusRow(screen).includes('§1/?'), 60_000);
    first.type('dd');
    const moved = await first.waitFor((screen) => !screen.includes('A big generated document'));
    first.type('q');
    expect((await first.finish()).exitCode).toBe(0);
    const history = JSON.parse(
      readFileSync(join(env.XDG_STATE_HOME, 'article', 'history.json'), 'utf8'),
    );
    const [entry] = Object.values(history.documents) as { place: { section: string } }[];
    expect(entry?.place.section).toBe('part-1-a-section-of-the-generated-document');

    const again = startSession(['-i', '--file', path], options);
    const screen = await again.waitFor((rows) => statusRow(rows).includes('resumed at'), 60_000);
    expect(screen[0]).toBe(moved[0]);
    again.type('q');
    expect((await again.finish()).exitCode).toBe(0);
  });
});
