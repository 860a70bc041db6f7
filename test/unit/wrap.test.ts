import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { cutAsciiLine, truncate, wrapAsciiLine } from '../../src/render/wrap.ts';

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
