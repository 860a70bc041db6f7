import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import {
  cellWidth,
  cutAsciiLine,
  narrowText,
  truncate,
  wrapAsciiLine,
  wrapText,
} from '../../../src/render/wrap.ts';
import { libraryWrapText } from '../../helpers/library-wrap.ts';
import { scriptWords, sequences, styledText } from '../../helpers/styled-text.ts';

/** Every character the narrow fast path takes, one string each. */
const narrowCharacters = Array.from({ length: 0x10000 }, (_, code) =>
  String.fromCharCode(code),
).filter((character) => character !== '\n' && narrowText.test(character));

describe('wrapAsciiLine', () => {
  it('wraps words greedily and trims the rows', () => {
    expect(wrapAsciiLine('  one two  three four ', 9)).toBe('one two\nthree\nfour');
    expect(wrapAsciiLine('a verylongwordindeed b', 5)).toBe('a\nverylongwordindeed\nb');
  });

  it('gives exactly what wrap-ansi gives for printable ASCII (property)', () => {
    const text = fc.stringMatching(/^[ a-c.]{0,80}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (line, columns) => {
        const expected = wrapAnsi(line, columns, { hard: false, trim: true, wordWrap: true });
        expect(wrapAsciiLine(line, columns)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('narrow text', () => {
  it('takes only characters string-width gives one cell, NFC keeps and trimming keeps', () => {
    expect(narrowCharacters.length).toBeGreaterThan(300);
    const odd = narrowCharacters.filter(
      (character) =>
        stringWidth(character) !== 1 ||
        character.normalize() !== character ||
        (character !== ' ' && character.trim() !== character),
    );
    expect(odd).toEqual([]);
    for (const character of ['’', '“', '—', 'é', 'ß', 'Ł', '…', '•'])
      expect(narrowText.test(character)).toBe(true);
    for (const character of [
      '\u00ad',
      '\u00a0',
      '\u200b',
      '\u2028',
      '中',
      '😀',
      'e\u0301',
      '\u203c',
    ])
      expect(narrowText.test(character)).toBe(false);
  });

  it('wraps and measures as wrap-ansi and string-width do (property)', () => {
    const character = fc.oneof(
      fc.constantFrom(' ', ' ', ' ', 'a', 'b'),
      fc.constantFrom(...narrowCharacters),
    );
    const line = fc.array(character, { maxLength: 80 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 30 }), (text, columns) => {
        const expected = wrapAnsi(text, columns, { hard: false, trim: true, wordWrap: true });
        expect(wrapText(text, columns)).toBe(expected);
        expect(cellWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wrapAsciiLine on words one space apart', () => {
  it('gives exactly what wrap-ansi gives (property)', () => {
    const words = fc.array(fc.stringMatching(/^[a-z.]{1,12}$/), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 30 }), (list, columns) => {
        const line = list.join(' ');
        expect(wrapAsciiLine(line, columns)).toBe(
          wrapAnsi(line, columns, { hard: false, trim: true, wordWrap: true }),
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cutAsciiLine', () => {
  it('gives exactly what wrap-ansi gives for a hard cut of printable ASCII (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ a-c.]{0,80}$/),
        fc.integer({ min: 1, max: 30 }),
        (line, columns) => {
          const expected = wrapAnsi(line, columns, { hard: true, trim: false, wordWrap: false });
          expect(cutAsciiLine(line, columns)).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('truncate', () => {
  it('ends a cut text with an ellipsis, in cells', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(truncate('宽字符宽字符', 5)).toBe('宽字…');
  });
});

describe('wrapText with text written without spaces (Chinese, Japanese)', () => {
  const sgr = /\u001b\[[0-9;]*m/g;
  const plain = (text: string) => text.replace(sgr, '');

  it('breaks between wide characters when a run is wider than the width', () => {
    const text = '这是一个很长的中文段落没有空格它应该在宽度处换行';
    expect(wrapText(text, 20)).toBe('这是一个很长的中文段\n落没有空格它应该在宽\n度处换行');
  });

  it('fills the row after a word before breaking inside the run', () => {
    expect(wrapText('Chinese: 中文中文中文中文', 16)).toBe('Chinese: 中文中\n文中文中文');
  });

  it('does not let an ideographic space at the start of a row push it over the width', () => {
    expect(wrapText('\u3000a中', 4)).toBe('a中');
    expect(wrapText('\u3000\u3000短い', 8)).toBe('\u3000\u3000短い');
  });

  it('puts a wide character on a row it fills exactly', () => {
    expect(wrapText('abcdefgh 中文中文', 11)).toBe('abcdefgh 中\n文中文');
    expect(wrapText('中文中文中', 10)).toBe('中文中文中');
  });

  it('fills every row as a greedy wrap with a break between any two ideographs would (property)', () => {
    // A model for ideographs and letters one space apart: each ideograph and each run of letters is a
    // unit; a space between units takes a cell; a unit goes on the row if it fits, else starts the next.
    const model = (text: string, columns: number): string => {
      const rows: string[] = [];
      let row = '';
      for (const [index, word] of text.split(' ').entries()) {
        for (const [at, unit] of (word.match(/[a-z]+|[中文宽]/g) ?? []).entries()) {
          const joint = index > 0 && at === 0 && row ? ' ' : '';
          if (row && stringWidth(row + joint + unit) > columns) {
            rows.push(row);
            row = unit;
          } else row += joint + unit;
        }
      }
      return [...rows, row].join('\n');
    };
    const words = fc.array(fc.stringMatching(/^(?:[中文宽]|[a-z]{1,12}){1,8}$/), { maxLength: 12 });
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 30 }), (list, columns) => {
        const text = list.join(' ');
        expect(wrapText(text, columns)).toBe(model(text, columns));
      }),
      { numRuns: 3000 },
    );
  });

  it('never starts a row with a full stop or a closing bracket, nor ends one with an opening bracket', () => {
    expect(wrapText('一二三四五。六七', 10)).toBe('一二三四\n五。六七');
    expect(wrapText('一二三「四五」六', 8)).toBe('一二三\n「四五」\n六');
  });

  it('keeps a bracketed number (a numbered link) with the character before it, coloured or not', () => {
    expect(wrapText('あいうえおかきくけ図[1]です。', 20)).toBe('あいうえおかきくけ\n図[1]です。');
    const mark = '\u001b[38;5;245m[12]\u001b[39m';
    expect(plain(wrapText(`あいうえおかきくけ図${mark}です。`, 20))).toBe(
      'あいうえおかきくけ\n図[12]です。',
    );
    // Other brackets may still start a row where UAX #14 allows it.
    expect(wrapText('あいうえおかきくけ図[a]です。', 20)).toBe('あいうえおかきくけ図\n[a]です。');
  });

  it('leaves a long word without wide characters whole, as before', () => {
    const long = 'supercalifragilisticexpialidocious';
    expect(wrapText(`中文 ${long} 中文`, 20)).toBe(`中文\n${long}\n中文`);
  });

  it('ends a row after the codes that close a style, and starts the next with those that open one', () => {
    expect(wrapText('\u001b[1m中文\u001b[22m中文', 4)).toBe('\u001b[1m中文\u001b[22m\n中文');
    expect(wrapText('中文\u001b[1m中文\u001b[22m', 4)).toBe('中文\n\u001b[1m中文\u001b[22m');
  });

  it('keeps colours on every row of a styled run', () => {
    const rows = wrapText(`\u001b[1m${'宽'.repeat(25)}\u001b[22m`, 20).split('\n');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/^\u001b\[1m宽+\u001b\[22m$/);
  });

  const token = fc.oneof(
    fc.constantFrom('中', '文', '宽', 'か', 'ナ', '。', '、', '「', '」', '😀', 'é', '\u3000'),
    fc.stringMatching(/^[a-z]{1,25}$/),
    fc.constantFrom(' ', '  ', ', '),
  );
  const paragraph = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));
  // wrap-ansi trims white space at a row's start only where no escape code stands before it.
  const paragraphWithoutIdeographicSpace = paragraph.map((text) => text.replace(/\u3000/g, ''));

  it('keeps rows within the width, and the text in order with no space added (property)', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 4, max: 40 }), (text, columns) => {
        const wrapped = wrapText(text, columns);
        for (const row of wrapped.split('\n')) {
          // Each row is a stretch of the text: nothing lost, moved or added but the breaks.
          expect(text).toContain(row);
          if (stringWidth(row) > columns) {
            // Wider only when it cannot break: one word with no two wide characters side by side.
            expect(row).not.toMatch(/ /);
            expect(row).not.toMatch(/[中文宽かナ][中文宽かナ]/u);
          }
        }
        expect(wrapped.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('lays out styled text as it lays out the same text plain (property)', () => {
    const styled = fc.array(fc.tuple(paragraphWithoutIdeographicSpace, fc.boolean()), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(styled, fc.integer({ min: 4, max: 40 }), (parts, columns) => {
        const text = parts.map(([part]) => part).join('');
        const coloured = parts
          .map(([part, bold]) => (bold && part ? `\u001b[1m${part}\u001b[22m` : part))
          .join('');
        // (wrap-ansi keeps a styled line of white space only, and empties the same line plain.)
        const rows = (wrapped: string) => wrapped.split('\n').map((row) => row.trim());
        expect(rows(plain(wrapText(coloured, columns)))).toEqual(rows(wrapText(text, columns)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives exactly what wrap-ansi gives for text without wide characters (property)', () => {
    const narrow = fc.stringMatching(/^[ a-cé.]{0,80}$/);
    fc.assert(
      fc.property(narrow, fc.integer({ min: 1, max: 30 }), (text, columns) => {
        expect(wrapText(text, columns)).toBe(
          wrapAnsi(text, columns, { hard: false, trim: true, wordWrap: true }),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wrapText against the libraries alone', () => {
  // libraryWrapText is wrapText as it was when wrap-ansi, string-width and css-line-break did all of it.
  it('gives the rows they give, across scripts, styles and hyperlinks (property)', () => {
    fc.assert(
      fc.property(
        styledText({ newlines: true }),
        fc.integer({ min: 1, max: 40 }),
        (text, columns) => {
          expect(wrapText(text, columns)).toBe(libraryWrapText(text, columns));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives the rows they give for long paragraphs of Chinese and Japanese (property)', () => {
    const wide = scriptWords.filter((word) => /[\u3000-\u9fff]/.test(word));
    const paragraph = fc
      .array(
        fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...wide) },
          fc.constantFrom(...sequences, ' ', 'word'),
        ),
        {
          minLength: 20,
          maxLength: 120,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 2, max: 80 }), (text, columns) => {
        expect(wrapText(text, columns)).toBe(libraryWrapText(text, columns));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the rows they give for text with tabs, carriage returns and other sequences', () => {
    for (const text of [
      '中文\t中文中文中文',
      'a\r\nb 中文中文',
      '\u001b[2J中文中文中文 word',
      'x\u009b1m中文中文',
    ])
      for (const columns of [3, 5, 8])
        expect(wrapText(text, columns)).toBe(libraryWrapText(text, columns));
  });
});
