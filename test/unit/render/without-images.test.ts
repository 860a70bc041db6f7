import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../src/document/token-text.ts';
import { withoutImages } from '../../../src/render/without-images.ts';

const spansOf = (markdown: string): Token[] =>
  (new Lexer({ gfm: true }).lex(markdown)[0] as Tokens.Paragraph).tokens;
/** The text that is left: text runs with their spaces as they are, other spans as their text. */
const left = (markdown: string) =>
  withoutImages(spansOf(markdown))
    .map((token) => (token.type === 'text' ? token.text : inlineText([token])))
    .join('');

describe('withoutImages', () => {
  it('leaves images out with one of the spaces around them', () => {
    expect(left('a ![x](x.png) b')).toBe('a b');
    expect(left('a ![x](x.png)\nb')).toBe('a b');
    expect(left('![x](x.png) starts')).toBe('starts');
    expect(left('ends ![x](x.png)')).toBe('ends ');
    expect(left('a![x](x.png)b')).toBe('ab');
    expect(left('see ![x](x.png).')).toBe('see.');
    expect(left('text: ![x](x.png), and')).toBe('text:, and');
    expect(left('**a** ![x](x.png).')).toBe('a.');
  });

  it('looks inside links and emphasis, and leaves out a link that held only an image', () => {
    expect(left('a [![badge](b.svg)](https://x.org) b')).toBe('a b');
    expect(left('a [see ![x](x.png)](https://x.org) b')).toBe('a see b');
    expect(left('**bold ![x](x.png)** text')).toBe('bold text');
  });

  it('changes nothing without images, and leaves the tokens it was given as they were', () => {
    const tokens = spansOf('a ![x](x.png) b [l](/l)');
    const before = JSON.stringify(tokens);
    expect(withoutImages(tokens).map((token) => token.type)).toEqual(['text', 'text', 'link']);
    expect(JSON.stringify(tokens)).toBe(before);
    const plain = spansOf('a *b* c');
    expect(withoutImages(plain)).toEqual(plain);
  });
});
