import fc from 'fast-check';
import type { Token, Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  definitionEnd,
  type FootnoteDefinition,
  footnoteKey,
} from '../../../src/markdown/footnotes.ts';
import { lexBlocks, lexInChunks } from '../../../src/markdown/lex.ts';
import { findDefinitions } from '../../../src/markdown/link-definitions.ts';
import { markdownLine } from '../../helpers/markdown-lines.ts';

const lex = (markdown: string): Token[] =>
  lexBlocks(markdown, findDefinitions(markdown).links).filter((token) => token.type !== 'space');

/** Each block as `type:source`, a definition's blocks in brackets after it. */
function shape(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.type !== 'space')
    .map((token) =>
      token.type === 'footnoteDefinition'
        ? `note ${(token as FootnoteDefinition).label}[${shape(token.tokens ?? []).join(' | ')}]`
        : `${token.type}:${token.raw.trimEnd()}`,
    );
}

/** The spans of the first paragraph, as `type:raw`. */
function spans(markdown: string): string[] {
  const paragraph = lex(markdown)[0] as Tokens.Paragraph;
  return paragraph.tokens.map((token) => `${token.type}:${token.raw}`);
}

describe('footnote definitions, as GitHub reads them', () => {
  it('reads a definition as a block of its own, its text as a paragraph', () => {
    expect(shape(lex('Text.\n\n[^1]: The note.\n'))).toEqual([
      'paragraph:Text.',
      'note 1[paragraph:The note.]',
    ]);
  });

  it('takes named labels, and spaces after the colon are no indent', () => {
    expect(shape(lex('[^a-Named_label]:       no code here\n'))).toEqual([
      'note a-Named_label[paragraph:no code here]',
    ]);
  });

  it('goes on over lines indented four columns, blank lines between them', () => {
    const markdown =
      '[^long]: First paragraph\ngoes on lazily.\n\n    Second paragraph.\n\n    > quoted\n\n        code\n\n\tafter a tab\n\nNot in the note.\n';
    expect(shape(lex(markdown))).toEqual([
      'note long[paragraph:First paragraph\ngoes on lazily. | paragraph:Second paragraph. | blockquote:> quoted | code:    code | paragraph:after a tab]',
      'paragraph:Not in the note.',
    ]);
  });

  it('reads a first line left empty, with the note on the indented lines', () => {
    expect(shape(lex('[^1]:\n    > quote in a note\n'))).toEqual([
      'note 1[blockquote:> quote in a note]',
    ]);
  });

  it('ends at a line that starts another block, even without a blank line', () => {
    expect(shape(lex('[^1]: note\n# Heading\n[^2]: next\n- item\n'))).toEqual([
      'note 1[paragraph:note]',
      'heading:# Heading',
      'note 2[paragraph:next]',
      'list:- item',
    ]);
  });

  it('interrupts a paragraph, as cmark-gfm does', () => {
    expect(shape(lex('Text\n[^1]: note\n'))).toEqual(['paragraph:Text', 'note 1[paragraph:note]']);
  });

  it('is no definition in code, indented four columns, or with a space in its label (then a link definition, as marked reads it)', () => {
    expect(shape(lex('```\n[^1]: code\n```\n\n    [^2]: code\n\n[^a b]: text\n'))).toEqual([
      'code:```\n[^1]: code\n```',
      'code:    [^2]: code',
      'def:[^a b]: text',
    ]);
  });

  it('is never a link reference definition', () => {
    expect(findDefinitions('[^1]: /url\n').links).toEqual({});
  });
});

describe('footnote references', () => {
  it('are spans of their own, in emphasis and links too', () => {
    expect(spans('a[^1] *b[^Named]* c\n')).toEqual([
      'text:a',
      'footnoteReference:[^1]',
      'text: ',
      'em:*b[^Named]*',
      'text: c',
    ]);
    const em = (lex('*b[^x]*\n')[0] as Tokens.Paragraph).tokens[0] as Tokens.Em;
    expect(em.tokens.map((token) => token.type)).toEqual(['text', 'footnoteReference']);
  });

  it('are not in code spans, escaped, empty or with white space', () => {
    expect(spans('`a[^1]` \\[^2] [^] [^a b]\n').filter((span) => span.startsWith('foot'))).toEqual(
      [],
    );
  });

  it('are made whether or not a definition names them: the renderer decides', () => {
    expect(spans('a[^missing]\n')).toEqual(['text:a', 'footnoteReference:[^missing]']);
  });

  it('match definitions without regard to case', () => {
    expect(footnoteKey('Note')).toBe(footnoteKey('nOTE'));
  });
});

describe('definitionEnd', () => {
  it('ends after the last line of the note, blank lines after it left out', () => {
    const text = 'x\n[^1]: a\n    b\n\n\n    c\n\n\nafter\n';
    expect(text.slice(2, definitionEnd(text, 2))).toBe('[^1]: a\n    b\n\n\n    c\n');
  });

  it('takes no lazy line after a blank line or a first line left empty', () => {
    expect(definitionEnd('[^1]: a\n\nb\n', 0)).toBe('[^1]: a\n'.length);
    expect(definitionEnd('[^1]:\nb\n', 0)).toBe('[^1]:\n'.length);
  });
});

describe('findDefinitions', () => {
  it('finds notes anywhere in the body, with their spans and the links they use', () => {
    const body = 'See[^b].\n\n[^b]: Uses [a link][ref].\n\n[ref]: http://example.com\n';
    const { links, footnotes } = findDefinitions(body);
    expect(Object.keys(links)).toEqual(['ref']);
    const [paragraph] = footnotes.b?.tokens ?? [];
    expect((paragraph as Tokens.Paragraph).tokens.map((token) => token.type)).toEqual([
      'text',
      'link',
      'text',
    ]);
  });

  it('keeps the first definition of a label, as GitHub does', () => {
    const { footnotes } = findDefinitions('[^a]: first\n\n[^A]: second\n');
    expect(Object.keys(footnotes)).toEqual(['a']);
    expect(footnotes.a?.raw).toBe('[^a]: first\n');
  });

  it('finds none in code or raw HTML that holds blank lines, so a later definition of the label counts', () => {
    const body =
      '````\n[^1]: in code\n\n````\n\n<!-- a comment\n\n[^2]: in a comment\n-->\n\n[^1]: one\n\n[^2]: two\n';
    const { footnotes } = findDefinitions(body);
    expect([footnotes['1']?.raw, footnotes['2']?.raw]).toEqual(['[^1]: one\n', '[^2]: two\n']);
  });

  it('finds nothing in text without definitions', () => {
    expect(findDefinitions('text[^1]\n')).toEqual({ links: {}, footnotes: {} });
  });
});

/** Lines of other blocks, and of footnotes: definitions, their continuations, references. */
const line = fc.oneof(
  markdownLine,
  fc.constantFrom(
    '[^1]: note',
    '[^Note]: named',
    '[^2]:',
    '    continued',
    '        code in a note',
    'lazy line',
    'text[^1] and [^note]',
  ),
);

describe('footnotes in chunks (property)', () => {
  it('chunks lex as the whole does', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const markdown = `${lines.join('\n')}\n`;
        const { links } = findDefinitions(markdown);
        const chunked = [...lexInChunks(markdown, links, { first: 1, later: 1 })].flat();
        expect(shape(chunked)).toEqual(shape(lexBlocks(markdown, links)));
      }),
      { numRuns: 1500 },
    );
  });

  // Read from the last place the body may be cut, a definition in code or raw HTML is none; read
  // with the underline after it, a note on a setext heading's line is none either, as marked
  // reads it (`text`, `[^1]: a`, `---`), and does not shadow a later note of its label.
  it('findDefinitions finds the notes the whole document holds outside containers, as lexed there', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const markdown = `${lines.join('\n')}\n`;
        const { links, footnotes } = findDefinitions(markdown);
        const expected: Record<string, Token> = {};
        for (const token of lexBlocks(markdown, links))
          if (token.type === 'footnoteDefinition') expected[footnoteKey(token.label)] ??= token;
        // marked adds a blank line after a block to its source: the range read ends before it.
        const trimmed = (token: Token | undefined) =>
          token && { ...token, raw: token.raw.trimEnd() };
        for (const [key, token] of Object.entries(expected))
          expect(trimmed(footnotes[key] as Token | undefined)).toEqual(trimmed(token));
      }),
      {
        numRuns: 4000,
        examples: [[['lazy line', '[^Note]: named', '---', '', '[^Note]: named', '        code']]],
      },
    );
  });

  it('reads any label without white space or brackets, in references and definitions alike', () => {
    const label = fc.stringMatching(/^[^\s[\]\\`*_~<>!&]{1,12}$/);
    fc.assert(
      fc.property(label, (name) => {
        const markdown = `word[^${name}]\n\n[^${name.toUpperCase()}]: note\n`;
        expect(spans(markdown)).toEqual(['text:word', `footnoteReference:[^${name}]`]);
        const { footnotes } = findDefinitions(markdown);
        expect(Object.keys(footnotes)).toEqual([footnoteKey(name.toUpperCase())]);
      }),
      { numRuns: 500 },
    );
  });
});
