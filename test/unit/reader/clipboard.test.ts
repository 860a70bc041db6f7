import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipboardLimit, fitsClipboard, osc52 } from '../../../src/reader/clipboard.ts';

/** OSC 52 (clipboard.ts): the sequence that asks the terminal to copy a text, and its limit. */

const start = '\u001b]52;c;';
const bell = '\u0007';

describe('osc52', () => {
  it('writes ESC ] 52 ; c ; then the base64 of the text, ended by BEL', () => {
    expect(osc52('hello')).toBe(`${start}aGVsbG8=${bell}`);
    expect(osc52('notes.md#cast')).toBe(`${start}bm90ZXMubWQjY2FzdA==${bell}`);
  });

  it('encodes the UTF-8 bytes of the text, not its UTF-16 units', () => {
    // ü is C3 BC and 東 is E6 9D B1 in UTF-8.
    expect(osc52('ü東')).toBe(`${start}w7zmnbE=${bell}`);
  });

  it('copies an empty text as an empty payload', () => {
    expect(osc52('')).toBe(`${start}${bell}`);
  });

  it('carries any text as base64 alone, which decodes back to it: no control of the text reaches the terminal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const sequence = osc52(text) as string;
        const payload = /^\u001b\]52;c;([A-Za-z0-9+/=]*)\u0007$/.exec(sequence)?.[1];
        expect(payload).toBeDefined();
        expect(Buffer.from(payload as string, 'base64').toString('utf8')).toBe(text);
      }),
    );
  });
});

describe('the limit', () => {
  it('is 100 000 characters of base64: 75 000 bytes of text', () => {
    expect(clipboardLimit).toBe(100_000);
    expect(fitsClipboard('a'.repeat(75_000))).toBe(true);
    expect(osc52('a'.repeat(75_000))).toHaveLength(start.length + 100_000 + 1);
    expect(fitsClipboard('a'.repeat(75_001))).toBe(false);
    expect(osc52('a'.repeat(75_001))).toBeUndefined();
  });

  it('counts bytes, not characters: 37 500 é are 75 000 bytes, one more is too many', () => {
    expect(osc52('é'.repeat(37_500))).toBeDefined();
    expect(osc52('é'.repeat(37_501))).toBeUndefined();
  });

  it('counts the padding of the last group of base64', () => {
    // 74 999 bytes need 25 000 groups of four, as 75 000 do; 75 001 need one more.
    expect(fitsClipboard('a'.repeat(74_999))).toBe(true);
    expect(fitsClipboard(`${'a'.repeat(74_999)}é`)).toBe(false);
  });
});
