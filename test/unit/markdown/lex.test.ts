import fc from 'fast-check';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { deepestNesting } from '../../../src/markdown/block-scan.ts';
import { markdownChunks } from '../../../src/markdown/chunks.ts';
import { mostEmphasisDelimiters } from '../../../src/markdown/emphasis-guard.ts';
import { lexBlocks, lexInChunks } from '../../../src/markdown/lex.ts';
import { findLinkDefinitions } from '../../../src/markdown/link-definitions.ts';
import { markdownLine as line } from '../../helpers/markdown-lines.ts';

const tiny = { first: 1, later: 1 };

/** Types and source of every block, with runs of blank lines merged: the lexer's view of the text. */
function blocks(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.type !== 'space')
    .map((token) => `${token.type}:${token.raw.trimEnd()}`);
}

function lexChunkByChunk(markdown: string): string[] {
  return [...lexInChunks(markdown, findLinkDefinitions(markdown), tiny)].flatMap(blocks);
}

describe('chunks lex as the whole does (property)', () => {
  it('gives the same blocks as lexing the whole document', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const markdown = `${lines.join('\n')}\n`;
        expect(lexChunkByChunk(markdown)).toEqual(blocks(new Lexer({ gfm: true }).lex(markdown)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('chunks lex as the whole does, at a fence line with white space after it', () => {
  // marked closes a fence only with a line of its fence characters and spaces: after a tab the
  // code runs on, and the blank line after it must not be a cut.
  for (const fence of ['```', '~~~']) {
    it(`keeps ${fence} code open past a ${fence} line followed by a tab`, () => {
      const markdown = `Intro\n\n${fence}\ncode\n${fence}\t\n\nParagraph\n`;
      const whole = blocks(lexBlocks(markdown, findLinkDefinitions(markdown)));
      expect(whole).toEqual(['paragraph:Intro', `code:${fence}\ncode\n${fence}\t\n\nParagraph`]);
      expect(lexChunkByChunk(markdown)).toEqual(whole);
      expect([...markdownChunks(markdown, tiny)]).toEqual([
        'Intro\n\n',
        `${fence}\ncode\n${fence}\t\n\nParagraph\n`,
      ]);
    });

    it(`closes ${fence} code at a ${fence} line followed by spaces`, () => {
      const markdown = `Intro\n\n${fence}\ncode\n${fence}   \n\nParagraph\n`;
      expect(lexChunkByChunk(markdown)).toEqual(blocks(lexBlocks(markdown, {})));
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
