import { LineBreaker } from 'css-line-break';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { BreakPlaces, codePointsOf } from '../../../src/render/break-places.ts';

/** The places as the whole text walked by css-line-break gives them, kept where the rules of wrapText keep them. */
function expectedPlaces(text: string): number[] {
  const codePoints = Array.from(text);
  const offsets = codePointsOf(text).offsets;
  const places: number[] = [];
  const breaker = LineBreaker(text, { lineBreak: 'strict', wordBreak: 'normal' });
  for (let found = breaker.next(); !found.done; found = breaker.next()) {
    const k = found.value.end;
    if (k >= codePoints.length) continue;
    const wide =
      stringWidth(codePoints[k - 1] as string) === 2 || stringWidth(codePoints[k] as string) === 2;
    const numberMark = /^\[\d+\]/.test(text.slice(offsets[k]));
    if (wide && !numberMark) places.push(k);
  }
  return places;
}

function foundPlaces(text: string): number[] {
  const { codePoints, offsets } = codePointsOf(text);
  const places = new BreakPlaces(text, codePoints, offsets);
  const found: number[] = [];
  for (let k = 1; k < codePoints.length; k++) if (places.isPlace(k)) found.push(k);
  return found;
}

/**
 * What the rules look back across or at: ideographs, kana (small ones too),
 * Hangul and its jamo, Latin letters and digits, numeric punctuation and
 * prefixes, quotes and brackets of both widths, full stops, hyphens, combining
 * marks, joiners, regional indicators, emoji and their modifiers, spaces of
 * other kinds, a bracketed number.
 */
const characters = [
  '中',
  '文',
  '字',
  'か',
  'ゃ',
  'ー',
  'カ',
  'ｶ',
  '가',
  '\u1100',
  '\u1161',
  'a',
  'Z',
  '1',
  '9',
  '.',
  ',',
  ':',
  '$',
  '%',
  '¥',
  '"',
  '“',
  '”',
  '「',
  '」',
  '（',
  '）',
  '(',
  ')',
  '[',
  ']',
  '。',
  '、',
  '！',
  '-',
  '‐',
  '—',
  '…',
  '/',
  '\u0301',
  '\u200d',
  '\u200b',
  '\u2060',
  '\u00a0',
  '\u3000',
  '\u{1f1ef}',
  '\u{1f1f5}',
  '👍',
  '\u{1f3fd}',
  '😀',
  '[12]',
  '\u{20000}',
];

describe('BreakPlaces', () => {
  it('finds the places where a line may break beside a wide character', () => {
    expect(foundPlaces('中文字')).toEqual([1, 2]);
    expect(foundPlaces('一二。三')).toEqual([1, 3]);
    expect(foundPlaces('東京[3]です')).toEqual([1, 5, 6]);
    expect(foundPlaces('abc')).toEqual([]);
  });

  it('finds the places css-line-break finds walking the whole text (property)', () => {
    const text = fc
      .array(fc.constantFrom(...characters), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(foundPlaces(value)).toEqual(expectedPlaces(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds them after long stretches of digits, letters or flags too (property)', () => {
    const run = fc.tuple(
      fc.constantFrom('1', 'a', '\u{1f1ef}', '\u0301', '.', '1.'),
      fc.integer({ min: 1, max: 90 }),
    );
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(...characters),
          run.map(([unit, n]) => unit.repeat(n)),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(foundPlaces(value)).toEqual(expectedPlaces(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the last place in a stretch and the first after a point', () => {
    const text = '一二三。四五';
    const { codePoints, offsets } = codePointsOf(text);
    const places = new BreakPlaces(text, codePoints, offsets);
    expect(places.lastIn(0, 3)).toBe(2);
    expect(places.lastIn(2, 2)).toBeUndefined();
    expect(places.firstAfter(2)).toBe(4);
    expect(places.firstAfter(5)).toBe(6);
  });
});
