import { escapeSequenceSource, stripEscapes } from './controls.ts';
import { restoreStylesAcrossRows } from './row-styles.ts';
import { textWidth } from './text-width.ts';
import { eastAsian, markWideBreaks } from './wide-breaks.ts';

/**
 * What wrapText did with wrap-ansi for text beyond narrow ASCII, without
 * wrap-ansi's cost: words move to the next row, rows are trimmed, Chinese and
 * Japanese break between their characters (wide-breaks.ts), styles and
 * hyperlinks close at a row's end and open again on the next. wrap-ansi
 * measures every word with string-width, which segments it into grapheme
 * clusters; in Chinese, Korean or emoji-rich prose that was most of the
 * time spent printing (README, Performance). This is wrap-ansi's algorithm
 * for the options wrapText uses (soft, trimmed, word wrap) on the text the
 * text format writes, measured with textWidth; property tests hold it to
 * wrap-ansi's output.
 */
export function softWrap(text: string, columns: number): string {
  const wide = eastAsian.test(text);
  return normaliseText(text)
    .split('\n')
    .map((line) => wrapLine(wide ? normaliseText(markWideBreaks(line, columns)) : line, columns))
    .join('\n');
}

/**
 * Text softWrap takes: no tab (wrap-ansi expands them), carriage return or
 * C1 introducer, and no escape sequence but the text format's own (SGR codes
 * and OSC 8 hyperlinks). The rest goes to wrap-ansi itself.
 */
export function wrapsSoftly(text: string): boolean {
  if (/[\t\r\u009b]/.test(text)) return false;
  return !text.includes('\u001b') || !stripEscapes(text).includes('\u001b');
}

/**
 * NFC outside escape sequences, as wrap-ansi normalises before it wraps (a
 * combining mark after a sequence would compose with its last letter).
 */
export function normaliseText(text: string): string {
  if (!text.includes('\u001b')) return text.normalize();
  return text
    .split(escapeSequences)
    .map((part, index) => (index % 2 === 0 ? part.normalize() : part))
    .join('');
}

/** Captured, so that split keeps the sequences at the odd indexes. */
const escapeSequences = new RegExp(`(${escapeSequenceSource})`);

/**
 * wrap-ansi's rows for one line: a word goes on the row if it fits, else it
 * starts the next (a word wider than the width has a row to itself); a row's
 * start is trimmed before each word until it holds text; spaces are trimmed
 * at the ends of rows. (The text format's sequences hold no spaces, so a
 * split at spaces splits between words.)
 */
function wrapLine(line: string, columns: number): string {
  if (line.trim() === '') return '';
  const rows = [''];
  let rowWidth = 0;
  let trimmedRow = -1;
  let first = true;
  for (const word of line.split(' ')) {
    const last = rows.length - 1;
    if (trimmedRow !== last) {
      const row = rows[last] as string;
      const trimmed = row.trimStart();
      if (trimmed.length !== row.length) {
        rows[last] = trimmed;
        rowWidth = textWidth(trimmed);
      }
      if (trimmed.length > 0) trimmedRow = last;
    }
    if (first) first = false;
    else if (rowWidth > 0) {
      rows[rows.length - 1] += ' ';
      rowWidth++;
    }
    const width = textWidth(word);
    if (rowWidth + width > columns && rowWidth > 0 && width > 0) {
      rows.push('');
      rowWidth = 0;
    }
    rows[rows.length - 1] += word;
    rowWidth += width;
  }
  return restoreStylesAcrossRows(rows.map(trimRowEnd).join('\n'));
}

/**
 * Spaces at a row's end go, and the escape sequences among them stay; a
 * stretch of text of no width (a zero-width space) does not stop the trim.
 */
function trimRowEnd(row: string): string {
  if (!row.includes(' ')) return row;
  if (!row.includes('\u001b')) return withoutEndSpaces(row);
  const parts = row.split(escapeSequences);
  for (let index = parts.length - 1; index >= 0; index -= 2) {
    const trimmed = withoutEndSpaces(parts[index] as string);
    parts[index] = trimmed;
    if (textWidth(trimmed) > 0) break;
  }
  return parts.join('');
}

function withoutEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ') end--;
  return text.slice(0, end);
}
