import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleBin, runArticle, testEnvironment } from '../helpers/run.ts';
import { startSession, stopSessions } from '../helpers/session.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/**
 * `article --watch`: the built program watching a file while a test edits it
 * as editors do, in place and by writing a new file and renaming it over.
 */

const folder = temporaryFolder('watch-e2e');
afterEach(() => stopSessions());

/** Saves the file as editors that write a temporary file and rename it over the old one do. */
function saveByRename(path: string, text: string): void {
  const temporary = join(folder.path, `.${Date.now()}.swp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** article printing to pipes, its output collected as it comes. */
class Printing {
  stdout = '';
  stderr = '';
  readonly child: ChildProcess;
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, [articleBin, ...args], {
      cwd: folder.path,
      env: testEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      this.stdout += text;
    });
    this.child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      this.stderr += text;
    });
    this.ended = new Promise((resolve) =>
      this.child.on('close', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Waits until the output holds the text `count` times; a generous timeout, no time asserted. */
  async waitFor(stream: 'stdout' | 'stderr', text: string, count = 1): Promise<void> {
    const giveUp = Date.now() + 10_000;
    while (this[stream].split(text).length - 1 < count) {
      if (Date.now() > giveUp) {
        throw new Error(`no ${JSON.stringify(text)} on ${stream}; it has:\n${this[stream]}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('article --watch printing to a pipe', () => {
  it('prints each new version after the last: written in place, renamed over, gone and back', async () => {
    const path = folder.write('notes.md', '# Notes\n\nThe first version.\n');
    const printing = new Printing(['--watch', 'notes.md', '--plain']);
    await printing.waitFor('stdout', 'The first version.');
    writeFileSync(path, '# Notes\n\nThe second version, written in place.\n');
    await printing.waitFor('stdout', 'The second version, written in place.');
    saveByRename(path, '# Notes\n\nThe third version, renamed over.\n');
    await printing.waitFor('stdout', 'The third version, renamed over.');
    unlinkSync(path);
    await printing.waitFor('stderr', 'article: notes.md is gone; waiting for it\n');
    writeFileSync(path, '# Notes\n\nBack again.\n');
    // The whole version, its last line end too, before the interrupt.
    await printing.waitFor('stdout', 'Back again.\n');
    printing.child.kill('SIGINT');
    // Interrupted as any printing is: ended by the signal, with nothing to say.
    expect(await printing.ended).toEqual({ code: null, signal: 'SIGINT' });
    expect(printing.stdout).toBe(
      [
        'Notes\n=====\n\nThe first version.\n',
        'Notes\n=====\n\nThe second version, written in place.\n',
        'Notes\n=====\n\nThe third version, renamed over.\n',
        'Notes\n=====\n\nBack again.\n',
      ].join(''),
    );
    const changed = 'article: notes.md changed; its new version follows\n';
    expect(printing.stderr).toBe(
      `${changed}${changed}article: notes.md is gone; waiting for it\n${changed}`,
    );
  });

  it('keeps the last good version when the file cannot be read, with a note', async () => {
    const path = folder.write('binary.md', '# Good\n');
    const printing = new Printing(['--watch', '-f', 'binary.md', '--plain']);
    await printing.waitFor('stdout', 'Good');
    writeFileSync(path, Buffer.from([0x23, 0x20, 0, 0x41]));
    await printing.waitFor('stderr', 'showing the last good version');
    expect(printing.stderr).toMatch(/^article: binary\.md: .*; showing the last good version\n$/);
    writeFileSync(path, '# Good again\n');
    await printing.waitFor('stdout', 'Good again');
    printing.child.kill('SIGTERM');
    expect((await printing.ended).signal).toBe('SIGTERM');
  });

  it('ends with status 0 when the reader of the pipe closes it, as `article | head` does', () => {
    folder.write('long.md', `# Long\n\n${'A paragraph of words.\n\n'.repeat(2000)}`);
    const script = `"$0" "$1" --watch long.md --plain | head -n 1; echo "status \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script, process.execPath, articleBin], {
      cwd: folder.path,
      env: testEnvironment(),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stdout).toBe('Long\nstatus 0\n');
    expect(result.stderr).toBe('');
  });
});

describe('article --watch usage errors', () => {
  it.each([
    ['the bundled article', ['--watch']],
    ['standard input', ['--watch', '-f', '-']],
    ['a web address', ['--watch', 'https://example.com/story']],
  ])('refuses %s: there is no file to watch', (_what, args) => {
    const { stdout, stderr, status } = runArticle(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("article: --watch needs a file (see 'article --help')\n");
  });

  it('refuses a file that is not there at the start, as any reading does', () => {
    const { stderr, status } = runArticle(['--watch', '-f', join(folder.path, 'missing.md')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^article: .*missing\.md: no such file\n$/);
  });
});

/** A document of three sections, each long enough to fill a screen of 12 rows. */
function threeSections(introduction: string): string {
  const paragraphs = (name: string) =>
    Array.from({ length: 12 }, (_, at) => `${name} line ${at + 1}.`).join('\n\n');
  return `# Guide\n\n${introduction}\n\n## Alpha\n\n${paragraphs('Alpha')}\n\n## Beta\n\n${paragraphs('Beta')}\n\n## Gamma\n\n${paragraphs('Gamma')}\n`;
}

describe('article --watch in a terminal', () => {
  it('clears the screen before printing a new version', async () => {
    const path = folder.write('screen.md', '# Screen\n\nThe first version.\n');
    const session = startSession(['--watch', path], { cols: 60, rows: 12 });
    await session.waitFor('The first version.');
    writeFileSync(path, '# Screen\n\nThe second version.\n');
    const screen = await session.waitFor('The second version.');
    expect(screen.join('\n')).not.toContain('The first version.');
    expect(screen[0]).toBe('Screen');
  });

  it('reflows the reader in place: the same words on top, and a note', async () => {
    const path = folder.write('guide.md', threeSections('A short introduction.'));
    const session = startSession(['-i', '--watch', path], { cols: 60, rows: 12, keepOpen: true });
    await session.waitFor((screen) => (screen.at(-1) ?? '').endsWith('? help'));
    // Section 3 (Beta), then some lines into it.
    session.type('3jjjjj');
    const before = await session.waitFor((screen) => screen[0] === 'Beta line 2.');
    // Text added above the place, saved by renaming a new file over the old one.
    saveByRename(path, threeSections('A longer introduction.\n\nWith a second paragraph.'));
    const after = await session.waitFor((screen) => (screen.at(-1) ?? '').includes('reloaded'));
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    // Written in place: the new text is on the screen, the place kept.
    writeFileSync(path, threeSections('Short again.').replace('Beta line 3.', 'Beta line three.'));
    await session.waitFor(
      (screen) => screen[0] === 'Beta line 2.' && screen.includes('Beta line three.'),
    );
    unlinkSync(path);
    await session.waitFor((screen) => (screen.at(-1) ?? '').includes('is gone; waiting for it'));
    session.type('q');
    expect(await session.finish()).toEqual({ exitCode: 0, signal: undefined });
  });
});
