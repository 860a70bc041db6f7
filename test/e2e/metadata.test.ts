import { describe, expect, it } from 'vitest';
import { expectClean } from '../helpers/measure.ts';
import { runInTerminal } from '../helpers/pty.ts';
import { runArticle } from '../helpers/run.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

// The metadata of a saved page through the built article: shown, given as data, kept as Markdown.

const temp = temporaryFolder('metadata');
const { write } = temp;

const paragraph = (words: string) =>
  `<p>${words} Owls are birds of prey that hunt mostly at night, with eyes that face forward, soft feathers that make their flight silent, and hearing keen enough to find a mouse under snow.</p>`;

const linkedData = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Owls at night',
  author: [{ '@type': 'Person', name: 'Jane Doe' }],
  datePublished: '2024-05-02T09:30:00+02:00',
  publisher: { '@type': 'Organization', name: 'Example News' },
  description: 'How owls hunt in the dark.',
});

const owls = `<!doctype html><html lang="en"><head><title>Owls at night</title>
  <script type="application/ld+json">${linkedData}</script>
  <link rel="canonical" href="https://example.com/news/owls">
  </head><body><nav><a href="/">Home</a></nav><article><h1>Owls at night</h1>
  ${paragraph('First.')}<h2>Hunting</h2>${paragraph('Second.')}<h2>Sleeping</h2>${paragraph('Third.')}
  </article></body></html>`;

const metadataLine = 'By Jane Doe · Example News · 2 May 2024 · 1 min read';

describe('the metadata of a saved page', () => {
  it('is one quiet line under the title on a terminal and in colour, not in a pipe of plain text', async () => {
    const path = write('owls.html', owls);
    const plain = runArticle([path, '--plain']);
    expectClean(plain);
    expect(plain.stdout.startsWith('Owls at night\n=============\n\nFirst.')).toBe(true);
    const terminal = await runInTerminal([path, '--plain', '--no-pager'], { cols: 80 });
    expect(terminal.screen.slice(0, 4)).toEqual([
      'Owls at night',
      '=============',
      '',
      metadataLine,
    ]);
    const coloured = runArticle([path, '--color', 'always', '--width', '80']);
    expectClean(coloured);
    // The theme's secondary text (xterm colour 245 in the dark theme), as the table of contents' counts.
    expect(coloured.stdout).toContain(`\u001b[38;5;245m${metadataLine}\u001b[39m`);
  });

  it('is not printed with a section, which is printed without the title', () => {
    const hunting = runArticle([write('owls.html', owls), 'hunting', '--plain']);
    expectClean(hunting);
    expect(hunting.stdout.startsWith('Hunting\n-------\n\nSecond.')).toBe(true);
    expect(hunting.stdout).not.toContain('Jane Doe');
  });

  it('is in --json and --list --json as fields', () => {
    const path = write('owls.html', owls);
    for (const args of [['--json'], ['--list', '--json']]) {
      const result = runArticle([path, ...args]);
      expectClean(result);
      expect(JSON.parse(result.stdout)).toMatchObject({
        title: 'Owls at night',
        byline: 'Jane Doe',
        siteName: 'Example News',
        published: '2024-05-02T09:30:00+02:00',
        lang: 'en',
        canonical: 'https://example.com/news/owls',
        excerpt: 'How owls hunt in the dark.',
      });
    }
  });

  it('is front matter in --format markdown, which reads back the same', () => {
    const path = write('owls.html', owls);
    const markdown = runArticle([path, '--format', 'markdown']);
    expectClean(markdown);
    expect(markdown.stdout.startsWith('---\ntitle: Owls at night\nauthor: Jane Doe\n')).toBe(true);
    const kept = write('owls.md', markdown.stdout);
    for (const args of [
      ['--plain'],
      ['--color', 'always'],
      ['--json'],
      ['--list', '--json'],
      ['--format', 'markdown'],
    ]) {
      const again = runArticle([kept, ...args]);
      expectClean(again);
      expect(again.stdout).toBe(runArticle([path, ...args]).stdout);
    }
  });

  it('of a Markdown post is read from its front matter the same way', () => {
    const post = write(
      'post.md',
      '---\ntitle: A post\nauthor: [Jane Doe, John Roe]\ndate: 2024-05-02\ntags: [birds]\n---\n\nText of the post.\n',
    );
    const result = runArticle([post, '--color', 'always']);
    expectClean(result);
    expect(result.stdout).toContain('By Jane Doe, John Roe · 2 May 2024 · 1 min read');
  });

  it('never sends a control character of the page to the terminal', () => {
    const hostile = owls
      .replace('Jane Doe', 'Jane\\u001b]8;;https://evil.example\\u0007 Doe\\u009b2J')
      .replace('Example News', `Example ${'News '.repeat(1000)}`);
    const path = write('hostile.html', hostile);
    for (const args of [
      ['--color', 'always'],
      ['--color', 'always', '--theme', 'light'],
    ]) {
      const result = runArticle([path, ...args]);
      expectClean(result);
      expect(result.stdout).toContain('By Jane^[]8;;https://evil.example^G Doe<U+009B>2J');
      expect(result.stdout).not.toMatch(/\u0007|\u009b|\u001b\]8;;https:\/\/evil/);
    }
    const json = runArticle([path, '--json']);
    expect(json.stdout).toContain(
      '"byline": "Jane\\u001b]8;;https://evil.example\\u0007 Doe\\u009b2J"',
    );
    expect(JSON.parse(json.stdout).siteName.length).toBeLessThanOrEqual(120);
  });
});
