import { stripEscapes } from './controls.ts';

/**
 * Where links are, for the full-screen reader to focus and follow them:
 * control characters, which no document text can bring into the layout (it
 * shows them all as visible text), so no document can forge one. Each word
 * of a link's text goes between `open`, the link's number written in
 * `digits`, and `close`: wrapping moves words, never cuts one, so the marks
 * stay with their words, and line prefixes (quote bars, list indents) fall
 * outside them. They take no cells, so the wrap is the one printed. The
 * reader takes them out (reader/page-links.ts); printed output never has them.
 */
export const linkMarks = { open: '\u0004', close: '\u0005' } as const;

/** The first of the ten characters that write a link's number after `open`, 0 to 9. */
export const digitZero = 0x10;

/** Text marked as the link numbered `index`, word by word. */
export function markLink(index: number, text: string): string {
  const number = [...String(index)]
    .map((digit) => String.fromCharCode(digitZero + Number(digit)))
    .join('');
  // A word of colour codes alone stays unmarked: wrapping gives a word of no width ways of its own.
  return text
    .split(/([ \n])/)
    .map((word) =>
      stripEscapes(word).trim() ? `${linkMarks.open}${number}${word}${linkMarks.close}` : word,
    )
    .join('');
}
