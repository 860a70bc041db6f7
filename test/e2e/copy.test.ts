import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articleBin, runArticle } from '../helpers/run.ts';
import { type Session, startSession, stopSessions } from '../helpers/session.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';
import { startTestSite, type TestSite } from '../helpers/web-site.ts';

/**
 * Copying in the full-screen reader (`article -i`) in a real pseudo-terminal:
 * y and Y write an OSC 52 sequence, which the terminal would put on the
 * clipboard; the test reads the bytes the program wrote.
 */

const node = JSON.stringify(process.execPath);
const article = `${node} ${JSON.stringify(articleBin)}`;
/** The start of any OSC 52 sequence. */
const anyCopy = '\u001b]52;';
/** The sequence that copies a text: its UTF-8 as base64, between `ESC ] 52 ; c ;` and BEL. */
const copying = (text: string) =>
  `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
const copies = (session: Session) => session.raw.split(anyCopy).length - 1;
const statusRow = (screen: readonly string[]) => screen.at(-1) ?? '';

const notes = [
  '# Notes',
  'What this is about.',
  '## Cast',
  'Hannah and *Clay* — “the tapes”.',
  '### Minor roles',
  '- Tony\n- Jessica',
  '## Crew',
  'Directors.\n',
].join('\n\n');
/** Section 2 as written, its subsection with it: 77 characters (83 bytes of UTF-8). */
const cast =
  '## Cast\n\nHannah and *Clay* — “the tapes”.\n\n### Minor roles\n\n- Tony\n- Jessica\n';

const folder = temporaryFolder('copy');
let site: TestSite;
beforeAll(async () => {
  folder.write('notes.md', notes);
  folder.write('big.md', `# Big\n\n## Long\n\n${'a'.repeat(80_000)}\n`);
  site = await startTestSite();
});
afterAll(() => site.close());
afterEach(() => stopSessions());

/** The reader on `args`, started in the test's folder (a path given relative to it), at its first frame. */
async function startReader(args: string): Promise<Session> {
  const session = startSession([], {
    command: `cd ${JSON.stringify(folder.path)} && ${article} -i ${args}`,
    keepOpen: true,
    env: { XDG_CACHE_HOME: join(folder.path, 'cache') },
  });
  await session.waitFor((screen) => statusRow(screen).endsWith('? help'));
  return session;
}

describe('y and Y in article -i', () => {
  it("y copies the section's Markdown and Y a link to it, with OSC 52, only when the key is pressed", async () => {
    const session = await startReader('notes.md');
    session.type('2j');
    await session.waitFor((screen) => statusRow(screen).includes('Notes │ 2 Cast'));
    // Opening and moving about copy nothing.
    expect(copies(session)).toBe(0);

    session.type('y');
    await session.waitFor((screen) =>
      statusRow(screen).includes('copied section 2 (77 characters)'),
    );
    expect(session.raw).toContain(copying(cast));
    expect(copies(session)).toBe(1);

    session.type('Y');
    await session.waitFor((screen) => statusRow(screen).includes('copied link notes.md#cast'));
    // notes.md#cast, as given on the command line, in base64.
    expect(session.raw).toContain('\u001b]52;c;bm90ZXMubWQjY2FzdA==\u0007');
    expect(copies(session)).toBe(2);

    // The next key clears the note and copies nothing more, nor does quitting.
    session.type('j');
    await session.waitFor((screen) => !statusRow(screen).includes('copied'));
    session.type('q');
    expect(await session.finish()).toEqual({ exitCode: 0, signal: undefined });
    expect(copies(session)).toBe(2);
  });

  it('copies nothing over the limit, and says so on the status line', async () => {
    const session = await startReader('big.md');
    session.type('y');
    await session.waitFor((screen) =>
      statusRow(screen).includes('section 1 too large to copy (80 010 characters)'),
    );
    session.type('Y');
    await session.waitFor((screen) => statusRow(screen).includes('copied link big.md#long'));
    expect(copies(session)).toBe(1);
    expect(session.raw).toContain(copying('big.md#long'));
    session.type('q');
    await session.finish();
  });

  it('links the bundled article by the id alone, and copies what --format markdown prints', async () => {
    const session = await startReader('2');
    session.type('Y');
    await session.waitFor((screen) => statusRow(screen).includes('copied link #season-2'));
    expect(session.raw).toContain(copying('#season-2-will-not-be-affected-by-backlash'));
    session.type('y');
    await session.waitFor((screen) => statusRow(screen).includes('copied section 2'));
    const printed = runArticle(['2', '--format', 'markdown']).stdout;
    expect(printed).toMatch(/^## Season 2 will not be affected by backlash\n\n/);
    expect(session.raw).toContain(copying(printed));
    session.type('q');
    await session.finish();
  });

  it("links a web article by its address, the address's own fragment replaced", async () => {
    const session = await startReader(`${site.http}/story#top`);
    session.type('Y');
    // The Introduction has no heading: the address alone.
    await session.waitFor((screen) => statusRow(screen).includes('copied link'));
    expect(session.raw).toContain(copying(`${site.http}/story`));
    session.type('2Y');
    await session.waitFor((screen) => statusRow(screen).includes('#barn-owls'));
    expect(session.raw).toContain(copying(`${site.http}/story#barn-owls`));
    session.type('q');
    await session.finish();
  });
});
