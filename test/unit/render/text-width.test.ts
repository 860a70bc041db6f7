import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { codePointWidth, standaloneTextWidth, textWidth } from '../../../src/render/text-width.ts';

const segmenter = new Intl.Segmenter();
const clusters = (text: string) => [...segmenter.segment(text)].length;

/**
 * Characters that take part in clusters of several, or are measured in odd
 * ways: combining marks (Latin, Vietnamese, Devanagari), a spacing mark,
 * Thai SARA AM, prepended marks, joiners, variation selectors, skin tones,
 * flags' letters, Hangul jamo (leading, vowel, trailing) and syllables,
 * half-width katakana and its sound marks, controls and format characters,
 * a lone surrogate, and escape sequences, the text format's and others.
 */
const tricky = [
  'a',
  'e',
  ' ',
  '中',
  'か',
  'ｶ',
  'ﾞ',
  '\u0301',
  '\u0323',
  '\u0302',
  '\u0915',
  '\u094d',
  '\u0903',
  '\u0e01',
  '\u0e33',
  '\u0600',
  '\u0d4e',
  '\u200d',
  '\u200c',
  '\u200b',
  '\u00ad',
  '\ufe0f',
  '\ufe0e',
  '\u20e3',
  '\u{1f3fd}',
  '\u{1f1fb}',
  '\u{1f1f3}',
  '\u1100',
  '\u1161',
  '\u11a8',
  '가',
  '각',
  '😀',
  '👍',
  '👩',
  '🚀',
  '❤',
  '☕',
  '#',
  '1',
  '\r',
  '\n',
  '\t',
  '\u0085',
  '\u009b',
  '\ud800',
  '\u001b[1m',
  '\u001b[22m',
  '\u001b[38;5;222m',
  '\u001b]8;;https://example.com\u001b\\',
  '\u001b]8;;\u0007',
  '\u001b[2J',
  '\u001b',
  '\u001b]0;title\u0007',
];

describe('textWidth', () => {
  it('measures as string-width does', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('中文')).toBe(4);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('👨‍👩‍👧‍👦')).toBe(2);
    expect(textWidth('🇻🇳🇻')).toBe(stringWidth('🇻🇳🇻'));
    expect(textWidth('\u001b[1m中\u001b[22m')).toBe(2);
  });

  it('gives what string-width gives for text of characters that join others (property)', () => {
    const text = fc
      .array(fc.constantFrom(...tricky), { maxLength: 24 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(textWidth(value)).toBe(stringWidth(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives what string-width gives for any text (property)', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
    );
    fc.assert(
      fc.property(anyText, (value) => {
        expect(textWidth(value)).toBe(stringWidth(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('codePointWidth', () => {
  it("gives each character of the Basic Multilingual Plane string-width's width, or -1 if it may join", () => {
    const odd: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const width = codePointWidth(code);
      const character = String.fromCharCode(code);
      if (width >= 0 && width !== stringWidth(character)) odd.push(character);
    }
    expect(odd).toEqual([]);
  });

  it('says a character stands alone only if it breaks from any other such character (property)', () => {
    const alone = fc
      .oneof(
        fc.integer({ min: 0, max: 0x3000 }),
        fc.integer({ min: 0x3000, max: 0x10ffff }),
        fc.constantFrom(...tricky.map((character) => character.codePointAt(0) as number)),
      )
      .filter((code) => codePointWidth(code) >= 0);
    fc.assert(
      fc.property(alone, alone, (first, second) => {
        const pair = String.fromCodePoint(first) + String.fromCodePoint(second);
        expect(clusters(pair)).toBe(2);
      }),
      { numRuns: 20_000 },
    );
  });

  it('says characters that join others may join', () => {
    for (const character of ['\u0301', '\u200d', '\ufe0f', '\u{1f3fd}', '\u{1f1fb}', '\u1100'])
      expect(codePointWidth(character.codePointAt(0) as number)).toBe(-1);
    for (const character of ['\u0e33', '\u0600', '\u0903', '\r', '\n'])
      expect(codePointWidth(character.codePointAt(0) as number)).toBe(-1);
    expect(codePointWidth('中'.codePointAt(0) as number)).toBe(2);
    expect(codePointWidth('가'.codePointAt(0) as number)).toBe(2);
  });
});

describe('standaloneTextWidth', () => {
  it('measures text of characters that stand alone, and refuses other text', () => {
    expect(standaloneTextWidth('中文 abc')).toBe(8);
    expect(standaloneTextWidth('\u001b[1m中\u001b[22m')).toBe(2);
    expect(standaloneTextWidth('e\u0301')).toBe(-1);
    expect(standaloneTextWidth('👍🏽')).toBe(-1);
    expect(standaloneTextWidth('a\u001b[2Jb')).toBe(-1);
  });
});
