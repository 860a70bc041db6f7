import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { visitSpans } from '../../../src/document/token-walk.ts';
import { cleanText, hyperlinkTarget, TerminalSpans } from '../../../src/render/spans.ts';
import { createTheme } from '../../../src/render/theme.ts';

const spansOf = (markdown: string): Token[] =>
  (new Lexer({ gfm: true }).lex(markdown)[0] as Tokens.Paragraph).tokens;
const plain = (markdown: string, hyperlinks = false) =>
  visitSpans(spansOf(markdown), new TerminalSpans(createTheme(false), hyperlinks));

describe('TerminalSpans', () => {
  it('shows a link target after its text unless the text says it', () => {
    expect(plain('[docs](https://example.com/docs)')).toBe('docs (https://example.com/docs)');
    expect(plain('<https://example.com>')).toBe('https://example.com');
    expect(plain('[example.com](https://example.com)')).toBe('example.com');
  });

  it('links with OSC 8 only a target the terminal may open, and only when asked', () => {
    const coloured = new TerminalSpans(createTheme(true), true);
    expect(visitSpans(spansOf('[a](https://x.org)'), coloured)).toContain(
      '\u001b]8;;https://x.org\u001b\\',
    );
    expect(visitSpans(spansOf('[a](javascript:alert)'), coloured)).not.toContain('\u001b]8');
  });

  it('shows images as a label with their source, code spans and checkboxes as text', () => {
    expect(plain('![a cat](cat.png)')).toBe('[image: a cat] (cat.png)');
    expect(plain('![](x.png)')).toBe('[image] (x.png)');
    expect(plain('`a\tb`')).toBe('a b');
  });

  it('styles strong, emphasis and strike-through with the theme', () => {
    const theme = createTheme(true);
    const spans = new TerminalSpans(theme, false);
    expect(visitSpans(spansOf('**a** *b* ~~c~~'), spans)).toBe(
      `${theme.strong('a')} ${theme.em('b')} ${theme.del('c')}`,
    );
  });
});

describe('cleanText and hyperlinkTarget', () => {
  it('decodes entities, puts soft breaks on one line and shows controls', () => {
    expect(cleanText('a &amp; b\nc\u0007')).toBe('a & b c^G');
  });

  it('accepts http, https and mailto targets of printable ASCII only', () => {
    expect(hyperlinkTarget('https://x.org/a?b=1')).toBe('https://x.org/a?b=1');
    expect(hyperlinkTarget('mailto:a@x.org')).toBe('mailto:a@x.org');
    expect(hyperlinkTarget('file:///etc/passwd')).toBeUndefined();
    expect(hyperlinkTarget('https://x.org/\u001b')).toBeUndefined();
    expect(hyperlinkTarget('https://x.org/ a')).toBeUndefined();
  });
});
