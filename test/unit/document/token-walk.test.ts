import { readFileSync } from 'node:fs';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { groupDetails } from '../../../src/document/details.ts';
import {
  type BlockVisitor,
  type SpanVisitor,
  visitBlock,
  visitSpans,
} from '../../../src/document/token-walk.ts';

/** A visitor that names the method each block went to. */
const named: BlockVisitor<string, []> = {
  nothing: (token) => `nothing:${token.type}`,
  paragraph: (token) => `paragraph:${token.type}`,
  heading: () => 'heading',
  code: () => 'code',
  blockquote: () => 'blockquote',
  list: () => 'list',
  table: () => 'table',
  hr: () => 'hr',
  html: () => 'html',
  details: (token) => `details:${token.summary}`,
  other: (token) => `other:${token.type}`,
};

/** Spans as tags around their contents, so that the walk's nesting shows. */
const tagged: SpanVisitor = {
  text: (text) => text,
  escape: (text) => `esc(${text})`,
  codespan: (text) => `code(${text})`,
  br: () => 'br',
  checkbox: (checked) => `box(${checked})`,
  html: (html) => `html(${html})`,
  strong: (inner) => `strong(${inner})`,
  em: (inner) => `em(${inner})`,
  del: (inner) => `del(${inner})`,
  link: (token, inner) => `link(${inner}->${token.href})`,
  image: (token) => `image(${token.text})`,
  footnoteReference: (token) => `note(${token.label})`,
  group: (inner) => `[${inner}]`,
};

const blocks = (markdown: string): Token[] => new Lexer({ gfm: true }).lex(markdown);

describe('visitBlock', () => {
  it('sends each block type to its own method', () => {
    const markdown = [
      '# Title',
      'A paragraph.',
      '```js\ncode\n```',
      '> quoted',
      '- item',
      '| a |\n| - |\n| b |',
      '---',
      '<div>html</div>',
      '[ref]: https://example.com',
    ].join('\n\n');
    const methods = blocks(markdown).map((token) => visitBlock(token, named));
    // Blank lines between blocks come as space tokens, more or fewer by block type.
    expect(methods.filter((method) => method !== 'nothing:space')).toEqual([
      'heading',
      'paragraph:paragraph',
      'code',
      'blockquote',
      'list',
      'table',
      'hr',
      'html',
      'nothing:def',
    ]);
    expect(methods).toContain('nothing:space');
  });

  it("takes a tight list item's text as a paragraph and its checkbox as another kind", () => {
    const [list] = blocks('- [x] done\n');
    const item = (list as { items: { tokens: Token[] }[] }).items[0];
    expect(item?.tokens.map((token) => visitBlock(token, named))).toEqual([
      'other:checkbox',
      'paragraph:text',
    ]);
  });

  it('sends a details block, grouped from its HTML blocks, to `details`', () => {
    const [token] = groupDetails(blocks('<details><summary>More</summary>\n\ntext\n</details>\n'));
    expect(visitBlock(token as Token, named)).toBe('details:More');
  });

  it('gives a type it does not know to `other`', () => {
    const token = { type: 'footnote', raw: '[^1]: note' } as unknown as Token;
    expect(visitBlock(token, named)).toBe('other:footnote');
  });

  it('passes the context along', () => {
    const widths: BlockVisitor<number, [number]> = {
      ...Object.fromEntries(Object.keys(named).map((name) => [name, (_: Token, w: number) => w])),
    } as unknown as BlockVisitor<number, [number]>;
    expect(visitBlock(blocks('text')[0] as Token, widths, 42)).toBe(42);
  });

  it('sends every block of the showcase to a method of its own, none to `other`', () => {
    const seen = new Set<string>();
    const walk = (tokens: readonly Token[]): void => {
      for (const token of tokens) {
        const method = visitBlock(token, named).split(':')[0] ?? '';
        seen.add(method);
        if (method === 'other') expect(token.type).toBe('checkbox');
        if (token.type === 'blockquote') walk(token.tokens ?? []);
        if (token.type === 'list')
          for (const item of (token as { items: { tokens: Token[] }[] }).items) walk(item.tokens);
      }
    };
    walk(blocks(readFileSync('test/fixtures/showcase.md', 'utf8')));
    expect([...seen].filter((method) => method !== 'other').sort()).toEqual([
      'blockquote',
      'code',
      'heading',
      'hr',
      'html',
      'list',
      'nothing',
      'paragraph',
      'table',
    ]);
  });
});

describe('visitSpans', () => {
  const spans = (markdown: string) => {
    const [paragraph] = blocks(markdown);
    return visitSpans((paragraph as Tokens.Paragraph).tokens, tagged);
  };

  it('sends each span type to its own method, children first', () => {
    expect(spans('a **b *c*** ~~d~~ `e` \\* [f](u) ![g](i) <b>h</b>')).toBe(
      'a strong(b em(c)) del(d) code(e) esc(*) link(f->u) image(g) html(<b>)hhtml(</b>)',
    );
  });

  it('takes a hard line break as br', () => {
    expect(spans('a  \nb')).toBe('abrb');
  });

  it('groups the spans of a block given as a span', () => {
    expect(visitSpans(blocks('# a *b*'), tagged)).toBe('[a em(b)]');
  });
});
