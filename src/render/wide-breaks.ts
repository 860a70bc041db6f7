import { BreakPlaces, codePointsOf } from './break-places.ts';
import { escapeSequenceSource, stripEscapes } from './controls.ts';
import { codePointWidth, standaloneTextWidth, textWidth } from './text-width.ts';

/**
 * Chinese and Japanese are written without spaces, and wrap-ansi breaks lines
 * only at spaces: a paragraph of them never wrapped. UAX #14 lets a line break
 * between most wide characters (not before a closing bracket, a full stop or
 * a small kana, not after an opening bracket); css-line-break knows where
 * (break-places.ts).
 *
 * This finds the rows that wrap-ansi's greedy algorithm makes when those
 * places count as breaks of no width (breaks next to a wide character only:
 * everything else wraps as before), and puts a space at each place where such
 * a row ends. wrap-ansi (or softWrap, its copy), given the result, makes
 * exactly those rows (the space ends a row, where it is trimmed) and carries
 * colours and hyperlinks across them as it does across any row.
 */
export function markWideBreaks(line: string, columns: number): string {
  if (line.trim() === '' || line.includes('\t')) return line;
  const row = new RowBuilder();
  let out = '';
  const place: PlacePart = (part, first) => {
    if (first) {
      // As wrap-ansi decides for a whole word: the first part leads the rest onto a new row.
      if (row.length + part.width > columns && row.length > 0 && part.width > 0) row.next();
    } else if (part.width > 0) {
      const length = row.lengthIfTrimmed();
      if (length > 0 && length + part.width > columns) {
        row.trimStart();
        out += ' ';
        row.next();
      }
    }
    row.add(part);
    out += part.text;
  };
  for (const [index, word] of line.split(' ').entries()) {
    row.trimStart();
    if (index > 0) {
      out += ' ';
      row.addSpace();
    }
    placeWord(word, columns, row, place);
  }
  // wrap-ansi trims a row's start only when a word follows: a last row that
  // fits once trimmed gets an empty word (a space) to trim it, not overflow.
  if (row.length > columns && row.lengthIfTrimmed() < row.length) out += ' ';
  return out;
}

/** Puts a part of a word on the row, after a break if it does not fit; `first` for a word's first part. */
type PlacePart = (part: WordPart, first: boolean) => void;

/**
 * Places a word's parts, one between each two places where the line may break.
 * Parts that will fit on the row go as one: a word each of whose characters
 * is a cluster of its own has parts whose widths add up, and trimming the
 * row's start only narrows it, so parts within the room left on the row
 * never start a new one. Only at a row's end is a place to break looked for.
 */
function placeWord(word: string, columns: number, row: RowBuilder, place: PlacePart): void {
  const plain = stripEscapes(word);
  const total = standaloneTextWidth(plain);
  if (total < 0) {
    for (const [at, part] of wordParts(word, plain).entries()) place(part, at === 0);
    return;
  }
  if (row.length + total <= columns || !eastAsian.test(plain)) {
    place({ text: word, width: total }, true);
    return;
  }
  const { codePoints, offsets } = codePointsOf(plain);
  const widths = [0];
  for (const code of codePoints) widths.push((widths.at(-1) as number) + codePointWidth(code));
  const places = new BreakPlaces(plain, codePoints, offsets);
  const styled = new StyledOffsets(word);
  let start = 0;
  let styledStart = 0;
  let end = places.firstAfter(0);
  for (let first = true; ; first = false) {
    const styledEnd = end < codePoints.length ? styled.at(offsets[end] as number) : word.length;
    const width = (widths[end] as number) - (widths[start] as number);
    place({ text: word.slice(styledStart, styledEnd), width }, first);
    if (end >= codePoints.length) return;
    start = end;
    styledStart = styledEnd;
    const room = (widths[start] as number) + columns - row.lengthIfTrimmed();
    const fits = lastAtMost(widths, room, start);
    end =
      fits >= codePoints.length ? fits : (places.lastIn(start, fits) ?? places.firstAfter(fits));
  }
}

/** The last index from `start` on whose running width is at most `limit` (`start` if none is). */
function lastAtMost(widths: readonly number[], limit: number, start: number): number {
  let low = start;
  let high = widths.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((widths[middle] as number) <= limit) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Text in the scripts written without spaces between words that terminals
 * show wide, by Unicode block: Hangul Jamo; CJK radicals, punctuation (、。「」),
 * kana, Bopomofo and ideographs; Hangul syllables; CJK compatibility forms;
 * full-width forms; the ideographs beyond the BMP. Other text (curly quotes,
 * dashes, emoji) wraps at spaces as it always did, without loading the line
 * breaker. (Ranges, not script properties, which are slower to compile, and
 * most text beyond ASCII meets this test.)
 */
export const eastAsian =
  /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;

/** A part of a word between two places where the line may break. */
interface WordPart {
  readonly text: string;
  readonly width: number;
}

/**
 * The row wrap-ansi is building (trim on, word wrap on, hard off), kept in step
 * with its bookkeeping: it trims a row's start before each word until the row
 * has text, and counts a row's width as it appends.
 */
class RowBuilder {
  private text = '';
  length = 0;
  private trimmed = false;

  trimStart(): void {
    if (this.trimmed) return;
    const trimmed = this.text.trimStart();
    if (trimmed.length !== this.text.length) {
      this.text = trimmed;
      this.length = textWidth(trimmed);
    }
    if (trimmed.length > 0) this.trimmed = true;
  }

  /** The width wrap-ansi would see if a word started here: after trimming the row's start. */
  lengthIfTrimmed(): number {
    if (this.trimmed || !/^\s/.test(this.text)) return this.length;
    return textWidth(this.text.trimStart());
  }

  addSpace(): void {
    if (this.length === 0) return;
    this.text += ' ';
    this.length++;
  }

  add(part: WordPart): void {
    this.text += part.text;
    this.length += part.width;
  }

  next(): void {
    this.text = '';
    this.length = 0;
    this.trimmed = false;
  }
}

/** An escape sequence the text format writes (see controls.ts), at a given offset. */
const escapeAt = new RegExp(escapeSequenceSource, 'y');
/**
 * Codes that end a style or a hyperlink: they stay on the row that ends at a
 * break. Narrower on purpose than escapeSequenceSource: only closing SGR codes
 * and the OSC 8 that ends a hyperlink.
 */
const closingAt = /\u001b(?:\[(?:0|22|23|24|27|28|29|39|49|59)?m|\]8;;(?:\u001b\\|\u0007))/y;

/**
 * A word cut at every place where a line may break next to a wide character,
 * for words with characters that join others into clusters (whose parts'
 * widths need not add up to the word's).
 */
function wordParts(word: string, plain: string): WordPart[] {
  if (!eastAsian.test(plain)) return [{ text: word, width: textWidth(word) }];
  const { codePoints, offsets } = codePointsOf(plain);
  const places = new BreakPlaces(plain, codePoints, offsets);
  const styled = new StyledOffsets(word);
  const parts: WordPart[] = [];
  let start = 0;
  for (let end = places.firstAfter(0); ; end = places.firstAfter(end)) {
    const styledEnd = end < codePoints.length ? styled.at(offsets[end] as number) : word.length;
    const text = word.slice(start, styledEnd);
    parts.push({ text, width: textWidth(text) });
    if (end >= codePoints.length) return parts;
    start = styledEnd;
  }
}

/** The widest piece of a word (spaces not included) that no line break in it may split. */
export function widestPart(word: string): number {
  return Math.max(0, ...wordParts(word, stripEscapes(word)).map((part) => part.width));
}

/**
 * Plain-text offsets as offsets in the styled word, after any codes that
 * close a style there; asked in increasing order.
 */
class StyledOffsets {
  private styled = 0;
  private plain = 0;

  constructor(private readonly word: string) {}

  at(cut: number): number {
    while (this.plain < cut) {
      escapeAt.lastIndex = this.styled;
      const sequence = escapeAt.exec(this.word);
      if (sequence) this.styled += sequence[0].length;
      else {
        this.styled++;
        this.plain++;
      }
    }
    for (;;) {
      closingAt.lastIndex = this.styled;
      const closing = closingAt.exec(this.word);
      if (!closing) break;
      this.styled += closing[0].length;
    }
    return this.styled;
  }
}
