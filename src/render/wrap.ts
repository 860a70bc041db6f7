import { unicodeWidths } from '../libraries.ts';
import { sgrSource } from './controls.ts';
import { normaliseText, softWrap, wrapsSoftly } from './soft-wrap.ts';
import { textWidth } from './text-width.ts';
import { eastAsian, markWideBreaks, widestPart } from './wide-breaks.ts';

/** Width in terminal cells; `Infinity` means no wrapping. */
export type Width = number;

/** Prose: words move to the next line; a word longer than the width stands alone. */
export function wrapText(text: string, width: Width): string {
  if (!Number.isFinite(width)) return text;
  const columns = Math.max(1, width);
  if (narrowText.test(text))
    return text
      .split('\n')
      .map((line) => wrapAsciiLine(line, columns))
      .join('\n');
  if (wrapsSoftly(text)) return softWrap(text, columns);
  // Tabs, carriage returns and sequences of other kinds: wrap-ansi, as softWrap copies it.
  const breakable = eastAsian.test(text)
    ? normaliseText(text)
        .replaceAll('\r\n', '\n')
        .split('\n')
        .map((line) => markWideBreaks(line, columns))
        .join('\n')
    : text;
  return unicodeWidths().wrapAnsi(breakable, columns, { hard: false, trim: true, wordWrap: true });
}

/**
 * Text where a character is a cell and a UTF-16 unit, that NFC leaves as it
 * is and trimming takes nothing from but spaces: printable ASCII, Latin-1 and
 * Latin Extended-A letters and signs, and the common punctuation of prose
 * (curly quotes, dashes, ellipsis). Measured need (README, Performance):
 * string-width's segmenting cost a news page a fifth of its time for its
 * quotes and dashes. Tests hold every such character to string-width.
 */
export const narrowText = /^[\x20-\x7e\n\u00a1-\u00ac\u00ae-\u017f\u2010-\u2027\u2030-\u203a]*$/;

/**
 * wrap-ansi's algorithm for the options wrapText uses, cut down to narrow
 * text, where a character is a cell and there are no escapes to carry over.
 * Measured need (README, Performance: Limits): wrap-ansi segments and
 * normalises text that is mostly plain ASCII. A property test holds this to
 * wrap-ansi's output.
 */
export function wrapAsciiLine(line: string, columns: number): string {
  if (line.trim() === '') return '';
  if (!/^ | {2}| $/.test(line)) return wrapSingleSpaced(line, columns);
  const rows = [''];
  let rowLength = 0;
  let trimmedRow = -1;
  let first = true;
  for (const word of line.split(' ')) {
    const last = rows.length - 1;
    if (trimmedRow !== last) {
      const row = rows[last] ?? '';
      const trimmed = row.trimStart();
      if (trimmed.length !== row.length) {
        rows[last] = trimmed;
        rowLength = trimmed.length;
      }
      if (trimmed.length > 0) trimmedRow = last;
    }
    if (first) first = false;
    else if (rowLength > 0) {
      rows[rows.length - 1] += ' ';
      rowLength++;
    }
    if (rowLength + word.length > columns && rowLength > 0 && word.length > 0) {
      rows.push('');
      rowLength = 0;
    }
    rows[rows.length - 1] += word;
    rowLength += word.length;
  }
  return rows.map((row) => row.trimEnd()).join('\n');
}

/**
 * The widest run that no wrap breaks, in cells: a word between spaces, or
 * the widest part of one that Chinese or Japanese lets break between its
 * characters. A column narrower than this cuts a word.
 */
export function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/[ \n]/)) {
    if (!word) continue;
    const width = eastAsian.test(word) ? widestPart(word) : cellWidth(word);
    if (width > longest) longest = width;
  }
  return longest;
}

/** Text in a box (a table cell, a record's value): words move to the next line; a word wider than the box is cut, as nothing may stick out. */
export function wrapCells(text: string, width: number): string {
  if (!Number.isFinite(width)) return text;
  return wrapText(text, width)
    .split('\n')
    .map((line) => (cellWidth(line) > width ? wrapPreformatted(line, width) : line))
    .join('\n');
}

/** Code and preformatted lines: cut at the width exactly, leading spaces kept. */
export function wrapPreformatted(text: string, width: Width): string {
  if (!Number.isFinite(width)) return text;
  const columns = Math.max(1, width);
  if (narrowText.test(text))
    return text
      .split('\n')
      .map((line) => cutAsciiLine(line, columns))
      .join('\n');
  return unicodeWidths().wrapAnsi(text, columns, { hard: true, trim: false, wordWrap: false });
}

/** Prefixes the first line with `first` and the others with `rest`: bullets, quote bars. */
export function hang(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n');
}

/**
 * The common case, words one space apart with none at the ends, cut where the
 * last space fits (a word longer than the row has one to itself): the same
 * rows, found by searching for spaces instead of splitting into words.
 */
function wrapSingleSpaced(line: string, columns: number): string {
  let out = '';
  let start = 0;
  while (line.length - start > columns) {
    let cut = line.lastIndexOf(' ', start + columns);
    if (cut < start) cut = line.indexOf(' ', start + columns);
    if (cut === -1) break;
    out += `${line.slice(start, cut)}\n`;
    start = cut + 1;
  }
  return out + line.slice(start);
}

/** wrap-ansi's hard cut for printable ASCII: a character is a cell. Property-tested against it. */
export function cutAsciiLine(line: string, columns: number): string {
  if (line.length <= columns) return line;
  const rows: string[] = [];
  for (let at = 0; at < line.length; at += columns) rows.push(line.slice(at, at + columns));
  return rows.join('\n');
}

export function cellWidth(text: string): number {
  return narrowText.test(text) ? text.length : textWidth(text);
}

/** Cuts text to the width, ending in '…'. */
export function truncate(text: string, width: number): string {
  if (!Number.isFinite(width) || cellWidth(text) <= width) return text;
  if (width < 1) return '';
  if (narrowText.test(text)) return `${text.slice(0, width - 1)}…`;
  // cli-truncate 5.2 can end a cell over the width when a wide character meets the cut.
  for (let columns = width; ; columns--) {
    const cut = unicodeWidths().cliTruncate(text, columns);
    if (columns <= 1 || cellWidth(cut) <= width) return cut;
  }
}

export function widestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(cellWidth));
}

/** Spaces at line ends (padding of an empty list item, say) are invisible but break comparisons and copying. */
export function trimLineEnds(text: string): string {
  // The expression is slow on long text; most text has no space before a line end at all.
  if (!/[ \t](?:\n|\u001b|$)/.test(text)) return text;
  // Colour codes may sit among the spaces (a styled blank under an indent): they stay, the spaces go.
  return text.replace(spacesAtLineEnd, (tail) => tail.replace(/[ \t]+/g, ''));
}

/** Spaces at a line's end, with any colour codes among them. */
const spacesAtLineEnd = new RegExp(`(?<![ \\t])[ \\t](?:[ \\t]|${sgrSource})*$`, 'gm');
