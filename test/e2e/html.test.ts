import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { expectClean, expectOneLineError } from '../helpers/measure.ts';
import { controlsAsSpaces, firstMissingWord } from '../helpers/render.ts';
import { root, runArticle } from '../helpers/run.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

// Saved pages read in reader mode: the article alone, as Markdown is read.

const temp = temporaryFolder('html');
const { write } = temp;

const page = (body: string, head = '<title>A page about owls</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const paragraph = (words: string) =>
  `<p>${words} Owls are birds of prey that hunt mostly at night, with eyes that face forward, soft feathers that make their flight silent, and hearing keen enough to find a mouse under snow.</p>`;

const owls = page(`
  <nav><a href="/">Home</a> <a href="/birds">Birds</a> <a href="/subscribe">Subscribe now</a></nav>
  <script>document.write('SCRIPT TEXT')</script><style>p { color: red }</style>
  <article>
    <h1>A page about owls</h1>
    ${paragraph('First.')}
    <h2>Hunting</h2>
    ${paragraph('Second.')}
    <pre><code class="language-js">const owl = 'hoot';</code></pre>
    <h2>Sleeping</h2>
    ${paragraph('Third.')}
    <table><thead><tr><th>Owl</th><th>Weight</th></tr></thead><tbody><tr><td>Barn owl</td><td>500 g</td></tr></tbody></table>
  </article>
  <footer>Cookie banner: we use cookies. Accept all?</footer>`);

describe('a saved page', () => {
  it('is read by its extension, as the first argument or with --file, in reader mode', () => {
    const path = write('owls.html', owls);
    for (const args of [
      [path, '--plain'],
      ['-f', path, '--plain'],
    ]) {
      const result = runArticle(args);
      expectClean(result);
      expect(result.stdout.startsWith('A page about owls\n=================\n')).toBe(true);
      expect(result.stdout).toContain('Hunting\n-------');
      // The title is not said twice, and nothing around the article comes with it.
      expect(result.stdout.match(/A page about owls/g)).toHaveLength(1);
      for (const outside of ['Subscribe now', 'SCRIPT TEXT', 'color: red', 'Cookie banner']) {
        expect(result.stdout).not.toContain(outside);
      }
    }
  });

  it('has sections to list and jump to, and the arguments after it are sections', () => {
    const path = write('owls.html', owls);
    const list = runArticle([path, '--list', '--plain']);
    expectClean(list);
    expect(list.stdout).toMatch(/^2 +Hunting +hunting +/m);
    const hunting = runArticle([path, 'sleeping', '--plain']);
    expectClean(hunting);
    expect(hunting.stdout.startsWith('Sleeping\n--------\n\nThird.')).toBe(true);
    expect(hunting.stdout).toMatch(/Owl +│ Weight|Owl +\| +Weight|Owl\s+Weight/);
  });

  it('becomes clean Markdown: fenced code keeps its language, tables stay tables', () => {
    const markdown = runArticle([write('owls.html', owls), '--format', 'markdown']);
    expectClean(markdown);
    expect(markdown.stdout).toContain("```js\nconst owl = 'hoot';\n```");
    expect(markdown.stdout).toContain('| Owl | Weight |\n| --- | --- |\n| Barn owl | 500 g |');
    expect(markdown.stdout).toContain('## Hunting');
  });

  it('is sniffed on standard input, and --from decides against the name and the start', () => {
    const piped = runArticle(['-f', '-', '--list', '--json'], { input: owls });
    expectClean(piped);
    expect(JSON.parse(piped.stdout).title).toBe('A page about owls');
    const asText = runArticle(['-f', write('owls.txt', owls), '--from', 'html', '--plain']);
    expect(asText.stdout.startsWith('A page about owls\n')).toBe(true);
    const asMarkdown = runArticle(['-f', write('owls.htm', owls), '--from', 'markdown', '--plain']);
    expectClean(asMarkdown);
    expect(asMarkdown.stdout).toContain('Hunting');
    // A Markdown file that starts with raw HTML stays Markdown.
    const readme = runArticle(['-f', '-', '--plain'], {
      input: '<p align="center">Logo</p>\n\n# Project\n\n**Bold** text.\n',
    });
    expect(readme.stdout).toContain('Project\n=======');
    expect(readme.stdout).toContain('Bold text.');
  });

  it('shows the whole page on request, and says so when it finds no article', () => {
    const path = write('owls.html', owls);
    const whole = runArticle([path, '--whole-page', '--plain']);
    expectClean(whole);
    expect(whole.stdout).toContain('Subscribe now');
    expect(whole.stdout).not.toContain('SCRIPT TEXT');
    const aside = page('<aside>A note beside nothing.</aside>');
    const noArticle = runArticle([write('aside.html', aside), '--plain']);
    expect(noArticle.status).toBe(0);
    expect(noArticle.stderr).toBe('article: no article found in aside; showing the whole page\n');
    expect(noArticle.stdout).toBe(
      'A page about owls\n=================\n\nA note beside nothing.\n',
    );
    const empty = runArticle([write('empty.html', page('<div> </div>')), '--plain']);
    expectOneLineError(empty, 1, /^article: empty: an empty page, no text to read\n/);
    expect(empty.stdout).toBe('');
  });

  it('keeps a link target as the page wrote it, entities and all', () => {
    const linked = page(
      `<article>${paragraph('See <a href="https://example.com/?a=1&amp;copy=2">the page</a>.')}</article>`,
    );
    const result = runArticle([write('linked.html', linked), '--plain', '-w', '0']);
    expectClean(result);
    expect(result.stdout).toContain('See the page (https://example.com/?a=1&copy=2).');
  });

  it('is hostile input: escape sequences shown, javascript: links never clickable', () => {
    const hostile = page(
      `<article><h1>Title \u001b[31mred</h1>${paragraph('See <a href="javascript:alert(1)">this link</a> and <a href="https://example.com/">that</a>.')}</article>`,
      '<title>Title \u001b[31mred</title>',
    );
    const result = runArticle([
      write('hostile.html', hostile),
      '--color',
      'always',
      '--hyperlinks',
      'always',
    ]);
    expectClean(result);
    expect(result.stdout).not.toContain('\u001b[31m');
    expect(result.stdout).toContain('Title ^[[31mred');
    expect(result.stdout).not.toContain('\u001b]8;;javascript');
    expect(result.stdout).toContain('\u001b]8;;https://example.com/\u001b\\');
  });
});

describe('character sets', () => {
  // "Привет, совы" in windows-1251 and "你好" in GBK, written out by hand.
  const cp1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xf1, 0xee, 0xe2, 0xfb];
  const gbk = [0xc4, 0xe3, 0xba, 0xc3];
  const saved = (head: string, text: number[]) =>
    Buffer.concat([
      Buffer.from(`<!doctype html><html><head>${head}<title>T</title></head><body><article><p>`),
      Buffer.from(text),
      Buffer.from('</p></article></body></html>'),
    ]);

  it('reads a page in the character set its head declares', () => {
    const russian = runArticle([
      write('ru.html', saved('<meta charset="windows-1251">', cp1251)),
      '--plain',
    ]);
    expectClean(russian);
    expect(russian.stdout).toBe('T\n=\n\nПривет, совы\n');
    const chinese = runArticle(['-f', '-', '--plain'], {
      input: saved('<meta http-equiv="content-type" content="text/html; charset=GBK">', gbk),
    });
    expect(chinese.stdout).toBe('T\n=\n\n你好\n');
  });

  it('reads a page that declares none as UTF-8', () => {
    const undeclared = runArticle([write('none.html', saved('', gbk)), '--plain']);
    expectClean(undeclared);
    expect(undeclared.stdout).toBe('T\n=\n\n\ufffd\ufffd\ufffd\n');
  });
});

describe('a hostile page', () => {
  it('nested ten thousand elements deep ends with one clear line', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}<p>deep</p>${'</div>'.repeat(10_000)}</body></html>`;
    const result = runArticle([write('deep.html', deep), '--plain']);
    expectOneLineError(
      result,
      1,
      /^article: deep: the page nests its elements too deeply to read\n/,
    );
    expect(result.stdout).toBe('');
  });
});

/** Mozilla Readability's own test pages (test/data/readability, Apache 2.0). */
const pages = join(root, 'test/data/readability');

describe("Readability's test pages", () => {
  it.each(readdirSync(pages).filter((name) => !name.includes('.')))(
    '%s: every word of the expected article, in order, under its title',
    (name) => {
      const folder = join(pages, name);
      const expected = controlsAsSpaces(
        decodeHTML(readFileSync(join(folder, 'expected.html'), 'utf8').replace(/<[^>]*>/g, ' ')),
      );
      const { title } = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8'));
      // Readability's choice alone, so that what is measured is the DOM, the conversion and the
      // rendering: the boxes reader mode removes on top of it are measured in npm run bench.
      const result = runArticle([
        '-f',
        join(folder, 'source.html'),
        '--plain',
        '-w',
        '0',
        '--whole-article',
      ]);
      expectClean(result);
      expect(firstMissingWord(expected, result.stdout)).toBeUndefined();
      expect(result.stdout.split('\n')[0]).toBe(title.replace(/\s+/g, ' ').trim());
    },
  );
});
