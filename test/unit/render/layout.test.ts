import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { Layout, styleHeading, trimBlock } from '../../../src/render/layout.ts';
import type { LinkOptions } from '../../../src/render/spans.ts';
import { createTheme } from '../../../src/render/theme.ts';

const plain = createTheme(false);
const numbered = { mode: 'numbered' } as const;
const none = { mode: 'none' } as const;
const lex = (markdown: string) => new Lexer({ gfm: true }).lex(markdown);
/** The blocks of `markdown` laid out plain at `width`. */
const layOut = (markdown: string, width: number, links: Partial<LinkOptions> = {}) =>
  new Layout(plain, links).blocks(lex(markdown), width);

describe('styleHeading', () => {
  it('underlines each level with its own character, as wide as the widest line', () => {
    expect(styleHeading('Title', 1, 80, plain)).toBe('Title\n=====');
    expect(styleHeading('Part', 2, 80, plain)).toBe('Part\n----');
    expect(styleHeading('Three', 3, 80, plain)).toBe('Three\n~~~~~');
    expect(styleHeading('Four', 4, 80, plain)).toBe('Four\n^^^^');
    expect(styleHeading('Five', 5, 80, plain)).toBe("Five\n''''");
    expect(styleHeading('Six', 6, 80, plain)).toBe("Six\n'''");
    expect(styleHeading('a long heading', 2, 8, plain)).toBe('a long\nheading\n-------');
    expect(styleHeading('東京', 1, 80, plain)).toBe('東京\n====');
  });
});

describe('trimBlock', () => {
  it('takes off blank lines around the text, colour codes alone counting as blank', () => {
    expect(trimBlock('\n  \ntext\n\n  ')).toBe('text');
    expect(trimBlock('\u001b[1m \u001b[22m\ntext\n\u001b[2m\u001b[22m')).toBe('text');
    expect(trimBlock('\u001b[1m  \u001b[22m')).toBe('');
    expect(trimBlock('  indented')).toBe('  indented');
  });
});

describe('Layout', () => {
  it('puts a blank line between blocks and leaves out definitions and blank blocks', () => {
    expect(layOut('one\n\n[ref]: https://x.org\n\n``` \n\n```\n\ntwo', 80)).toBe('one\n\ntwo');
  });

  it('draws a quote bar, and leaves it out where the width has no room for another', () => {
    expect(layOut('> a\n>\n> b', 20)).toBe('│ a\n│\n│ b');
    // At 10 columns the first bar leaves 8, the narrowest text; a second would leave 6.
    expect(layOut('> > nested words', 10)).toBe('│ nested\n│ words');
  });

  it('shows an alert as its label above its text, inside the quote bar', () => {
    expect(layOut('> [!WARNING]\n> Back up first.', 80)).toBe('│ ⚠ Warning\n│ Back up first.');
    expect(layOut('> [!TIP]\n> - one\n> - two', 80)).toBe('│ ✦ Tip\n│ • one\n│ • two');
    // Too narrow for a bar: the label still stands above the text.
    expect(layOut('> [!NOTE]\n> words', 9)).toBe('ℹ Note\nwords');
  });

  it('finds no alert inside a quote or a list item, as GitHub', () => {
    expect(layOut('> > [!NOTE]\n> > text', 80)).toBe('│ │ [!NOTE] text');
    expect(layOut('- > [!NOTE]\n  > text', 80)).toBe('• │ [!NOTE] text');
    expect(layOut('> [!NOTE]\n> > [!TIP]\n> > text', 80)).toBe('│ ℹ Note\n│ │ [!TIP] text');
  });

  it("colours an alert's bar and label in its own colour", () => {
    const colour = createTheme(true, 'dark');
    const text = new Layout(colour).blocks(lex('> [!CAUTION]\n> text'), 80);
    expect(text).toBe(
      `${colour.alertCaution('│')} ${colour.alertCaution('✖ Caution')}\n${colour.alertCaution('│')} text`,
    );
    expect(colour.alertCaution('x')).toContain('38;5;203');
  });

  it('numbers lists from their start, and puts markers on lines of their own when narrow', () => {
    expect(layOut('3. three\n4. four', 80)).toBe('3. three\n4. four');
    expect(layOut('- [x] done\n- [ ] to do', 80)).toBe('• ☑ done\n• ☐ to do');
    expect(layOut('- one two', 9)).toBe('•\none two');
  });

  it('shows a link with its target, once when the text is the target', () => {
    expect(layOut('[text](https://x.org/a)', 80)).toBe('text (https://x.org/a)');
    expect(layOut('<https://x.org/a> www.x.org <a@x.org>', 80)).toBe(
      'https://x.org/a www.x.org a@x.org',
    );
  });

  it('starts an address longer than the width on its own row, its text kept with the words before it', () => {
    const long = 'https://example.com/a/very/long/path/that/does/not/fit/in/forty/columns';
    expect(layOut(`Read the [guide](${long}) now.`, 40)).toBe(`Read the guide\n(${long})\nnow.`);
    // Text that is not all narrow goes through wrap-ansi: the same rows.
    expect(layOut(`Read the “[guide](${long})” now.`, 40)).toBe(
      `Read the “guide\n(${long})”\nnow.`,
    );
    expect(layOut(`- A list item [with link](${long}) ok.`, 40)).toBe(
      `• A list item with link\n  (${long})\n  ok.`,
    );
  });

  it('makes a safe target a hyperlink when asked, and shows any other', () => {
    expect(layOut('[text](https://x.org/a)', 80, { hyperlinks: true })).toBe(
      '\u001b]8;;https://x.org/a\u001b\\text\u001b]8;;\u001b\\',
    );
    expect(layOut('[text](javascript:alert)', 80, { hyperlinks: true })).toBe(
      'text (javascript:alert)',
    );
  });

  it('shows an image as its alt text and target', () => {
    expect(layOut('![a *cat*](cat.png) ![](x.png)', 80)).toBe(
      '[image: a cat] (cat.png) [image] (x.png)',
    );
  });

  it('numbers links and images after their text in numbered mode, wrapping with the word', () => {
    expect(layOut('See [the docs](https://x.org/d) and ![a cat](cat.png).', 80, numbered)).toBe(
      'See the docs[1] and [image: a cat][2].',
    );
    // A number sticks to its link's last word: the line breaks before the word, not before the number.
    expect(layOut('aaaa bbbb [cccc](https://x.org)', 14, numbered)).toBe('aaaa bbbb\ncccc[1]');
  });

  it('leaves the captions of images out with them in mode none, and only there', () => {
    const figure =
      'Text.\n\n![owl](owl.jpg)\n\n<figcaption>An owl &amp; a moon</figcaption>\n\nMore.';
    expect(layOut(figure, 80, none)).toBe('Text.\n\nMore.');
    expect(layOut(figure, 80)).toBe('Text.\n\n[image: owl] (owl.jpg)\n\nAn owl & a moon\n\nMore.');
    expect(layOut('<figure>\n<figcaption>Kept</figcaption>\n</figure>', 80, none)).toBe('Kept');
  });

  it('leaves images out in mode none, and one of the spaces around each', () => {
    expect(layOut('a ![x](x.png) b [![badge](b.svg)](https://x.org/build) c', 80, none)).toBe(
      'a b c',
    );
    expect(layOut('![x](x.png) starts, ends ![y](y.png)', 80, none)).toBe('starts, ends');
    expect(layOut('![only](x.png)\n\nnext', 80, none)).toBe('next');
    expect(
      layOut('| a | b |\n| - | - |\n| ![x](x.png) y | [t](https://x.org) |', 80, none),
    ).toContain('│ y │ t │');
  });

  it('indents code by four, cuts a word longer than the width, and drops its blank end', () => {
    expect(layOut('```\nabcdefghij\n\tx  \n\n\n```', 10)).toBe('    abcdef\n      ghij\n        x');
  });

  it('breaks a long code line at the last space that fits, continuation rows two further in', () => {
    const code = '```\nconst credentials = load(path);\n```';
    expect(layOut(code, 24)).toBe('    const credentials =\n      load(path);');
    // A line whose own indent leaves its first word too little room keeps less of the indent.
    expect(layOut('```\n            credentials x\n```', 20)).toBe(`${' '.repeat(7)}credentials x`);
    expect(layOut(code, 80)).toBe('    const credentials = load(path);');
  });

  it('marks continuation rows with a dim arrow in colour, and breaks highlighted code where plain code breaks', () => {
    const colour = new Layout(createTheme(true, 'dark'));
    const shown = (language: string) =>
      colour.blocks(lex(`\`\`\`${language}\nconst credentials = load(path);\n\`\`\``), 24);
    const arrow = '\u001b[38;5;245m↪\u001b[39m';
    expect(shown('')).toBe(
      `    \u001b[38;5;222mconst credentials =\u001b[39m\n    ${arrow} \u001b[38;5;222mload(path);\u001b[39m`,
    );
    const highlighted = shown('js').split('\n');
    expect(highlighted[1]).toMatch(
      /^ {4}\u001b\[38;5;245m↪\u001b\[39m \u001b\[38;5;117mload\u001b\[39m/,
    );
    expect(highlighted.map((row) => row.replace(/\u001b\[[0-9;]*m/g, ''))).toEqual([
      '    const credentials =',
      '    ↪ load(path);',
    ]);
  });

  it('draws a rule across the width', () => {
    expect(layOut('---', 12)).toBe('────────────');
  });

  it('shows raw HTML as its text, a <br> as a line break', () => {
    // The tags' lines and the breaks leave one blank line at most.
    expect(layOut('<div>\n  <p>one &amp;</p>\n<br>\n<br>\n<br>\n  <p>two</p>\n</div>', 80)).toBe(
      'one &\n\ntwo',
    );
    expect(layOut('a<br>b <span>c</span>', 80)).toBe('a\nb c');
  });
});
