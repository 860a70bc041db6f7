import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { normaliseText, softWrap, wrapsSoftly } from '../../../src/render/soft-wrap.ts';
import { eastAsian, markWideBreaks } from '../../../src/render/wide-breaks.ts';
import { styledText } from '../../helpers/styled-text.ts';

/** What wrapText gave wrap-ansi: the text with its places to break inside Chinese and Japanese marked. */
function withBreaksMarked(text: string, columns: number): string {
  if (!eastAsian.test(text)) return text;
  return normaliseText(text)
    .split('\n')
    .map((line) => markWideBreaks(line, columns))
    .join('\n');
}

const options = { hard: false, trim: true, wordWrap: true };

describe('softWrap', () => {
  it('wraps words, trims rows, and carries styles and hyperlinks across them', () => {
    expect(softWrap('one two three', 7)).toBe('one two\nthree');
    expect(softWrap('\u001b[1mone two\u001b[22m', 4)).toBe(
      '\u001b[1mone\u001b[22m\n\u001b[1mtwo\u001b[22m',
    );
    expect(softWrap('\u001b]8;;https://a.b\u001b\\one two\u001b]8;;\u001b\\', 4)).toBe(
      '\u001b]8;;https://a.b\u001b\\one\u001b]8;;\u0007\n\u001b]8;;https://a.b\u0007two\u001b]8;;\u001b\\',
    );
    expect(softWrap('café 中文中文', 8)).toBe('café 中\n文中文');
  });

  it('gives what wrap-ansi gives, across scripts, styles and hyperlinks (property)', () => {
    fc.assert(
      fc.property(
        styledText({ newlines: true }),
        fc.integer({ min: 1, max: 40 }),
        (text, columns) => {
          expect(softWrap(text, columns)).toBe(
            wrapAnsi(withBreaksMarked(text, columns), columns, options),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('wrapsSoftly', () => {
  it('takes text with the text format’s own sequences, and leaves the rest to wrap-ansi', () => {
    expect(
      wrapsSoftly('中文 \u001b[1mbold\u001b[22m \u001b]8;;https://a.b\u0007link\u001b]8;;\u0007'),
    ).toBe(true);
    expect(wrapsSoftly('a\tb')).toBe(false);
    expect(wrapsSoftly('a\r\nb')).toBe(false);
    expect(wrapsSoftly('a\u001b[2Jb')).toBe(false);
    expect(wrapsSoftly('a\u009b1mb')).toBe(false);
    expect(wrapsSoftly('a\u001bb')).toBe(false);
  });
});
