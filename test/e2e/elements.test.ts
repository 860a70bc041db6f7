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

describe.each(elements)('%s', (element) => {
  const file = `test/fixtures/elements/${element}.md`;
  for (const width of ['40', '80']) {
    it(`plain at width ${width}`, async () => {
      const { stdout, stderr, status } = runArticle(['--file', file, '--width', width, '--plain']);
      expect({ stderr, status }).toEqual({ stderr: '', status: 0 });
      await expect(stdout).toMatchFileSnapshot(`../golden/elements/${element}-w${width}.txt`);
    });

    it(`in colour at width ${width}`, async () => {
      const colour = ['--color', 'always', '--theme', 'dark', '--hyperlinks', 'never'];
      const { stdout, stderr, status } = runArticle(['--file', file, '--width', width, ...colour]);
      expect({ stderr, status }).toEqual({ stderr: '', status: 0 });
      await expect(stdout).toMatchFileSnapshot(`../golden/elements/${element}-w${width}.ansi`);
    });
  }
});

it('has the elements the golden files are meant to cover', () => {
  expect(elements).toEqual([
    'cjk',
    'code-language',
    'code-plain',
    'emoji',
    'headings',
    'html',
    'images',
    'links',
    'list-loose',
    'list-nested',
    'list-tight',
    'quote',
    'table-narrow',
    'table-wide',
  ]);
});
