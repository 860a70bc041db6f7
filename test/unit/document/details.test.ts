import type { Token, Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  DetailsGrouper,
  type DetailsToken,
  groupDetails,
  groupDetailsInBatches,
  summaryText,
} from '../../../src/document/details.ts';
import { parseDocument, sectionBlocks } from '../../../src/document/document.ts';
import { tokenText } from '../../../src/document/token-text.ts';
import { lexBlocks, lexInChunks } from '../../../src/markdown/lex.ts';

const grouped = (markdown: string): Token[] => groupDetails(lexBlocks(markdown, {}));
const visible = (tokens: readonly Token[]) => tokens.filter((token) => token.type !== 'space');
const details = (token: Token | undefined): DetailsToken => {
  expect(token?.type).toBe('details');
  return token as unknown as DetailsToken;
};
/** The tokens as types, details blocks as [summary, their types], to compare shapes at a glance. */
const shape = (tokens: readonly Token[]): unknown[] =>
  visible(tokens).map((token) =>
    token.type === 'details'
      ? [summaryText(details(token)), shape(details(token).tokens)]
      : token.type,
  );

const readme = [
  'Before.',
  '',
  '<details>',
  '<summary>Advanced usage</summary>',
  '',
  '- one',
  '- two',
  '',
  '```js',
  'run();',
  '```',
  '</details>',
  '',
  'After.',
  '',
].join('\n');

describe('groupDetails', () => {
  it('makes the HTML blocks around Markdown one details token holding the Markdown', () => {
    const tokens = grouped(readme);
    expect(shape(tokens)).toEqual(['paragraph', ['Advanced usage', ['list', 'code']], 'paragraph']);
    const block = details(visible(tokens)[1]);
    expect(block.open).toBe(false);
    expect(block.summary).toBe('Advanced usage');
  });

  it('keeps the source whole: the raws still add up to the text', () => {
    expect(
      grouped(readme)
        .map((token) => token.raw)
        .join(''),
    ).toBe(readme);
    const one = '<details><summary>A</summary>\ntext <b>b</b>\n</details>\n\n<p>x</p>\n';
    expect(
      grouped(one)
        .map((token) => token.raw)
        .join(''),
    ).toBe(one);
  });

  it('reads a whole block in one HTML block: what is between the tags stays raw HTML', () => {
    const tokens = grouped(
      '<details><summary>All &amp; one</summary>\nits <b>HTML</b>\n</details>\n',
    );
    const block = details(visible(tokens)[0]);
    expect(summaryText(block)).toBe('All & one');
    expect(visible(block.tokens).map((token) => [token.type, (token as Tokens.HTML).text])).toEqual(
      [['html', '\nits <b>HTML</b>\n']],
    );
  });

  it('sees `open`, a missing or empty summary ("Details"), and any case', () => {
    const open = details(
      visible(grouped('<details open>\n<summary>S</summary>\n\nx\n</details>\n'))[0],
    );
    expect(open.open).toBe(true);
    const none = details(visible(grouped('<DETAILS>\n\ntext\n\n</Details>\n'))[0]);
    expect([none.summary, summaryText(none), none.open]).toEqual([undefined, 'Details', false]);
    const empty = details(visible(grouped('<details><summary> </summary>\n\nx\n</details>\n'))[0]);
    expect(summaryText(empty)).toBe('Details');
    // A word that only starts like the tag is another tag.
    expect(shape(grouped('<detailsx>\n\ntext\n'))).toEqual(['html', 'paragraph']);
  });

  it('nests blocks inside blocks, and groups inside list items and quotes', () => {
    const nested = [
      '<details><summary>Outer</summary>',
      '',
      'a',
      '',
      '<details><summary>Inner</summary>',
      '',
      'b',
      '</details>',
      '</details>',
      '',
    ].join('\n');
    expect(shape(grouped(nested))).toEqual([['Outer', ['paragraph', ['Inner', ['paragraph']]]]]);
    const quoted = grouped('> <details><summary>Q</summary>\n>\n> quoted\n> </details>\n');
    expect(shape((visible(quoted)[0] as Tokens.Blockquote).tokens)).toEqual([['Q', ['paragraph']]]);
    const listed = grouped('- item\n\n  <details><summary>L</summary>\n\n  inner\n  </details>\n');
    const item = (visible(listed)[0] as Tokens.List).items[0] as Tokens.ListItem;
    expect(shape(item.tokens)).toEqual(['paragraph', ['L', ['paragraph']]]);
  });

  it('ends a block left open at the end, and leaves a stray end tag as HTML (which shows nothing)', () => {
    expect(shape(grouped('<details><summary>Open</summary>\n\nrest\n'))).toEqual([
      ['Open', ['paragraph']],
    ]);
    expect(shape(grouped('text\n\n</details>\n'))).toEqual(['paragraph', 'html']);
  });

  it('does not take tags inside comments', () => {
    expect(shape(grouped('<!-- <details> -->\n\ntext\n'))).toEqual(['html', 'paragraph']);
  });

  it('gives the summary and the contents to the text that words are counted from', () => {
    const block = visible(grouped(readme))[1] as Token;
    expect(tokenText(block).split(/\s+/)).toEqual(['Advanced', 'usage', 'one', 'two', 'run();']);
  });
});

describe('groupDetailsInBatches', () => {
  /** A block of 40 paragraphs, much longer than the chunks below: it must span several. */
  const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index} of the block.`);
  const long = [
    'Before.',
    '',
    '<details>',
    '<summary>Long</summary>',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    '</details>',
    '',
    'After.',
    '',
  ].join('\n');

  it('holds a block that spans chunks until it closes: the same tokens as lexed whole', () => {
    const batches = [...lexInChunks(long, {}, { first: 64, later: 128 })];
    expect(batches.length).toBeGreaterThan(5);
    const together = [...groupDetailsInBatches(batches)];
    expect(together.flat().map((token) => token.raw)).toEqual(
      grouped(long).map((token) => token.raw),
    );
    expect(shape(together.flat())).toEqual(shape(grouped(long)));
    // No batch cuts the block: it is whole in one of them.
    expect(together.some((batch) => batch.some((token) => token.type === 'details'))).toBe(true);
  });

  it('gives up a block left open past 256 KiB of source: it ends there, its end tag shows nothing', () => {
    const grouper = new DetailsGrouper();
    const open = lexBlocks('<details><summary>Huge</summary>\n\n', {});
    const huge = lexBlocks(`${'word '.repeat(60 * 1024)}\n\n`, {});
    expect(shape(grouper.add([...open, ...huge]))).toEqual([['Huge', ['paragraph']]]);
    expect(shape(grouper.add(lexBlocks('after\n</details>\n', {})))).toEqual(['paragraph', 'html']);
    expect(grouper.finish()).toEqual([]);
  });

  it('gives batches out as they come when no block is open', () => {
    const batches = [...lexInChunks(paragraphs.join('\n\n'), {}, { first: 64, later: 128 })];
    expect([...groupDetailsInBatches(batches)]).toHaveLength(batches.length);
  });

  it('makes a heading inside a block no section, so that a section holds the whole block', () => {
    const document = parseDocument({
      name: 'notes',
      text: '## Use\n\n<details><summary>More</summary>\n\n### Inside\n\ntext\n</details>\n\n## Next\n',
    });
    expect(document.sections.map((section) => section.title)).toEqual(['Use', 'Next']);
    const [use] = document.sections;
    expect(shape(sectionBlocks(document, use as (typeof document.sections)[0]))).toEqual([
      ['More', ['heading', 'paragraph']],
    ]);
  });
});
