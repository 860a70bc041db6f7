import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run.ts';

/**
 * One small document per kind of element (test/fixtures/elements/), printed by
 * the built article at two widths, plain and in colour, each against a golden
 * file of its own: a change to how one element looks shows in that element's
 * files alone. `npx vitest run -u` writes them again; read the diff.
 */
const folder = new URL('../fixtures/elements/', import.meta.url);
const elements = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();

/**
 * Links and images also in the other modes of --links, each in files of
 * their own (`links-numbered-w40.txt`); the files without a mode are inline.
 */
const linkModes: Record<string, readonly string[]> = {
  links: ['numbered', 'none'],
  images: ['numbered', 'none'],
  'links-to-headings': ['numbered', 'none'],
};

describe.each(elements)('%s', (element) => {
  const file = `test/fixtures/elements/${element}.md`;
  for (const mode of [undefined, ...(linkModes[element] ?? [])]) {
    const name = mode ? `${element}-${mode}` : element;
    const links = mode ? ['--links', mode] : [];
    for (const width of ['40', '80']) {
      it(`plain at width ${width}${mode ? `, links ${mode}` : ''}`, async () => {
        const args = ['--file', file, '--width', width, '--plain', ...links];
        const { stdout, stderr, status } = runArticle(args);
        expect({ stderr, status }).toEqual({ stderr: '', status: 0 });
        await expect(stdout).toMatchFileSnapshot(`../golden/elements/${name}-w${width}.txt`);
      });

      it(`in colour at width ${width}${mode ? `, links ${mode}` : ''}`, async () => {
        const colour = ['--color', 'always', '--theme', 'dark', '--hyperlinks', 'never'];
        const args = ['--file', file, '--width', width, ...colour, ...links];
        const { stdout, stderr, status } = runArticle(args);
        expect({ stderr, status }).toEqual({ stderr: '', status: 0 });
        await expect(stdout).toMatchFileSnapshot(`../golden/elements/${name}-w${width}.ansi`);
      });
    }
  }
});

it('has the elements the golden files are meant to cover', () => {
  expect(elements).toEqual([
    'alerts',
    'cjk',
    'code-language',
    'code-long',
    'code-plain',
    'details',
    'emoji',
    'emoji-shortcodes',
    'footnotes',
    'headings',
    'html',
    'images',
    'links',
    'links-to-headings',
    'list-loose',
    'list-nested',
    'list-tight',
    'prose-chinese',
    'prose-emoji-marks',
    'prose-japanese',
    'prose-korean-english',
    'quote',
    'table-aligned',
    'table-narrow',
    'table-records',
    'table-wide',
    'task-list',
  ]);
});
