import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { codeRows, styledSlice } from '../../../src/render/code-wrap.ts';

/** The rows' text, as the layout prints them. */
const rows = (line: string, first: number, rest: number) =>
  codeRows(line, first, rest).map(({ start, end }) => line.slice(start, end));

describe('codeRows', () => {
  it('leaves a line that fits as it is', () => {
    expect(rows('const x = 1;', 12, 10)).toEqual(['const x = 1;']);
    expect(rows('', 12, 10)).toEqual(['']);
  });

  it('breaks at the last space that fits, dropping the spaces at the break', () => {
    expect(rows('const credentials = await load(path);', 20, 18)).toEqual([
      'const credentials =',
      'await load(path);',
    ]);
    expect(rows('a    b', 3, 3)).toEqual(['a', 'b']);
  });

  it('cuts inside a word only when it is wider than a continuation row', () => {
    expect(rows('x = abcdefghijkl', 10, 8)).toEqual(['x =', 'abcdefgh', 'ijkl']);
    expect(rows('abcdefghijkl', 10, 8)).toEqual(['abcdefghij', 'kl']);
  });

  it("keeps less of a line's indent rather than cut a word that would fit a row", () => {
    expect(rows('          credentials', 16, 14)).toEqual(['     credentials']);
    // As much of it as leaves room for the whole line; else for the first word, half a row at most.
    expect(rows('          credentials x', 16, 14)).toEqual(['   credentials x']);
    expect(rows('          credentials and more', 16, 14)).toEqual([
      '     credentials',
      'and more',
    ]);
    // A word wider than the row keeps none.
    expect(rows('          abcdefghijklmnopq', 10, 8)).toEqual(['abcdefghij', 'klmnopq']);
  });

  it('counts wide characters as two cells and never splits one', () => {
    expect(rows('東京 の地図です', 6, 4)).toEqual(['東京', 'の地', '図で', 'す']);
  });

  it('keeps every row within its room, loses no character but the spaces at breaks, and cuts only words wider than a row', () => {
    const part = fc.oneof(
      fc.stringMatching(/^[a-z(){};=.]{1,30}$/),
      fc.constantFrom('東京', '漢字です', 'é', '👍', 'ｆｕｌｌ'),
    );
    const line = fc
      .array(fc.tuple(fc.constantFrom('', ' ', '  ', '    '), part), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([space, text]) => space + text).join(''));
    fc.assert(
      fc.property(line, fc.integer({ min: 4, max: 40 }), (text, first) => {
        const rest = first - 2;
        const shown = rows(text, first, rest);
        shown.forEach((row, index) => {
          expect(stringWidth(row)).toBeLessThanOrEqual(index === 0 ? first : rest);
        });
        expect(shown.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        // A row ending inside a word (the next row going on with it) only for a word wider than a row.
        const words = text.trim().split(/ +/);
        for (const word of words) {
          if (stringWidth(word) > rest) continue;
          const whole = shown.some((row) => row.split(/ +/).includes(word));
          expect(whole, `${JSON.stringify(word)} in ${JSON.stringify(shown)}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('styledSlice', () => {
  const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
  const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;

  it('gives a row the colours in force where it starts, and ends those in force where it ends', () => {
    const line = `${red(`ab${bold('cd')}ef`)}gh`;
    expect(styledSlice(line, 0, 3)).toBe('\u001b[31mab\u001b[1mc\u001b[22m\u001b[39m');
    expect(styledSlice(line, 3, 7)).toBe('\u001b[31m\u001b[1md\u001b[22mef\u001b[39mg');
    expect(styledSlice(line, 7, 8)).toBe('h');
  });

  it('has the text of the plain slice, for any cut', () => {
    const segment = fc.tuple(
      fc.constantFrom(red, bold, (text: string) => text),
      fc.stringMatching(/^[a-z ]{0,6}$/),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.nat(), fc.nat(), (segments, a, b) => {
        const plain = segments.map(([, text]) => text).join('');
        const styled = segments.map(([style, text]) => style(text)).join('');
        const start = a % (plain.length + 1);
        const end = start + (b % (plain.length - start + 1));
        const slice = styledSlice(styled, start, end);
        expect(slice.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.slice(start, end));
      }),
    );
  });
});
