import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { documentBlocks, openDocument, parseDocument } from '../../../src/document/document.ts';
import type { LinkMode } from '../../../src/render/display.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { plainLayout } from '../../helpers/plain-layout.ts';

function render(
  markdown: string,
  options: { width?: number; colour?: boolean; links?: LinkMode; hyperlinks?: boolean } = {},
): string {
  const text = openDocument({ name: 'test', text: markdown });
  const renderer = new TextRenderer({
    width: options.width ?? 40,
    colour: options.colour ?? false,
    links: options.links,
    hyperlinks: options.hyperlinks,
  });
  return [...renderer.document(text, documentBlocks(text), true)].join('');
}

/**
 * Lines wider than the width, other than those holding one word after their
 * bullets and bars (two ideographs side by side are two words: a line may
 * break between them).
 */
function overflowingLines(text: string, width: number): string[] {
  return text.split('\n').filter((line) => {
    if (stringWidth(line) <= width) return false;
    const words = line
      .replace(/^[\s•│>\d.[\]x]*/u, '')
      .trim()
      .split(/\s+/);
    return words.length > 1 || /\p{Script=Han}\p{Script=Han}/u.test(line);
  });
}

const anyControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('text format, colour off', () => {
  it('underlines the title and the headings instead of printing # marks', () => {
    const text = render(
      '---\ntitle: The Title\n---\n\n## First part\n\nBody **strong** `code`.\n\n### Deeper\n\nMore.\n',
    );
    expect(text).toBe(
      'The Title\n=========\n\nFirst part\n----------\n\nBody strong code.\n\nDeeper\n~~~~~~\n\nMore.\n',
    );
  });

  it('underlines every heading level, each with its own character', () => {
    const text = render('# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n');
    expect(text).toBe(
      "One\n===\n\nTwo\n---\n\nThree\n~~~~~\n\nFour\n^^^^\n\nFive\n''''\n\nSix\n'''\n",
    );
  });

  it('makes ### headings stand out when they are the top level of the document', () => {
    expect(render('### Alpha\n\nText a.\n')).toBe('Alpha\n~~~~~\n\nText a.\n');
  });

  it('underlines a wrapped heading as wide as its widest line, in colour too', () => {
    const plain = render('### A heading long enough to wrap here\n', { width: 20 });
    expect(plain).toBe(`A heading long\nenough to wrap here\n${'~'.repeat(19)}\n`);
    const coloured = render('### A heading long enough to wrap here\n', {
      width: 20,
      colour: true,
    });
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('leaves no Markdown syntax in the text', () => {
    const text = render(
      '# T\n\n## A\n\n**bold** *em* _em_ ~~del~~ `code` [link](https://x.org) ![pic](p.png)\n\n> quote\n\n- item\n',
    );
    expect(text).not.toMatch(/\*\*|`|~~|^#|\]\(|^>/m);
    expect(text).toContain('link (https://x.org)');
    expect(text).toContain('[image: pic] (p.png)');
  });

  it('shows inline Markdown inside tight list items (a marked-terminal defect)', () => {
    expect(render('- a **bold** [l](http://u.v)\n- b\n')).toContain('• a bold l (http://u.v)\n• b');
  });

  it('shows one checkbox per task item', () => {
    const text = render('- [ ] open\n- [x] done\n');
    expect(text).toContain('• ☐ open\n• ☑ done');
  });

  it('decodes entities in text but keeps code literal', () => {
    const text = render('&copy; &#169; &amp; `&amp;`\n');
    expect(text).toContain('© © & &amp;');
  });

  it('hangs wrapped list items under their text and keeps quote bars on every line', () => {
    const text = render(
      '- one two three four five six seven eight nine ten eleven twelve\n\n> alpha beta gamma delta epsilon zeta eta theta iota kappa\n',
      { width: 30 },
    );
    expect(text).toContain(
      '• one two three four five six\n  seven eight nine ten eleven\n  twelve',
    );
    for (const line of text
      .split('\n')
      .filter((line) => line.includes('alpha') || line.includes('kappa'))) {
      expect(line.startsWith('│ ')).toBe(true);
    }
  });

  it('fits tables to the width without cutting text off', () => {
    const long = 'supercalifragilisticexpialidocious';
    const text = render(`| a | b |\n|---|---|\n| ${long} | y y y y y y y y y y y y y y y |\n`, {
      width: 30,
    });
    expect(overflowingLines(text, 30)).toEqual([]);
    // No grid keeps the 34-cell word whole at 30 columns: a record, the word cut only at the width.
    expect(text).toContain(`a:\n  ${long.slice(0, 28)}\n  ${long.slice(28)}\nb:\n  y y y`);
  });

  it('turns a table too wide for any column layout into records', () => {
    const columns = Array.from({ length: 12 }, (_, index) => `c${index}`);
    const markdown = `| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n| ${columns.map((_, i) => `v${i}`).join(' | ')} |\n`;
    const text = render(markdown, { width: 30 });
    expect(text).toContain('c0:  v0\nc1:  v1');
  });

  it('counts wide characters as two cells', () => {
    const text = render('宽字 宽字 宽字 宽字 宽字 宽字 宽字 宽字 宽字 宽字 宽字 宽字\n', {
      width: 20,
    });
    expect(overflowingLines(text, 20)).toEqual([]);
    expect(text).toContain('宽字 宽字 宽字 宽字\n');
  });

  it('wraps Chinese written without spaces in paragraphs, list items, quotes, headings and tables', () => {
    const run = '这是一个很长的中文段落没有空格它应该在宽度处换行但是现在不会换行所以一行很长';
    const text = render(
      `## ${run}\n\n${run}\n\n- ${run}\n\n> ${run}\n\n| 列 | 说明 |\n|---|---|\n| 一 | ${run} |\n`,
      { width: 30 },
    );
    expect(Math.max(...text.split('\n').map((line) => stringWidth(line)))).toBeLessThanOrEqual(30);
    expect(text).toContain('这是一个很长的中文段落没有空格\n它应该在宽度处换行但是现在不会\n');
    expect(text).toContain('• 这是一个很长的中文段落没有空\n  格它应该在宽度处换行但是现在\n');
    expect(text).toContain('│ 这是一个很长的中文段落没有空\n│ 格它应该在宽度处换行但是现在\n');
    expect(text.replace(/[^\p{Script=Han}]/gu, '')).toContain(run.repeat(4));
  });

  it('shows the text of raw HTML, as glow does: no comments, no tags, <br> a line break', () => {
    const text = render(
      '<!-- toc -->\n\nOne<br>two<br/>three and <span>kept</span> <b>text</b>.<!-- gone -->\n\n' +
        '<div align="center">\n  <img src="a.png">\n  <p>Centred &amp; <i>wrapped</i> text</p>\n</div>\n\n' +
        '<!--\nspanning\nlines\n-->\n\nEnd.\n',
    );
    expect(text).toBe('One\ntwo\nthree and kept text.\n\nCentred & wrapped text\n\nEnd.\n');
  });

  it("shows the tags GFM's tag filter disallows as text, as GitHub does", () => {
    expect(render('<script>alert(1)</script>\n\nand <title>x</title>\n')).toBe(
      '<script>alert(1)</script>\n\nand <title>x</title>\n',
    );
  });

  it('does not wrap with width 0', () => {
    const line = 'word '.repeat(60).trim();
    expect(render(`${line}\n`, { width: 0 })).toContain(line);
  });

  it('ends the whole document with the notice', () => {
    const text = render('---\nnotice: Help is at hand.\n---\n\nBody.\n');
    expect(text.trimEnd().endsWith('│ Help is at hand.')).toBe(true);
  });
});

describe('links', () => {
  const markdown = [
    '# Title',
    'See [the docs](https://x.org/docs), ![a cat](cat.png) and <https://x.org>.',
    '## Part [two](https://x.org/two)',
    'Again [the docs](https://x.org/docs).',
    '### Deeper',
    'No links here.',
    '## Last',
    'Last [one](https://x.org/last).',
    '',
  ].join('\n\n');

  it('are text (url) inline, as before', () => {
    expect(render(markdown, { links: 'inline', width: 80 })).toContain(
      'See the docs (https://x.org/docs), [image: a cat] (cat.png) and https://x.org.',
    );
  });

  it('are numbered through the document, listed under the text of each section before its subsections', () => {
    expect(render(markdown, { links: 'numbered', width: 80 })).toBe(
      [
        'Title\n=====',
        'See the docs[1], [image: a cat][2] and https://x.org.',
        '[1] https://x.org/docs\n[2] cat.png',
        'Part two[3]\n-----------',
        'Again the docs[4].',
        '[3] https://x.org/two\n[4] https://x.org/docs',
        'Deeper\n~~~~~~',
        'No links here.',
        'Last\n----',
        'Last one[5].',
        '[5] https://x.org/last\n',
      ].join('\n\n'),
    );
  });

  it('are their text alone in mode none, images left out', () => {
    const text = render(markdown, { links: 'none', width: 80 });
    expect(text).toContain('See the docs, and https://x.org.\n\nPart two\n--------');
    expect(text).not.toMatch(/image|cat\.png|x\.org\/|\[\d\]/);
  });

  it('list the last section before the notice, and lists reach across batches of a big document', () => {
    const filler = `${'Some words to fill the document. '.repeat(40)}\n\n`.repeat(20);
    const big = `---\nnotice: Help.\n---\n\n## One\n\n[a](/a)\n\n${filler}## Two\n\n${filler}[b](/b)\n`;
    const text = render(big, { links: 'numbered', width: 0 });
    expect(text.indexOf('[1] /a')).toBeLessThan(text.indexOf('Two\n---'));
    expect(text).toMatch(/b\[2\]\n\n\[2\] \/b\n\n│ Help\.\n$/);
  });

  it('are listed in the same places when sections are printed apart, numbered through them', () => {
    const document = parseDocument({ name: 'test', text: markdown });
    const renderer = new TextRenderer({ width: 80, colour: false, links: 'numbered' });
    const [, two, deeper] = document.sections;
    if (!two || !deeper) throw new Error('sections expected');
    expect(renderer.sections(document, [two])).toBe(
      [
        'Part two[1]\n-----------',
        'Again the docs[2].',
        '[1] https://x.org/two\n[2] https://x.org/docs',
        'Deeper\n~~~~~~',
        'No links here.\n',
      ].join('\n\n'),
    );
    // The same renderer goes on counting, as one output does.
    expect(renderer.section(document, two, false)).toBe(
      'Again the docs[3].\n\n[3] https://x.org/docs',
    );
    expect([...renderer.document(document, documentBlocks(document), false)].join('')).toContain(
      'the docs[4]',
    );
  });

  it('wrap at the width with their numbers, which never start a line', () => {
    const text = render('Words words words [linked words](https://x.org/a) end.\n', {
      links: 'numbered',
      width: 24,
    });
    expect(text).toBe('Words words words linked\nwords[1] end.\n\n[1] https://x.org/a\n');
  });

  it('make the text clickable in every mode, and the listed address too', () => {
    for (const links of ['inline', 'numbered', 'none'] as const) {
      const text = render('[the docs](https://x.org/docs)\n', {
        links,
        colour: true,
        hyperlinks: true,
      });
      expect(text, links).toMatch(
        /\u001b\]8;;https:\/\/x\.org\/docs\u001b\\[^\u001b]*\u001b\[[0-9;]*mthe docs/,
      );
    }
    const numbered = render('[the docs](https://x.org/docs)\n', {
      links: 'numbered',
      colour: true,
      hyperlinks: true,
    });
    expect(numbered.match(/\u001b\]8;;https:/g)).toHaveLength(2);
  });
});

describe('control characters from the document', () => {
  const hostile = '\u001b[31mred\u001b]0;title\u0007\u009b2J\u0008\r\u007f';
  const places = {
    text: (x: string) => `a ${x} b\n`,
    heading: (x: string) => `## H ${x}\n\nbody\n`,
    'link text': (x: string) => `[t ${x}](http://a.b)\n`,
    'link target': (x: string) =>
      `[t](http://a.b/${encodeURIComponent('x')}${x.replace(/[\s()]/g, '')})\n`,
    'code span': (x: string) => `\`${x}\`\n`,
    'code block': (x: string) => `\`\`\`\n${x}\n\`\`\`\n`,
    'table cell': (x: string) => `| a |\n|---|\n| ${x} |\n`,
    'image alt': (x: string) => `![${x}](p.png)\n`,
    'html block': (x: string) => `<div>\n${x}\n</div>\n`,
    entity: () => 'a &#27;[31m b &#155; c\n',
    'front matter': (x: string) =>
      `---\ntitle: "T ${JSON.stringify(x).slice(1, -1)}"\nnotice: "N ${JSON.stringify(x).slice(1, -1)}"\n---\n\nbody\n`,
  };
  for (const [place, make] of Object.entries(places)) {
    it(`never reach the terminal raw from ${place}`, () => {
      for (const colour of [false, true])
        for (const links of ['inline', 'numbered', 'none'] as const) {
          const text = render(make(hostile), { colour, links });
          const withoutOurStyles = text.replace(/\u001b\[[0-9;]*m/g, '');
          expect(withoutOurStyles).not.toMatch(anyControl);
          const shown = place === 'link target' ? links !== 'none' : place !== 'entity';
          if (shown && !(place === 'image alt' && links === 'none')) expect(text).toContain('^[');
        }
    });
  }

  it('shows escapes visibly in caret notation', () => {
    expect(render('a\u001b[2Jb\n')).toContain('a^[[2Jb');
    expect(render('a\u009bb\n')).toContain('a<U+009B>b');
  });
});

const fragment = fc.oneof(
  fc.constantFrom(
    '# ',
    '## ',
    '### ',
    '\n',
    '\n\n',
    '**',
    '*',
    '_',
    '`',
    '```\n',
    '> ',
    '- ',
    '1. ',
    '- [ ] ',
    '| a | b |\n|---|---|\n| c | d |\n',
    '[link](http://example.com/path)',
    '![alt](img.png)',
    `[a long link text](https://example.com/${'long/'.repeat(12)})`,
    '<https://example.com/auto>',
    '[東京の地図](https://example.com/東京)',
    '<b>',
    '</b>',
    '<div>\n',
    '&amp;',
    '&#27;',
    '\u001b[31m',
    '\u009b',
    '\t',
    '宽字符',
    '这是一个很长的中文段落没有空格',
    '日本語のテキストです。',
    'é',
    '😀',
    'x'.repeat(70),
    '---\n',
    '> '.repeat(15),
    '- '.repeat(12),
    `${'  '.repeat(10)}- `,
    '1. '.repeat(8),
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[a-z]{1,10}( [a-z]{1,10}){0,8}$/),
);
const markdownLike = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('any Markdown-like input (property)', () => {
  it('renders without throwing, with no raw control character, within the width', () => {
    fc.assert(
      fc.property(
        markdownLike,
        fc.constantFrom(20, 33, 80),
        fc.constantFrom<LinkMode>('inline', 'numbered', 'none'),
        (markdown, width, links) => {
          const plain = render(markdown, { width, links });
          expect(plain).not.toMatch(anyControl);
          expect(overflowingLines(plain, width)).toEqual([]);
          const coloured = render(markdown, { width, colour: true, links });
          expect(plainLayout(coloured)).toBe(plainLayout(plain));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('footnotes', () => {
  const markdown =
    '# Title\n\nIntro[^x].\n\n## One\n\nA[^a] and [^missing].\n\n## Two\n\nB[^b], A[^a].\n\n[^a]: Note a.\n\n[^b]: Note b.\n\n[^x]: Note x.\n\n[^unused]: Never printed.\n';

  it("prints each section's notes under its text, numbered in order of first use", () => {
    expect(render(markdown, { links: 'inline' })).toBe(
      [
        'Title',
        '=====',
        '',
        'Intro[1].',
        '',
        '────────────────',
        '[1] Note x.',
        '',
        'One',
        '---',
        '',
        'A[2] and [^missing].',
        '',
        '────────────────',
        '[2] Note a.',
        '',
        'Two',
        '---',
        '',
        'B[3], A[2].',
        '',
        '────────────────',
        '[2] Note a.',
        '[3] Note b.',
        '',
      ].join('\n'),
    );
  });

  it('prints a section alone with its notes and the numbers of the whole document', () => {
    const document = parseDocument({ name: 'test', text: markdown });
    const renderer = new TextRenderer({ width: 40, colour: false });
    const two = document.sections.find((section) => section.title === 'Two');
    expect(two && renderer.sections(document, [two])).toBe(
      'Two\n---\n\nB[3], A[2].\n\n────────────────\n[2] Note a.\n[3] Note b.\n',
    );
  });

  it('puts the notes before the numbered links, which list the links of the notes too', () => {
    const text = render('A[^a] [b](http://b.example).\n\n[^a]: See [c](http://c.example).\n', {
      links: 'numbered',
    });
    expect(text).toBe(
      'A[1] b[1].\n\n────────────────\n[1] See c[2].\n\n[1] http://b.example\n[2] http://c.example\n',
    );
  });
});

describe('chosen sections', () => {
  const nested = parseDocument({
    name: 'nested',
    text: '# Guide\n\n## Install\n\nPick.\n\n### Linux\n\nApt.\n\n#### Debian\n\nRun apt.\n\n### Mac\n\nBrew.\n',
  });
  const at = (number: string) => {
    const found = nested.sections.find((section) => section.number === number);
    if (!found) throw new Error(`no section ${number}`);
    return found;
  };
  const plainRenderer = () => new TextRenderer({ width: 40, colour: false });

  it('put a breadcrumb line above a subsection printed without its parent, naming every ancestor', () => {
    expect(plainRenderer().sections(nested, [at('1.1.1')])).toBe(
      '1 Install › 1.1 Linux ›\nDebian\n^^^^^^\n\nRun apt.\n',
    );
    expect(plainRenderer().sections(nested, [at('1.1')])).toBe(
      '1 Install ›\nLinux\n~~~~~\n\nApt.\n\nDebian\n^^^^^^\n\nRun apt.\n',
    );
  });

  it('put none above a subsection printed under its parent', () => {
    const text = plainRenderer().sections(nested, [at('1')]);
    expect(text).not.toContain('›');
    expect(text.startsWith('Install\n-------\n\nPick.\n\nLinux\n')).toBe(true);
  });

  it('leave out subsections deeper than the depth, counted from the top', () => {
    expect(plainRenderer().sections(nested, [at('1')], 2)).toBe(
      'Install\n-------\n\nPick.\n\nLinux\n~~~~~\n\nApt.\n\nMac\n~~~\n\nBrew.\n',
    );
    expect(plainRenderer().sections(nested, [at('1.1')], 1)).toBe(
      '1 Install ›\nLinux\n~~~~~\n\nApt.\n',
    );
  });

  it('put the breadcrumb in the quiet colour with colour on', () => {
    const renderer = new TextRenderer({ width: 40, colour: true });
    const text = renderer.sections(nested, [at('1.2')]);
    expect(text.split('\n')[0]).toBe(renderer.theme.muted('1 Install ›'));
    expect(text.split('\n')[0]).toContain('\u001b[');
  });
});
