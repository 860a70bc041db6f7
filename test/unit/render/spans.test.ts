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

describe('cleanText', () => {
  it('decodes entities, makes soft breaks and tabs spaces, and shows controls', () => {
    expect(cleanText('a &amp; b&#9;c\nd \u001b[31m')).toBe('a & b c d ^[[31m');
  });
});

describe('hyperlinkTarget', () => {
  it('allows http, https and mailto targets of visible ASCII', () => {
    expect(hyperlinkTarget('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(hyperlinkTarget('HTTP://x.org')).toBe('HTTP://x.org');
    expect(hyperlinkTarget('mailto:a@x.org')).toBe('mailto:a@x.org');
  });

  it('refuses other schemes, relative targets, and anything with a space, control or non-ASCII', () => {
    for (const href of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      '/relative',
      'https://x.org/a b',
      'https://x.org/\u001b\\',
      'https://x.org/\u0007',
      'https://exämple.org',
    ]) {
      expect(hyperlinkTarget(href)).toBeUndefined();
    }
  });
});
