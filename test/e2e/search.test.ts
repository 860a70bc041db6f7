import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run.ts';

describe('article --search', () => {
  it('prints each matching section, then its matching sentences', async () => {
    const result = runArticle(['-s', 'season 2', '-w', '70']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1 Introduction\n {2}It has been confirmed that Season 2/);
    expect(result.stdout).not.toContain('\u001b');
    await expect(result.stdout).toMatchFileSnapshot('../golden/search-season-2.txt');
  });

  it('shows links as --links says: numbered through the results and listed under each section', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-search-'));
    const path = join(dir, 'links.md');
    writeFileSync(
      path,
      '## One\n\nRead [the docs](https://x.org/docs). Not this [one](https://x.org/one).\n\n' +
        '## Two\n\nMore [docs](https://x.org/more) and ![a docs diagram](d.png).\n',
    );
    const search = (...args: string[]) =>
      runArticle(['-f', path, '-s', 'docs', '-w', '80', ...args]);
    expect(search('--links', 'numbered').stdout).toBe(
      [
        '1 One',
        '  Read the docs[1].',
        '',
        '  [1] https://x.org/docs',
        '',
        '2 Two',
        '  More docs[2] and [image: a docs diagram][3].',
        '',
        '  [2] https://x.org/more',
        '  [3] d.png',
        '',
      ].join('\n'),
    );
    expect(search('--links', 'none').stdout).toBe(
      '1 One\n  Read the docs.\n\n2 Two\n  More docs and.\n',
    );
    expect(search().stdout).toContain(
      'More docs (https://x.org/more) and [image: a docs diagram] (d.png).',
    );
    // Addresses are searched only where they are printed in the sentence.
    expect(runArticle(['-f', path, '-s', 'x.org/one']).status).toBe(0);
    expect(runArticle(['-f', path, '-s', 'x.org/one', '--links', 'numbered']).status).toBe(1);
    // JSON's matches are the text as data, whatever --links says.
    const json = JSON.parse(search('--json', '--links', 'none').stdout);
    expect(json.sections[1].matches[0].text).toBe(
      'More docs (https://x.org/more) and [image: a docs diagram] (d.png).',
    );
  });

  it('is case-insensitive and highlights the matches when colour is on', () => {
    const { stdout } = runArticle(['--search', 'HANNAH BAKER', '--color', 'always']);
    expect(stdout).toContain('\u001b[7mHannah Baker\u001b[27m');
  });

  it('finds a phrase that the source or the wrapping breaks across lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-search-'));
    const path = join(dir, 'notes.md');
    writeFileSync(path, '## Notes\n\nThe quick brown\nfox jumps over the lazy dog.\n');
    const { stdout, status } = runArticle([
      '-f',
      path,
      '-s',
      'brown fox',
      '-w',
      '20',
      '--color',
      'always',
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('\u001b[7mbrown');
    expect(stdout.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ')).toContain(
      'The quick brown fox jumps over the lazy dog.',
    );
  });

  it('prints each list item, table row and line of code on its own, without borders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-search-'));
    const path = join(dir, 'list.md');
    writeFileSync(
      path,
      [
        '## Fruit',
        '- apples are red\n- pears are green\n- plums',
        '| fruit | colour |\n| --- | --- |\n| apple | red |\n| pear | green |',
        '```\nconst apple = 1;\nconst pear = 2;\n```',
        '',
      ].join('\n\n'),
    );
    const { stdout, status } = runArticle(['-f', path, '-s', 'apple']);
    expect(status).toBe(0);
    expect(stdout).toBe('1 Fruit\n  • apples are red\n  apple | red\n  const apple = 1;\n');
  });

  it('says where a link to a section leads, as the sections print it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-search-'));
    const path = join(dir, 'to-sections.md');
    writeFileSync(path, '## Alpha\n\nSee [the beta part](#beta) here.\n\n## Beta\n\nText.\n');
    expect(runArticle(['-f', path, '-s', 'beta part', '-w', '80']).stdout).toBe(
      '1 Alpha\n  See the beta part (→ 2 Beta) here.\n',
    );
    expect(
      runArticle(['-f', path, '-s', 'beta part', '-w', '80', '--links', 'numbered']).stdout,
    ).toBe('1 Alpha\n  See the beta part[1] here.\n\n  [1] → 2 Beta\n');
  });

  it('searches only the chosen sections', () => {
    const { stdout } = runArticle(['-s', 'season', '3']);
    expect(stdout).toMatch(/^3 Katherine Langford/);
    expect(stdout).not.toContain('Introduction');
  });

  it('gives the matches as data with --json', () => {
    const data = JSON.parse(runArticle(['-s', 'netflix', '--json']).stdout);
    expect(data.query).toBe('netflix');
    expect(data.sections.map((section: { number: string }) => section.number)).toEqual(['1', '2']);
    const [match] = data.sections[0].matches;
    expect(match.text.slice(match.ranges[0].start, match.ranges[0].end)).toBe('Netflix');
  });

  it('says so on stderr and exits 1 when nothing matches, like grep', () => {
    const result = runArticle(['-s', 'parrot']);
    expect(result).toEqual({ stdout: '', stderr: "article: no match for 'parrot'\n", status: 1 });
  });

  it('refuses --list with it, as a usage error', () => {
    expect(runArticle(['-s', 'x', '--list']).status).toBe(2);
  });

  it.each([[''], ['  '], ['\t\n']])('refuses an empty text (%j) as a usage error', (text) => {
    expect(runArticle(['-s', text])).toEqual({
      stdout: '',
      stderr: "article: --search needs a text to look for (see 'article --help')\n",
      status: 2,
    });
  });
});
