import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import { takeLinkMarks } from '../../../src/reader/page-links.ts';
import { markLink } from '../../../src/render/link-marks.ts';
import { TextRenderer } from '../../../src/render/text.ts';

const layout = (markdown: string, width: number, linkMarks: boolean, colour = false) =>
  layoutPage(
    parseDocument({ name: 'post', text: markdown }),
    new TextRenderer({ width, colour, linkMarks, foldMarks: true }),
    true,
  );

/** The plain text of each piece of each link: what a reader sees highlighted. */
const piecesShown = (markdown: string, width = 40) => {
  const page = layout(markdown, width, true);
  return page.links.map((link) => ({
    href: link.href,
    pieces: link.pieces.map((piece) => [
      piece.line,
      page.plain[piece.line]?.slice(piece.start, piece.end),
    ]),
  }));
};

describe('links on the laid-out page', () => {
  it('knows the line, columns and address of each link', () => {
    const page = layout('Read [the guide](guide.md) and [this](#intro).\n', 60, true);
    expect(page.lines).toEqual(['Read the guide (guide.md) and this (#intro).']);
    expect(page.links).toEqual([
      { index: 0, href: 'guide.md', text: 'the guide', pieces: [{ line: 0, start: 5, end: 14 }] },
      { index: 1, href: '#intro', text: 'this', pieces: [{ line: 0, start: 30, end: 34 }] },
    ]);
  });

  it('follows a link wrapped onto the next line, inside a quote bar and a list indent', () => {
    const markdown = '> - Some words first, then [a link whose text is long](a.md) end\n';
    expect(piecesShown(markdown, 33)).toEqual([
      {
        href: 'a.md',
        pieces: [
          [0, 'a link'],
          [1, 'whose text is long'],
        ],
      },
    ]);
    expect(layout(markdown, 33, true).plain.slice(0, 2)).toEqual([
      '│ • Some words first, then a link',
      '│   whose text is long (a.md) end',
    ]);
  });

  it('finds links in tables, footnotes and numbered lists, in reading order', () => {
    const markdown = [
      '| a | b |',
      '|---|---|',
      '| [one](1.md) long words here to wrap | [two](2.md) |',
      '',
      'Text[^n] and [three](3.md).',
      '',
      '[^n]: A note with [four](4.md).',
    ].join('\n');
    const hrefs = layout(markdown, 30, true).links.map((link) => link.href);
    expect(hrefs).toEqual(['1.md', '2.md', '3.md', '4.md']);
  });

  it('lists a link whose marks were cut off by a cell to the end of its line', () => {
    const lines = [`x ${markLink(0, 'cut').slice(0, -1)}`, 'next'];
    expect(takeLinkMarks(lines, ['a.md'])).toEqual([
      { index: 0, href: 'a.md', text: 'cut', pieces: [{ line: 0, start: 2, end: 5 }] },
    ]);
    expect(lines).toEqual(['x cut', 'next']);
  });

  it('counts columns in the plain text, colour aside', () => {
    const page = layout('Some *styled* text and [a link](x.md).\n', 60, true, true);
    const [link] = page.links;
    expect(link && page.plain[0]?.slice(link.pieces[0]?.start, link.pieces[0]?.end)).toBe('a link');
  });

  it('has none unless asked, and no document text can forge a mark', () => {
    expect(layout('[a](b.md)\n', 60, false).links).toEqual([]);
    expect(layout('x \u0004\u0010y\u0005\n', 60, true).links).toEqual([]);
  });

  it('lays out the same lines as printing, whatever the text and width (property)', () => {
    const word = fc.constantFrom(
      'word',
      'a',
      '**bold**',
      '`code`',
      '[link](a.md)',
      '[two words](#x)',
      '[ spaced  out ](b.md)',
      '<https://x.org/a>',
      '[**strong** link](c.md)',
      '日本語の文',
      '[日本語のリンク](j.md)',
      'x<br>y',
      '[a<br>b](br.md)',
    );
    const line = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
      fc.constantFrom(
        '',
        '# Title',
        '## [Heading link](h.md)',
        '| [a](a.md) | b c d |',
        '|---|---|',
      ),
      fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `> - ${words.join(' ')}`),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 10 }),
        fc.integer({ min: 4, max: 50 }),
        fc.boolean(),
        (lines, width, colour) => {
          const markdown = `${lines.join('\n')}\n`;
          const marked = layout(markdown, width, true, colour);
          expect(marked.lines).toEqual(layout(markdown, width, false, colour).lines);
          for (const link of marked.links)
            for (const piece of link.pieces) expect(piece.end).toBeGreaterThan(piece.start);
        },
      ),
    );
  });
});
