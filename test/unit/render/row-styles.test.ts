import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { restoreStylesAcrossRows } from '../../../src/render/row-styles.ts';
import { sequences } from '../../helpers/styled-text.ts';

describe('restoreStylesAcrossRows', () => {
  it('closes what is open at a row’s end and opens it again on the next row', () => {
    expect(restoreStylesAcrossRows('\u001b[1;31mab\ncd\u001b[0m')).toBe(
      '\u001b[1;31mab\u001b[39m\u001b[22m\n\u001b[1m\u001b[31mcd\u001b[0m',
    );
    expect(restoreStylesAcrossRows('ab\ncd')).toBe('ab\ncd');
  });

  it('gives the rows wrap-ansi gives (property)', () => {
    // Rows of one width, without spaces, joined by spaces and wrapped at that width: each is a row of wrap-ansi's.
    const cell = fc.tuple(
      fc.array(fc.constantFrom(...sequences), { maxLength: 2 }),
      fc.constantFrom('a', 'b'),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 6 });
    const codes = fc.array(fc.constantFrom(...sequences), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), codes, (rows, tail) => {
        const widest = Math.max(...rows.map((cells) => cells.length));
        const padded = rows.map(
          (cells) =>
            cells.map(([opening, letter]) => opening.join('') + letter).join('') +
            'x'.repeat(widest - cells.length),
        );
        padded[padded.length - 1] += tail.join('');
        const wrapped = wrapAnsi(padded.join(' '), widest, {
          hard: false,
          trim: true,
          wordWrap: true,
        });
        expect(restoreStylesAcrossRows(padded.join('\n'))).toBe(wrapped);
      }),
      { numRuns: 5000 },
    );
  });
});
