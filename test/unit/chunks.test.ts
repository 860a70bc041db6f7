import fc from 'fast-check';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  deepestNesting,
  findLinkDefinitions,
  lexBlocks,
  lexInPieces,
  markdownChunks,
} from '../../src/markdown/chunks.ts';
import { mostEmphasisDelimiters } from '../../src/markdown/emphasis-guard.ts';

const tiny = { first: 1, later: 1 };

/** Types and source of every block, with runs of blank lines merged: the lexer's view of the text. */
function blocks(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.type !== 'space')
    .map((token) => `${token.type}:${token.raw.trimEnd()}`);
}

function lexPieces(markdown: string): string[] {
  return [...lexInPieces(markdown, findLinkDefinitions(markdown), tiny)].flatMap(blocks);
}

describe('markdownChunks', () => {
  it('gives back the text unchanged when joined', () => {
    const text = '# a\n\nb\n\n- c\n\n- d\n\ne\n';
    expect([...markdownChunks(text, tiny)].join('')).toBe(text);
  });

  it('cuts only where a block can start afresh', () => {
    const text =
      '# a\n\npara\n\n- item\n\n- loose item\n\n  continued\n\n```\ncode\n\n# not a heading\n```\n\n<pre>\n\nx\n</pre>\n\nend\n';
    expect([...markdownChunks(text, tiny)]).toEqual([
      '# a\n\n',
      'para\n\n- item\n\n- loose item\n\n  continued\n\n',
      '```\ncode\n\n# not a heading\n```\n\n',
      '<pre>\n\nx\n</pre>\n\n',
      'end\n',
    ]);
  });

  it('cuts pieces of about the sizes asked for', () => {
    const paragraph = `${'word '.repeat(200)}\n\n`;
    const pieces = [...markdownChunks(paragraph.repeat(400), { first: 4_000, later: 40_000 })];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces[0]?.length).toBeGreaterThanOrEqual(4_000);
    expect(pieces[0]?.length).toBeLessThan(5_100);
    expect(pieces[1]?.length).toBeGreaterThanOrEqual(40_000);
    expect(pieces[1]?.length).toBeLessThan(41_100);
  });
});

const line = fc.constantFrom(
  '# Heading',
  '## Sub',
  'Setext',
  '===',
  '---',
  'para text',
  '- item',
  '* star',
  '1. one',
  '2) two',
  '  indented continuation',
  '    indented code',
  '> quote',
  '```',
  '```js',
  '~~~',
  '````',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '<!-- comment',
  '-->',
  '| a | b |',
  '|---|---|',
  '[ref]: http://example.com "Title"',
  'see [ref] and [other]',
  '[other]: /other',
  '',
  '',
  '',
);

describe('pieces lex as the whole does (property)', () => {
  it('gives the same blocks as lexing the whole document', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const markdown = `${lines.join('\n')}\n`;
        expect(lexPieces(markdown)).toEqual(blocks(new Lexer({ gfm: true }).lex(markdown)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('pieces lex as the whole does, at a fence line with white space after it', () => {
  // marked closes a fence only with a line of its fence characters and spaces: after a tab the
  // code runs on, and the blank line after it must not be a cut.
  for (const fence of ['```', '~~~']) {
    it(`keeps ${fence} code open past a ${fence} line followed by a tab`, () => {
      const markdown = `Intro\n\n${fence}\ncode\n${fence}\t\n\nParagraph\n`;
      const whole = blocks(lexBlocks(markdown, findLinkDefinitions(markdown)));
      expect(whole).toEqual(['paragraph:Intro', `code:${fence}\ncode\n${fence}\t\n\nParagraph`]);
      expect(lexPieces(markdown)).toEqual(whole);
      expect([...markdownChunks(markdown, tiny)]).toEqual([
        'Intro\n\n',
        `${fence}\ncode\n${fence}\t\n\nParagraph\n`,
      ]);
    });

    it(`closes ${fence} code at a ${fence} line followed by spaces`, () => {
      const markdown = `Intro\n\n${fence}\ncode\n${fence}   \n\nParagraph\n`;
      expect(lexPieces(markdown)).toEqual(blocks(lexBlocks(markdown, {})));
      expect([...markdownChunks(markdown, tiny)]).toEqual([
        'Intro\n\n',
        `${fence}\ncode\n${fence}   \n\n`,
        'Paragraph\n',
      ]);
    });

    it(`finds no definition in code that a ${fence} line with a tab after it opens`, () => {
      const markdown = `${fence}\t\n[a]: /in-code\n`;
      const lexer = new Lexer({ gfm: true });
      lexer.lex(markdown);
      expect(lexer.tokens.links).toEqual({});
      expect(findLinkDefinitions(markdown)).toEqual({});
    });
  }
});

describe('findLinkDefinitions', () => {
  it('finds definitions anywhere, as marked reads them', () => {
    const body =
      'see [a] and [B]\n\n[a]: http://a.example "A"\n   [b]: <http://b.example>\n  \'B title\'\n    [code]: /not-a-definition\ntext [c]: /mid-line\n[a]: http://second.example\n';
    expect(findLinkDefinitions(body)).toEqual({
      a: { href: 'http://a.example', title: 'A' },
      b: { href: 'http://b.example', title: 'B title' },
    });
  });

  it('finds nothing in text without brackets', () => {
    expect(findLinkDefinitions('plain text\n')).toEqual({});
  });
});

describe('findLinkDefinitions, targets and titles on lines of their own', () => {
  it('reads them as marked does', () => {
    const body = '[a]:\n  http://a.example\n  "A"\n\n[b]: http://b.example\n(B)\n';
    const lexer = new Lexer({ gfm: true });
    lexer.lex(body);
    expect(findLinkDefinitions(body)).toEqual({ ...lexer.tokens.links });
  });
});

describe('findLinkDefinitions (property)', () => {
  it('finds every definition marked finds in the whole document, with the same target', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const markdown = `${lines.join('\n')}\n`;
        const lexer = new Lexer({ gfm: true });
        lexer.lex(markdown);
        const found = findLinkDefinitions(markdown);
        for (const [label, definition] of Object.entries(lexer.tokens.links)) {
          expect(found[label]).toEqual(definition);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lexBlocks, on what marked cannot lex', () => {
  const types = (tokens: readonly Token[]) =>
    tokens.filter((token) => token.type !== 'space').map((token) => token.type);

  it('shows a run nested deeper than the limit as its source, and lexes the rest', () => {
    const deep = `${'> '.repeat(deepestNesting + 1)}deep\n${'> '.repeat(deepestNesting + 1)}more\n`;
    const tokens = lexBlocks(`# Title\n\nbefore\n\n${deep}\nafter *em*\n`, {});
    expect(types(tokens)).toEqual(['heading', 'paragraph', 'code', 'paragraph']);
    expect(tokens.find((token) => token.type === 'code')?.raw).toBe(deep);
    expect(tokens.map((token) => token.raw).join('')).toBe(
      `# Title\n\nbefore\n\n${deep}\nafter *em*\n`,
    );
  });

  it('lexes nesting short of the limit as usual', () => {
    const tokens = lexBlocks(`${'> '.repeat(deepestNesting / 2)}deep\n`, {});
    expect(types(tokens)).toEqual(['blockquote']);
  });

  it('shows the text as it is where marked throws', () => {
    // marked 18.2 throws a TypeError on this: article must not.
    const markdown = '   > 10) x\n    > 10) x\n    x\n';
    expect(() => new Lexer({ gfm: true }).lex(markdown)).toThrow(TypeError);
    const tokens = lexBlocks(markdown, {});
    expect(tokens).toEqual([expect.objectContaining({ type: 'code', raw: markdown })]);
  });

  it('reads an inline run with too many emphasis delimiters as plain text', () => {
    const many = `${'_a'.repeat(mostEmphasisDelimiters)}_ end`;
    const [paragraph] = lexBlocks(`${many}\n`, {});
    expect(paragraph).toMatchObject({ type: 'paragraph' });
    expect((paragraph as Tokens.Paragraph).tokens).toEqual([
      { type: 'text', raw: many, text: many, escaped: false },
    ]);
    // In a heading or a list item too, and the structure around it stays.
    const [heading] = lexBlocks(`# ${many}\n`, {});
    expect((heading as Tokens.Heading).tokens).toEqual([expect.objectContaining({ text: many })]);
  });

  it('parses emphasis in a run with up to that many delimiters', () => {
    const some = `*a* ${'_'.repeat(mostEmphasisDelimiters - 2)}`;
    const [paragraph] = lexBlocks(`${some}\n`, {});
    expect((paragraph as Tokens.Paragraph).tokens?.[0]).toMatchObject({ type: 'em', text: 'a' });
  });
});
