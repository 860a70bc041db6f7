import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { inlineText, tokenText } from '../../../src/document/token-text.ts';
import { lexBlocks } from '../../../src/markdown/lex.ts';
import { Layout } from '../../../src/render/layout.ts';
import { createTheme } from '../../../src/render/theme.ts';

const blocks = (markdown: string): Token[] => new Lexer({ gfm: true }).lex(markdown);
const spansOf = (markdown: string): Token[] => (blocks(markdown)[0] as Tokens.Paragraph).tokens;

describe('inlineText', () => {
  it('gives the words as shown: markup dropped, entities decoded, on one line', () => {
    expect(inlineText(spansOf('A *b* **c** ~~d~~ `e` &amp; &copy;\nnext'))).toBe(
      'A b c d e & © next',
    );
  });

  it('joins spans without a space: a word split by markup stays one word', () => {
    expect(inlineText(spansOf('**bold**text and a[b](u)c'))).toBe('boldtext and abc');
  });

  it('leaves out link targets and keeps the alt text of images', () => {
    expect(inlineText(spansOf('[the site](https://example.com) ![a cat](cat.png)'))).toBe(
      'the site a cat',
    );
  });

  it('reads raw HTML as it is shown: no tags, no comments', () => {
    expect(inlineText(spansOf('a <b>bold</b> <!-- note --> word'))).toBe('a bold word');
  });

  it('keeps an escaped character and is empty for no tokens', () => {
    expect(inlineText(spansOf('\\*not emphasis\\*'))).toBe('*not emphasis*');
    expect(inlineText(undefined)).toBe('');
  });
});

describe('tokenText', () => {
  const text = (markdown: string) => blocks(markdown).map(tokenText).join(' ').trim();

  it('gives list items, table cells, code and quotes', () => {
    expect(text('- one\n- two *three*')).toBe('one two three');
    expect(text('| a | b |\n| - | - |\n| c | `d` |')).toBe('a b c d');
    expect(text('```\nlet x;\n```')).toBe('let x;');
    expect(text('> quoted **words**')).toBe('quoted words');
  });

  it("gives no word for a footnote's marker, and nothing where its definition stands", () => {
    const footnotes = (markdown: string) => lexBlocks(markdown, {}).map(tokenText).join(' ').trim();
    expect(footnotes('a claim[^1] here\n\n[^1]: The note.\n')).toBe('a claim here');
  });

  it('gives nothing but a space for rules, blank lines, link definitions and checkboxes', () => {
    expect(text('---\n\n[a]: https://example.com\n')).toBe('');
    expect(text('- [x] done')).toBe('done');
  });
});

describe('inlineText and the plain layout', () => {
  // The layout adds link targets, image labels and checkboxes; the words it shows are the same.
  const plain = new Layout(createTheme(false));
  const shown = (tokens: Token[]) => plain.inline(tokens).replace(/\s+/g, ' ').trim();
  const samples = [
    'plain words, café, déjà vu',
    'A *b* **c** ***d*** ~~e~~ `f g` and \\*h\\*',
    '**bold**text _x_y',
    'entities &amp; &lt; &copy; &#169; &#x27;',
    'raw <b>html</b> and <!-- a comment --> and <br> a break',
    'a hard  \nbreak and a soft\nbreak',
    '中文段落 and emoji 🐈 and ｆｕｌｌ',
    '[same](https://example.com) <https://example.com> www.example.com',
  ];

  for (const sample of samples) {
    it(`shows the same words: ${JSON.stringify(sample)}`, () => {
      const tokens = spansOf(sample);
      const layout = shown(tokens);
      const text = inlineText(tokens);
      if (sample.startsWith('[same]')) {
        // Autolinks and links show their target, which is their text too.
        expect(layout).toBe('same (https://example.com) https://example.com www.example.com');
        expect(text).toBe('same https://example.com www.example.com');
      } else {
        expect(layout).toBe(text);
      }
    });
  }

  it('differs by what the layout adds around the words', () => {
    expect(shown(spansOf('[text](https://example.com/x) ![alt *a*](a.png)'))).toBe(
      'text (https://example.com/x) [image: alt a] (a.png)',
    );
    expect(inlineText(spansOf('[text](https://example.com/x) ![alt *a*](a.png)'))).toBe(
      'text alt a',
    );
  });
});
