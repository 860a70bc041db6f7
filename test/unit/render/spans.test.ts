import fc from 'fast-check';
import { nameToEmoji } from 'gemoji';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { sectionsById } from '../../../src/document/section-links.ts';
import { visitSpans } from '../../../src/document/token-walk.ts';
import type { LinkMode } from '../../../src/render/display.ts';
import { References } from '../../../src/render/references.ts';
import { cleanText, type LinkOptions, TerminalSpans } from '../../../src/render/spans.ts';
import { createTheme } from '../../../src/render/theme.ts';

const spansOf = (markdown: string): Token[] =>
  (new Lexer({ gfm: true }).lex(markdown)[0] as Tokens.Paragraph).tokens;
const plain = (markdown: string, links: Partial<LinkOptions> = {}) =>
  visitSpans(spansOf(markdown), new TerminalSpans(createTheme(false), links));
const inMode = (mode: LinkMode, markdown: string) => plain(markdown, { mode });

describe('TerminalSpans', () => {
  it('shows a link target after its text unless the text says it', () => {
    expect(plain('[docs](https://example.com/docs)')).toBe('docs (https://example.com/docs)');
    expect(plain('<https://example.com>')).toBe('https://example.com');
    expect(plain('[example.com](https://example.com)')).toBe('example.com');
  });

  it('shows a link whose text is its address once, in every mode, without a number', () => {
    for (const mode of ['inline', 'numbered', 'none'] as const) {
      expect(inMode(mode, '<https://x.org/a>'), mode).toBe('https://x.org/a');
      expect(inMode(mode, 'www.x.org'), mode).toBe('www.x.org');
      expect(inMode(mode, '[https://x.org/](https://x.org)'), mode).toBe('https://x.org/');
      expect(inMode(mode, '[x.org](https://x.org/)'), mode).toBe('x.org');
      expect(inMode(mode, '[me@x.org](mailto:me@x.org)'), mode).toBe('me@x.org');
    }
    // Another address is not the same one.
    expect(inMode('inline', '[x.org](https://x.org/a)')).toBe('x.org (https://x.org/a)');
  });

  it('numbers links and images through what one visitor lays out, the same address each time', () => {
    const references = new References();
    const spans = new TerminalSpans(createTheme(false), { mode: 'numbered', references });
    expect(visitSpans(spansOf('[a](https://x.org) ![b](b.png) ![](c.png) ![d]()'), spans)).toBe(
      'a[1] [image: b][2] [image][3] [image: d]',
    );
    expect(visitSpans(spansOf('[a](https://x.org) [![e](e.svg)](https://x.org/e)'), spans)).toBe(
      'a[4] [image: e][5][6]',
    );
    expect(references.take()).toEqual([
      { number: 1, href: 'https://x.org' },
      { number: 2, href: 'b.png' },
      { number: 3, href: 'c.png' },
      { number: 4, href: 'https://x.org' },
      { number: 5, href: 'e.svg' },
      { number: 6, href: 'https://x.org/e' },
    ]);
  });

  it('shows the text alone in mode none, and no image', () => {
    expect(inMode('none', '[the docs](https://x.org/d) *[em](/e)* ![a cat](cat.png)')).toBe(
      'the docs em ',
    );
  });

  it('marks numbers as the options say, dim in colour by default', () => {
    expect(plain('[a](/a)', { mode: 'numbered', mark: (number) => `<${number}>` })).toBe('a<1>');
    const theme = createTheme(true);
    const spans = new TerminalSpans(theme, { mode: 'numbered' });
    expect(visitSpans(spansOf('[a](/a)'), spans)).toBe(`${theme.link('a')}${theme.muted('[1]')}`);
  });

  it('makes the text clickable in every mode, with its number after the link', () => {
    const theme = createTheme(true);
    const clickable = (mode: LinkMode, markdown: string) =>
      visitSpans(spansOf(markdown), new TerminalSpans(theme, { mode, hyperlinks: true }));
    const link = `\u001b]8;;https://x.org/a\u001b\\${theme.link('text')}\u001b]8;;\u001b\\`;
    expect(clickable('inline', '[text](https://x.org/a)')).toBe(link);
    expect(clickable('numbered', '[text](https://x.org/a)')).toBe(`${link}${theme.muted('[1]')}`);
    expect(clickable('none', '[text](https://x.org/a)')).toBe(link);
    for (const mode of ['inline', 'numbered', 'none'] as const) {
      expect(clickable(mode, '[text](javascript:alert(1))'), mode).not.toContain('\u001b]8');
      expect(clickable(mode, '[text](data:text/html,x)'), mode).not.toContain('\u001b]8');
    }
  });

  it('shows control characters of addresses, not sends them', () => {
    expect(inMode('inline', '[a](https://x.org/&#27;[31m)')).toBe('a (https://x.org/^[[31m)');
  });

  it('links with OSC 8 only a target the terminal may open, and only when asked', () => {
    const coloured = new TerminalSpans(createTheme(true), { hyperlinks: true });
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
    const spans = new TerminalSpans(theme);
    expect(visitSpans(spansOf('**a** *b* ~~c~~'), spans)).toBe(
      `${theme.strong('a')} ${theme.em('b')} ${theme.del('c')}`,
    );
  });
});

describe('links to sections of the document', () => {
  const { sections } = parseDocument({
    name: 'guide',
    text: '## Katherine Langford and Dylan Minnette talk about season two\n\n## The end\n',
  });
  const headings = sectionsById(sections);
  const cast = '[see the cast](#katherine-langford-and-dylan-minnette-talk-about-season-two)';

  it('say where they lead, inline: the number and the title, cut at 40 cells', () => {
    expect(plain(`${cast} and [the end](#the-end).`, { headings })).toBe(
      'see the cast (→ 1 Katherine Langford and Dylan Minnette…) and the end (→ 2 The end).',
    );
  });

  it('list where they lead under numbered links, and show the text alone in mode none', () => {
    const references = new References();
    expect(plain(`${cast} [x](https://x.org)`, { mode: 'numbered', headings, references })).toBe(
      'see the cast[1] x[2]',
    );
    expect(references.take()).toEqual([
      {
        number: 1,
        href: '#katherine-langford-and-dylan-minnette-talk-about-season-two',
        place: '→ 1 Katherine Langford and Dylan Minnette…',
      },
      { number: 2, href: 'https://x.org' },
    ]);
    expect(plain(cast, { mode: 'none', headings })).toBe('see the cast');
  });

  it('keep the fragment as written when it names no section, or when no sections are given', () => {
    expect(plain('[gone](#no-such-heading)', { headings })).toBe('gone (#no-such-heading)');
    expect(plain('[the end](#the-end)')).toBe('the end (#the-end)');
  });

  it('style where they lead as an address in colour, never as a hyperlink', () => {
    const theme = createTheme(true);
    const spans = new TerminalSpans(theme, { headings, hyperlinks: true });
    expect(visitSpans(spansOf('[the end](#the-end)'), spans)).toBe(
      `${theme.link('the end')} (${theme.href('→ 2 The end')})`,
    );
  });
});

describe('cleanText', () => {
  it('decodes entities, makes soft breaks and tabs spaces, and shows controls', () => {
    expect(cleanText('a &amp; b&#9;c\nd \u001b[31m')).toBe('a & b c d ^[[31m');
  });
});

describe('emoji shortcodes in spans', () => {
  const name = fc.constantFrom(...Object.keys(nameToEmoji));

  it('shows the emoji in text, emphasis and link text, and the source in code and addresses', () => {
    expect(plain('**:tada:** [:x: no](https://x.org) `:x:`')).toBe('🎉 ❌ no (https://x.org) :x:');
    expect(plain('<https://x.org/:tada:/a> https://x.org/:x:')).toBe(
      'https://x.org/:tada:/a https://x.org/:x:',
    );
    expect(plain('\\:tada:')).toBe(':tada:');
  });

  it('never changes a code span or a link target, whatever name they hold', () => {
    fc.assert(
      fc.property(name, (shortcode) => {
        const code = `:${shortcode}:`;
        expect(plain(`a \`${code}\` b`)).toBe(`a ${code} b`);
        for (const mode of ['inline', 'numbered', 'none'] as const) {
          const references = new References();
          const shown = plain(`[t](https://x.org/${code}) <https://x.org/${code}>`, {
            mode,
            references,
          });
          expect(shown).toContain(`https://x.org/${code}`);
          if (mode === 'inline') expect(shown).toContain(`(https://x.org/${code})`);
          if (mode === 'numbered') expect(references.take()[0]?.href).toBe(`https://x.org/${code}`);
        }
      }),
    );
  });
});
