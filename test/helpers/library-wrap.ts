import { LineBreaker } from 'css-line-break';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { escapeSequenceSource, stripEscapes } from '../../src/render/controls.ts';

/**
 * wrapText as it was before it stopped calling wrap-ansi for text beyond
 * ASCII (src/render/wrap.ts and wide-breaks.ts at 46c11b0), kept as the
 * reference the faster wrapping is held to: the libraries alone (wrap-ansi,
 * string-width, css-line-break walking each whole word) decide the rows.
 */
export function libraryWrapText(text: string, columns: number): string {
  const breakable = eastAsian.test(text)
    ? normaliseText(text)
        .replaceAll('\r\n', '\n')
        .split('\n')
        .map((line) => markWideBreaks(line, columns, stringWidth))
        .join('\n')
    : text;
  return wrapAnsi(breakable, columns, { hard: false, trim: true, wordWrap: true });
}

function normaliseText(text: string): string {
  return text
    .split(escapeSequences)
    .map((part, index) => (index % 2 === 0 ? part.normalize() : part))
    .join('');
}

const escapeSequences = new RegExp(`(${escapeSequenceSource})`);

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
function markWideBreaks(line: string, columns: number, measureText: Measure): string {
  if (line.trim() === '' || line.includes('\t')) return line;
  const measure = remembered(measureText);
  const row = new RowBuilder(measure);
  let out = '';
  for (const [index, word] of line.split(' ').entries()) {
    row.trimStart();
    if (index > 0) {
      out += ' ';
      row.addSpace();
    }
    for (const [at, part] of wordParts(word, measure).entries()) {
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

/** Width in terminal cells of text that may hold escape sequences. */
type Measure = (text: string) => number;

const shortWidths = new Map<string, number>();

/**
 * Most parts are one character, measured again and again; string-width
 * segments and tests for emoji on every call, most of the time on Chinese text.
 */
function remembered(measure: Measure): Measure {
  return (text) => {
    if (text.length > 4) return measure(text);
    let width = shortWidths.get(text);
    if (width === undefined) {
      if (shortWidths.size > 20_000) shortWidths.clear();
      width = measure(text);
      shortWidths.set(text, width);
    }
    return width;
  };
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
const eastAsian =
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

  constructor(private readonly measure: Measure) {}

  trimStart(): void {
    if (this.trimmed) return;
    const trimmed = this.text.trimStart();
    if (trimmed.length !== this.text.length) {
      this.text = trimmed;
      this.length = this.measure(trimmed);
    }
    if (trimmed.length > 0) this.trimmed = true;
  }

  /** The width wrap-ansi would see if a word started here: after trimming the row's start. */
  lengthIfTrimmed(): number {
    if (this.trimmed || !/^\s/.test(this.text)) return this.length;
    return this.measure(this.text.trimStart());
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
function wordParts(word: string, measure: Measure): WordPart[] {
  const plain = stripEscapes(word);
  const cuts = eastAsian.test(plain) ? styledOffsets(word, wideBreaks(plain, measure)) : [];
  if (cuts.length === 0) return [{ text: word, width: measure(word) }];
  const result: WordPart[] = [];
  let start = 0;
  for (const cut of [...cuts, word.length]) {
    const text = word.slice(start, cut);
    result.push({ text, width: measure(text) });
    start = cut;
  }
  return result;
}

/** Offsets in the plain text where UAX #14 allows a break and a wide character stands on either side. */
function wideBreaks(plain: string, measure: Measure): number[] {
  const breaker = LineBreaker(plain, { lineBreak: 'strict', wordBreak: 'normal' });
  const cuts: number[] = [];
  let offset = 0;
  for (let found = breaker.next(); !found.done; found = breaker.next()) {
    offset += found.value.slice().length;
    if (offset < plain.length && besideWide(plain, offset, measure) && !numberMarkAt(plain, offset))
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

function besideWide(plain: string, offset: number, measure: Measure): boolean {
  const before = Array.from(plain.slice(Math.max(0, offset - 2), offset)).at(-1) ?? '';
  const after = String.fromCodePoint(plain.codePointAt(offset) ?? 0x20);
  return measure(before) === 2 || measure(after) === 2;
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
