import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { afterEach, describe, expect, it } from 'vitest';
import { expectClean, expectOneLineError } from '../helpers/measure.ts';
import { controlsAsSpaces, firstMissingWord } from '../helpers/render.ts';
import { root, runArticle } from '../helpers/run.ts';
import { startSession, stopSessions } from '../helpers/session.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

// --links: how links print in text, for every kind of document.

const temp = temporaryFolder('links');
/** A saved page from Readability's tests (test/data/readability), dense with links. */
const daringFireball = join(root, 'test/data/readability/daringfireball-1');
const page = join(daringFireball, 'source.html');

afterEach(() => stopSessions());

describe('--links none on a saved web page', () => {
  it('leaves no address in the words, and every word of the article in order', () => {
    const inline = runArticle([page, '--plain', '-w', '0', '--whole-article']);
    expectClean(inline);
    expect(inline.stdout).toContain('http');
    // Readability's choice alone: its expected words are the measure (reader mode removes more).
    const none = runArticle([page, '--plain', '--links', 'none', '--whole-article']);
    expectClean(none);
    expect(none.stdout).not.toContain('http');
    const expected = controlsAsSpaces(
      decodeHTML(
        readFileSync(join(daringFireball, 'expected.html'), 'utf8').replace(/<[^>]*>/g, ' '),
      ),
    );
    expect(firstMissingWord(expected, none.stdout.replace(/\s+/g, ' '))).toBeUndefined();
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    expect(words(none.stdout)).toBeLessThan(words(inline.stdout));
  });
});

describe('--links numbered on a saved web page', () => {
  it('numbers every link once, from 1 up, each number listed once with its address', () => {
    const { stdout, stderr, status } = runArticle([
      page,
      '--plain',
      '--links',
      'numbered',
      '-w',
      '72',
    ]);
    expect({ stderr, status }).toEqual({ stderr: '', status: 0 });
    const listed = [...stdout.matchAll(/^ *\[(\d+)\] (\S+)$/gm)].map((match) => Number(match[1]));
    const marked = [...stdout.matchAll(/(?<=\S)\[(\d+)\]/g)].map((match) => Number(match[1]));
    expect(listed.length).toBeGreaterThan(5);
    expect(listed).toEqual(listed.map((_, index) => index + 1));
    expect(marked).toEqual(listed);
    // The addresses are in the lists only, none of them in the text.
    expect(stdout).not.toMatch(/\(https?:/);
  });
});

describe('--links', () => {
  it('is one line of usage error, status 2, for another value', () => {
    const result = runArticle(['--links', 'footnotes']);
    expectOneLineError(
      result,
      2,
      /^article: option '--links <mode>' argument 'footnotes' is invalid\. Allowed choices are inline, numbered, none\./,
    );
    expect(result.stdout).toBe('');
  });

  it('leaves Markdown and JSON as they are', () => {
    const file = temp.write(
      'links.md',
      '# T\n\n## S\n\nSee [the docs](https://x.org/d) and ![a cat](c.png).\n',
    );
    for (const args of [
      ['--format', 'markdown'],
      ['--json'],
      ['--json', 'S'],
      ['--format', 'markdown', 'S'],
    ]) {
      const inline = runArticle([file, ...args]);
      for (const mode of ['numbered', 'none']) {
        expect(runArticle([file, ...args, '--links', mode]).stdout, `${args} ${mode}`).toBe(
          inline.stdout,
        );
      }
    }
    expect(runArticle([file, '--format', 'markdown']).stdout).toContain(
      '[the docs](https://x.org/d)',
    );
  });

  it('numbers through the sections asked for, in the order given', () => {
    const file = temp.write(
      'sections.md',
      '# T\n\n## One\n\n[a](https://x.org/a)\n\n## Two\n\n[b](https://x.org/b)\n',
    );
    expect(runArticle([file, 'two', 'one', '--plain', '--links', 'numbered']).stdout).toBe(
      'Two\n---\n\nb[1]\n\n[1] https://x.org/b\n\nOne\n---\n\na[2]\n\n[2] https://x.org/a\n',
    );
  });

  it('applies in the full-screen reader too', async () => {
    const file = temp.write('reader.md', '# T\n\nSee [the docs](https://x.org/docs).\n');
    const session = startSession(['-i', file, '--links', 'numbered'], {
      cols: 60,
      rows: 12,
      keepOpen: true,
    });
    const screen = await session.waitFor((rows) => rows.some((row) => row.startsWith('[1] ')));
    expect(screen).toContain('See the docs[1].');
    expect(screen).toContain('[1] https://x.org/docs');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });
});
