import { lineBreaker } from '../libraries.ts';
import { codePointWidth, textWidth } from './text-width.ts';

/** The code points of a text, and the offset (UTF-16) where each starts, the text's length last. */
export function codePointsOf(text: string): { codePoints: number[]; offsets: number[] } {
  const codePoints: number[] = [];
  const offsets: number[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at) as number;
    codePoints.push(code);
    offsets.push(at);
    at += code > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  return { codePoints, offsets };
}

/**
 * The places where a line may break inside a word of Chinese or Japanese:
 * UAX #14 (css-line-break, strict) allows a break there, a wide character
 * stands on either side, and no bracketed number follows.
 *
 * A row needs only the last such place before its end, so places are looked
 * up one at a time, not all found by walking the whole word: css-line-break
 * decides each place from its neighbours, and that walk over every character
 * of a paragraph was most of the time left in printing Chinese (README,
 * Performance). Its decision at a place depends on the text before it only
 * back to two ideographs in a row (css-line-break's rules look back across
 * spaces, numbers, regional indicators and combining marks only, and resolve
 * a combining mark's class from the character it follows), and on two
 * characters after it: it is asked about that stretch alone. A place with no
 * two ideographs shortly before it is decided with the whole word. A
 * property test holds the places to the whole word's, as css-line-break
 * finds them.
 */
export class BreakPlaces {
  private allowedInWord: Set<number> | undefined;

  /** `codePoints` of the text, and `offsets[k]`, where code point k starts in it (UTF-16). */
  constructor(
    private readonly text: string,
    private readonly codePoints: readonly number[],
    private readonly offsets: readonly number[],
  ) {}

  /** The last place in (start, end], if any. */
  lastIn(start: number, end: number): number | undefined {
    for (let place = Math.min(end, this.codePoints.length - 1); place > start; place--)
      if (this.isPlace(place)) return place;
    return undefined;
  }

  /** The first place after `start`, or the text's end (its number of code points). */
  firstAfter(start: number): number {
    for (let place = start + 1; place < this.codePoints.length; place++)
      if (this.isPlace(place)) return place;
    return this.codePoints.length;
  }

  /** Whether the line may break before code point `k` (0 < k < the number of code points). */
  isPlace(k: number): boolean {
    return (
      this.besideWide(k) && !numberMarkAt(this.text, this.offsets[k] as number) && this.allowed(k)
    );
  }

  private besideWide(k: number): boolean {
    return (
      widthOf(this.codePoints[k - 1] as number) === 2 || widthOf(this.codePoints[k] as number) === 2
    );
  }

  /** Whether css-line-break allows a break before code point `k`. */
  private allowed(k: number): boolean {
    const start = this.contextStart(k);
    if (start === undefined) {
      this.allowedInWord ??= allowedBreaks(this.text);
      return this.allowedInWord.has(k);
    }
    const stretch = this.codePoints.slice(start, Math.min(this.codePoints.length, k + 4));
    const { lineBreakAtIndex, BREAK_NOT_ALLOWED } = lineBreaker();
    return lineBreakAtIndex(stretch, k - start) !== BREAK_NOT_ALLOWED;
  }

  /** Where the text that decides a break before `k` starts: two ideographs in a row, or the word's start. */
  private contextStart(k: number): number | undefined {
    const limit = k - contextLimit;
    for (let start = k - 2; start >= 0; start--) {
      if (start < limit) return undefined;
      if (isIdeographic(this.codePoints[start] as number)) {
        if (isIdeographic(this.codePoints[start + 1] as number)) return start;
      }
    }
    return 0;
  }
}

/** A code point's width in cells, as string-width gives it for the code point alone. */
function widthOf(code: number): number {
  const width = codePointWidth(code);
  return width >= 0 ? width : textWidth(String.fromCodePoint(code));
}

/** How far back to look for two ideographs in a row before deciding with the whole word. */
const contextLimit = 64;

/** Code points before which css-line-break, walking the whole text, allows a break. */
function allowedBreaks(text: string): Set<number> {
  const allowed = new Set<number>();
  const breaker = lineBreaker().LineBreaker(text, { lineBreak: 'strict', wordBreak: 'normal' });
  for (let found = breaker.next(); !found.done; found = breaker.next())
    allowed.add(found.value.end);
  return allowed;
}

const ideographic = new Map<number, boolean>();

/** Whether css-line-break gives the code point the class of ideographs (ID) wherever it stands. */
function isIdeographic(code: number): boolean {
  let known = ideographic.get(code);
  if (known === undefined) {
    const { codePointsToCharacterClasses, classes } = lineBreaker();
    known = codePointsToCharacterClasses([code], 'strict')[1][0] === classes.ID;
    ideographic.set(code, known);
  }
  return known;
}

const numberMark = /\[\d+\]/y;

/**
 * A bracketed number (a numbered link's `[3]`, a footnote mark) stays with the
 * word it follows, as it does after a word of Latin letters: UAX #14 would
 * let `東京[3]` break before the bracket.
 */
function numberMarkAt(text: string, offset: number): boolean {
  numberMark.lastIndex = offset;
  return numberMark.test(text);
}
