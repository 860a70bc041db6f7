import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { wrapAsciiLine } from '../../src/render/wrap.ts';

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
