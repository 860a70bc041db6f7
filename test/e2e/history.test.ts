import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Session, startSession, stopSessions } from '../helpers/session.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/**
 * Where you left off, in a real pseudo-terminal: the reader keeps its place
 * and marks in $XDG_STATE_HOME/article/history.json, here a folder of each
 * test's own, and opens there the next time.
 */

const folder = temporaryFolder('history-e2e');
const enterScreen = '\u001b[?1049h';
const leaveScreen = '\u001b[?25h\u001b[?1049l';
const statusRow = (screen: readonly string[]) => screen.at(-1) ?? '';
const season2 = 'Season 2 will not be affected by backlash';
const katherine = 'Katherine Langford and Dylan Minnette talk about season two';
const isRoot = process.getuid?.() === 0;

let made = 0;
/** A new, empty state folder. */
function stateHome(): string {
  return mkdtempSync(join(folder.path, `state-${++made}-`));
}
const historyFile = (state: string) => join(state, 'article', 'history.json');

/** Starts the reader with this state folder and waits for its first frame. */
async function startReader(
  args: readonly string[],
  state: string,
  options: { cols?: number; rows?: number; env?: Record<string, string> } = {},
): Promise<Session> {
  const session = startSession(['-i', ...args], {
    cols: 80,
    rows: 24,
    keepOpen: true,
    ...options,
    env: { XDG_STATE_HOME: state, ...options.env },
  });
  await session.waitFor((screen) => statusRow(screen).endsWith('? help'));
  return session;
}

/** Quits with q and waits for the program to end with status 0. */
async function quit(session: Session): Promise<void> {
  session.type('q');
  expect((await session.finish()).exitCode).toBe(0);
}

afterEach(() => stopSessions());

describe('resuming where you left off', () => {
  it('opens the bundled article again in section 2, with a note, and g goes to the start', async () => {
    const state = stateHome();
    const first = await startReader([], state);
    first.type('2d');
    await first.waitFor(
      (screen) => statusRow(screen).includes('2 Season 2') && screen[0] !== season2,
    );
    const left = first.screen()[0];
    await quit(first);
    expect(JSON.parse(readFileSync(historyFile(state), 'utf8')).documents).toHaveProperty([
      'bundled:article',
    ]);

    const again = await startReader([], state);
    const screen = again.screen();
    expect(screen[0]).toBe(left);
    expect(statusRow(screen)).toMatch(
      /^ +resumed at 2 Season 2 … · g for the start │ §2\/3 · \d+% · \d+ min left │ \? help$/,
    );
    // The note goes with the next key; g is the start.
    again.type('g');
    const top = await again.waitFor((rows) => !statusRow(rows).includes('resumed'));
    expect(top[0]).toBe('13 Reasons Why season 2 goes ahead despite the backlash');
  });

  it('lands in the same section at another width, and after a resize', async () => {
    const state = stateHome();
    const first = await startReader([], state);
    first.type('2dd');
    await first.waitFor(
      (screen) => statusRow(screen).includes('§2/3') && !screen.includes(season2),
    );
    const word = first.screen()[0]?.split(' ')[0] ?? '';
    // Narrowed while reading: the place is kept at the same words.
    first.resize(50, 20);
    await first.waitFor((screen) => screen.length === 20 && statusRow(screen).includes('2 Season'));
    await quit(first);

    const narrow = await startReader([], state, { cols: 60, rows: 20 });
    const screen = narrow.screen();
    expect(statusRow(screen)).toContain('resumed at 2 Season 2 …');
    // The word that was at the top at 80 columns is on the top line at 60.
    expect(screen[0]?.split(' ')).toContain(word);
  });

  it('opens at the section named on the command line instead, without a note', async () => {
    const state = stateHome();
    const first = await startReader(['2'], state);
    await quit(first);
    const again = await startReader(['3'], state);
    expect(again.screen()[0]).toBe(katherine);
    expect(statusRow(again.screen())).not.toContain('resumed');
  });

  it('keeps marks across a quit', async () => {
    const state = stateHome();
    const first = await startReader([], state);
    first.type('3');
    await first.waitFor((screen) => screen[0] === katherine);
    first.type('ma');
    await first.waitFor((screen) => statusRow(screen).includes('mark a set'));
    first.type('g');
    await first.waitFor((screen) => screen[0]?.startsWith('13 Reasons') === true);
    await quit(first);

    const again = await startReader([], state);
    expect(again.screen()[0]?.startsWith('13 Reasons')).toBe(true);
    again.type("'a");
    const screen = await again.waitFor((rows) => rows[0] === katherine);
    expect(statusRow(screen)).toContain('mark a');
  });

  it('opens a file that changed at the same section, saying it changed', async () => {
    const state = stateHome();
    const body = (extra: string) =>
      `# Notes\n\n## One\n\n${'First words. '.repeat(200)}\n\n## Two\n\nSecond.${extra}\n\n## Three\n\n${'Third words. '.repeat(200)}\n`;
    const file = folder.write(`notes-${made}.md`, body(''));
    const first = await startReader([file], state);
    first.type('2');
    await first.waitFor((screen) => statusRow(screen).includes('2 Two'));
    await quit(first);
    writeFileSync(file, body(' And more.'));

    const again = await startReader([file], state);
    expect(statusRow(again.screen())).toContain('changed since last read: resumed at 2 Two');
    expect(again.screen()[0]).toBe('Two');
  });
});

describe('turning the history off', () => {
  it('--no-history neither writes nor reads the state', async () => {
    const state = stateHome();
    const first = await startReader(['--no-history'], state);
    first.type('2');
    await first.waitFor((screen) => statusRow(screen).includes('2 Season 2'));
    await quit(first);
    expect(readdirSync(state)).toEqual([]);

    // A place kept without the flag is not used with it.
    const kept = await startReader(['2'], state);
    await quit(kept);
    const again = await startReader(['--no-history'], state);
    expect(again.screen()[0]?.startsWith('13 Reasons')).toBe(true);
    expect(statusRow(again.screen())).not.toContain('resumed');
  });

  it('"history": false in the configuration does the same', async () => {
    const state = stateHome();
    const config = join(stateHome(), 'config');
    mkdirSync(join(config, 'article'), { recursive: true });
    writeFileSync(join(config, 'article', 'config.json'), '{"history": false}');
    const session = await startReader(['2'], state, { env: { XDG_CONFIG_HOME: config } });
    await quit(session);
    expect(readdirSync(state)).toEqual([]);
  });
});

describe('a state file that cannot be used', () => {
  it('warns of a corrupt file in one line before the screen is taken, and replaces it', async () => {
    const state = stateHome();
    mkdirSync(join(state, 'article'));
    writeFileSync(historyFile(state), '{"version": 1, "documents": {"x": ');
    const session = await startReader([], state);
    session.type('2');
    await session.waitFor((screen) => statusRow(screen).includes('2 Season 2'));
    await quit(session);
    const before = session.raw.slice(0, session.raw.indexOf(enterScreen));
    expect(before).toMatch(/^article: \S+history\.json is not valid JSON: ignored, and replaced/);
    expect(before.match(/article:/g)).toHaveLength(1);
    expect(session.raw.slice(session.raw.indexOf(enterScreen))).not.toContain('article:');
    // Replaced by a good one, with the place.
    const { documents } = JSON.parse(readFileSync(historyFile(state), 'utf8'));
    expect(documents['bundled:article'].place.section).toBe(
      'season-2-will-not-be-affected-by-backlash',
    );
  });

  it('warns after the screen is given back when the state cannot be written, and reads on', async () => {
    // A file where the state folder should be.
    const blocker = folder.write(`blocker-${++made}`, 'not a folder');
    const session = await startReader([], blocker);
    session.type('2');
    await session.waitFor((screen) => statusRow(screen).includes('2 Season 2'));
    await quit(session);
    const raw = session.raw;
    const after = raw.slice(raw.lastIndexOf(leaveScreen) + leaveScreen.length);
    expect(after).toMatch(/article: cannot keep your place in \S+ \(ENOTDIR\); reading goes on/);
    // Reading the state warned once before the screen too: the folder is not one.
    expect(raw.slice(0, raw.indexOf(enterScreen))).toMatch(/^article: .*cannot be read/);
    expect(session.text()).toContain('cannot keep your place');
  });

  it.skipIf(isRoot)('warns when the state folder is read-only', async () => {
    const state = stateHome();
    mkdirSync(join(state, 'article'));
    chmodSync(join(state, 'article'), 0o555);
    const session = await startReader([], state);
    await quit(session);
    chmodSync(join(state, 'article'), 0o755);
    expect(session.raw.slice(session.raw.lastIndexOf(leaveScreen))).toMatch(/EACCES/);
    expect(existsSync(historyFile(state))).toBe(false);
  });
});
