import { lineBreaker } from '../libraries.ts';
import { escapeSequenceSource, stripEscapes } from './controls.ts';
import { standaloneTextWidth, textWidth } from './text-width.ts';

/**
 * Chinese and Japanese are written without spaces, and wrap-ansi breaks lines
 * only at spaces: a paragraph of them never wrapped. UAX #14 lets a line break
 * between most wide characters (not before a closing bracket, a full stop or
 * a small kana, not after an opening bracket); css-line-break knows where.
 *
 * This finds the rows that wrap-ansi's greedy algorithm makes when those
 * places count as breaks of no width (breaks next to a wide character only:
 * everything else wraps as before), and puts a space at each place where such
 * a row ends. wrap-ansi, given the result, makes exactly those rows (the space
 * ends a row, where it is trimmed) and carries colours and hyperlinks across
 * them as it does across any row.
 */
export function markWideBreaks(line: string, columns: number): string {
  if (line.trim() === '' || line.includes('\t')) return line;
  const row = new RowBuilder();
  let out = '';
  for (const [index, word] of line.split(' ').entries()) {
    row.trimStart();
    if (index > 0) {
      out += ' ';
      row.addSpace();
    }
    for (const [at, part] of partsOnRow(word, row.length, columns).entries()) {
      if (at === 0) {
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
    }
  }
  // wrap-ansi trims a row's start only when a word follows: a last row that
  // fits once trimmed gets an empty word (a space) to trim it, not overflow.
  if (row.length > columns && row.lengthIfTrimmed() < row.length) out += ' ';
  return out;
}

/**
 * A word that fits on the row whole, each of its characters a cell or two of
 * its own, breaks nowhere in it (its parts' widths add up to its width, and
 * trimming the row's start can only narrow it): it is one part, and the line
 * breaker need not look for the places it could break.
 */
function partsOnRow(word: string, rowWidth: number, columns: number): WordPart[] {
  const width = standaloneTextWidth(word);
  if (width >= 0 && rowWidth + width <= columns) return [{ text: word, width }];
  return wordParts(word);
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

/** A word (no spaces) cut at the places where a line may break next to a wide character. */
function wordParts(word: string): WordPart[] {
  const plain = stripEscapes(word);
  const cuts = eastAsian.test(plain) ? styledOffsets(word, wideBreaks(plain)) : [];
  if (cuts.length === 0) return [{ text: word, width: textWidth(word) }];
  const result: WordPart[] = [];
  let start = 0;
  for (const cut of [...cuts, word.length]) {
    const text = word.slice(start, cut);
    result.push({ text, width: textWidth(text) });
    start = cut;
  }
  return result;
}

/** The widest piece of a word (spaces not included) that no line break in it may split. */
export function widestPart(word: string): number {
  return Math.max(0, ...wordParts(word).map((part) => part.width));
}

/** Offsets in the plain text where UAX #14 allows a break and a wide character stands on either side. */
function wideBreaks(plain: string): number[] {
  const breaker = lineBreaker().LineBreaker(plain, { lineBreak: 'strict', wordBreak: 'normal' });
  const cuts: number[] = [];
  // The breaks count code points; the cuts, UTF-16 units.
  let offset = 0;
  let codePoints = 0;
  for (let found = breaker.next(); !found.done; found = breaker.next()) {
    for (; codePoints < found.value.end; codePoints++)
      offset += (plain.codePointAt(offset) as number) > 0xffff ? 2 : 1;
    if (offset < plain.length && besideWide(plain, offset) && !numberMarkAt(plain, offset))
      cuts.push(offset);
  }
  return cuts;
}

const numberMark = /\[\d+\]/y;

/**
 * A bracketed number (a numbered link's `[3]`, a footnote mark) stays with the
 * word it follows, as it does after a word of Latin letters: UAX #14 would
 * let `東京[3]` break before the bracket.
 */
function numberMarkAt(plain: string, offset: number): boolean {
  numberMark.lastIndex = offset;
  return numberMark.test(plain);
}

function besideWide(plain: string, offset: number): boolean {
  const before = Array.from(plain.slice(Math.max(0, offset - 2), offset)).at(-1) ?? '';
  const after = String.fromCodePoint(plain.codePointAt(offset) ?? 0x20);
  return textWidth(before) === 2 || textWidth(after) === 2;
}

/** Plain-text offsets as offsets in the styled word, after any codes that close a style there. */
function styledOffsets(word: string, plainCuts: readonly number[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  let plain = 0;
  for (const cut of plainCuts) {
    while (plain < cut) {
      escapeAt.lastIndex = at;
      const sequence = escapeAt.exec(word);
      if (sequence) at += sequence[0].length;
      else {
        at++;
        plain++;
      }
    }
    for (;;) {
      closingAt.lastIndex = at;
      const closing = closingAt.exec(word);
      if (!closing) break;
      at += closing[0].length;
    }
    offsets.push(at);
  }
  return offsets;
}
