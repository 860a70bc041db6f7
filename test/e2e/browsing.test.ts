import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshStateHome } from '../helpers/run.ts';
import { type Session, startSession, stopSessions } from '../helpers/session.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/**
 * Following links in the full-screen reader, in a real pseudo-terminal, as
 * a person does: Tab and Enter, F and a number, Backspace and l; files
 * outside the first document's folder refused, a web page on a server of
 * the test's own opened only after `y`.
 */

const folder = temporaryFolder('browsing-e2e');
const statusRow = (screen: readonly string[]) => screen.at(-1) ?? '';
const inverse = '\u001b[7m';

/** Requests the test's web server has had, by path. */
const requests: string[] = [];
let server: Server;
let site = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
    response.end('# Owls on the web\n\nOwls hunt at night.\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const docs = join(folder.path, 'docs');
  mkdirSync(docs);
  mkdirSync(join(folder.path, 'private'));
  folder.write('outside.md', '# Outside\n\nNot to be read.\n');
  folder.write('private/leak.md', '# Leak\n\nNot to be read either.\n');
  symlinkSync(join(folder.path, 'private'), join(docs, 'escape'));
  const filler = Array.from({ length: 40 }, (_, line) => `Filler line ${line + 1}.`).join('\n\n');
  writeFileSync(
    join(docs, 'start.md'),
    [
      '# Start',
      '',
      'See [the usage](#usage) and [the other page](other.md#second).',
      '',
      `Not these: [outside](../outside.md), [passwd](/etc/passwd), [escape](escape/leak.md), [mail](mailto:ann@example.com), [web](${site}/owls.md).`,
      '',
      '## Filler',
      '',
      filler,
      '',
      '## Usage',
      '',
      'How to use it. Then [another page](other.md).',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(docs, 'other.md'),
    `# Other page\n\n## First\n\nThe first part.\n\n## Second\n\nThe second part.\n\n## Third\n\n${filler}\n`,
  );
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => stopSessions());

/** The reader on docs/start.md, at its first frame (with the history kept in `stateHome`, when given). */
async function startReader(stateHome?: string): Promise<Session> {
  const session = startSession(['-i', join(folder.path, 'docs', 'start.md')], {
    cols: 80,
    rows: 24,
    ...(stateHome && { env: { XDG_STATE_HOME: stateHome } }),
  });
  await session.waitFor((screen) => statusRow(screen).endsWith('? help'));
  return session;
}

/** The part of the output since the last frame began. */
const lastFrame = (session: Session) => session.raw.slice(session.raw.lastIndexOf('\u001b[H'));

describe('following links in the reader', () => {
  it('keeps the place in the first document when the reader is left in another', async () => {
    const stateHome = freshStateHome();
    const session = await startReader(stateHome);
    session.type('\t\r');
    await session.waitFor((screen) => statusRow(screen).includes('3 Usage'));
    session.type('F');
    await session.waitFor((screen) => screen.some((row) => row.includes('1another page')));
    session.type('1');
    await session.waitFor((screen) => statusRow(screen).includes('other.md · Other page'));
    session.type('q');
    await session.exited;
    const again = await startReader(stateHome);
    const resumed = await again.waitFor((screen) => statusRow(screen).includes('resumed at'));
    expect(statusRow(resumed)).toContain('3 Usage');
    expect(resumed.join('\n')).toContain('How to use it.');
  });

  it('moves the focus with Tab, and Enter on a link to a heading jumps there; Backspace comes back', async () => {
    const session = await startReader();
    session.type('\t');
    await session.waitFor((screen) => statusRow(screen).includes('→ #usage · Enter follows'));
    expect(lastFrame(session)).toContain(`${inverse}the usage`);
    session.type('\t');
    await session.waitFor((screen) => statusRow(screen).includes('→ other.md#second'));
    session.type('\u001b[Z');
    await session.waitFor((screen) => statusRow(screen).includes('→ #usage'));
    session.type('\r');
    // The last section cannot come to the top: the end of the text is at the bottom.
    const jumped = await session.waitFor((screen) => statusRow(screen).includes('3 Usage'));
    expect(jumped.join('\n')).toContain('How to use it.');
    session.type('\u007f');
    await session.waitFor((screen) => screen[0] === 'Start');
  });

  it('opens a file beside it at its heading, names it, and goes back and forward to the places left', async () => {
    const session = await startReader();
    // A blank line at the top, which only its line tells from the one above it.
    session.type('jj');
    const left = await session.waitFor(
      (screen) => screen[0] === '' && (screen[1] ?? '').startsWith('See'),
    );
    session.type('F');
    await session.waitFor((screen) =>
      screen.some((row) => row.includes('See 1the usage (→ 3 Usage) and 2the other page')),
    );
    session.type('2');
    const opened = await session.waitFor((screen) => screen[0] === 'Second');
    expect(statusRow(opened)).toContain('other.md · Other page');
    expect(statusRow(opened)).toContain('2 Second');
    session.type('\u007f');
    await session.waitFor((screen) => !statusRow(screen).includes('other.md'));
    expect(session.screen().slice(0, 5)).toEqual(left.slice(0, 5));
    session.type('l');
    await session.waitFor((screen) => screen[0] === 'Second');
    session.type('h');
    await session.waitFor((screen) => !statusRow(screen).includes('other.md'));
    expect(session.screen().slice(0, 5)).toEqual(left.slice(0, 5));
  });

  it.each([
    ['../outside.md', 3, 'not opened: outside the first document’s'],
    ['/etc/passwd', 4, 'not opened: an absolute path'],
    ['a symbolic link out of the folder', 5, 'not opened: escape/leak.md leads outside'],
    ['mailto:', 6, 'not opened: mailto: links are not opened'],
  ])('refuses %s with a note', async (_, number, note) => {
    const session = await startReader();
    session.type('F');
    await session.waitFor((screen) => statusRow(screen).includes('follow which link?'));
    session.type(String(number));
    await session.waitFor((screen) => statusRow(screen).includes(note));
    expect(session.screen()[0]).toBe('Start');
    expect(session.done).toBe(false);
  });

  it('asks before it opens a web page: n fetches nothing, y opens it in the reader', async () => {
    const before = requests.length;
    const session = await startReader();
    session.type('F7');
    await session.waitFor((screen) =>
      statusRow(screen).includes(`open ${site}/owls.md in the reader? y/n`),
    );
    session.type('n');
    await session.waitFor((screen) => statusRow(screen).includes('not opened'));
    expect(requests.length).toBe(before);
    session.type('F7');
    await session.waitFor((screen) => statusRow(screen).includes('in the reader? y/n'));
    session.type('y');
    const opened = await session.waitFor((screen) => screen[0] === 'Owls on the web');
    expect(statusRow(opened)).toContain('127.0.0.1');
    expect(requests.slice(before)).toEqual(['/owls.md']);
    session.type('\u007f');
    await session.waitFor((screen) => screen[0] === 'Start');
  });
});
