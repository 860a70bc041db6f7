import { unicodeWidths } from '../libraries.ts';
import { stripEscapes } from './controls.ts';

/**
 * string-width's width in terminal cells, without its cost per character.
 * string-width splits text into grapheme clusters with Intl.Segmenter and
 * tests each against the emoji expressions: in Chinese, Korean or emoji-rich
 * prose that was most of the time spent printing it (README, Performance).
 * Its width is the sum of its clusters' widths, so this finds the clusters
 * itself where it can: most characters never join a neighbour into a
 * cluster, and a string made only of such characters is one cluster each,
 * whose widths string-width gives once per character and this remembers.
 * Property-tested against string-width on arbitrary text.
 */
export function textWidth(text: string): number {
  let plain = text;
  if (text.includes('\u001b') || text.includes('\u009b')) {
    plain = stripEscapes(text);
    // Sequences the text format does not write, C1 controls among them: string-width's stripping decides.
    if (/[\u001b\u0080-\u009f]/.test(plain)) return libraryWidth(text);
  }
  return plainWidth(plain);
}

/**
 * The width of text (escape sequences aside) whose every character is a
 * grapheme cluster of its own, or -1 for other text.
 */
export function standaloneTextWidth(text: string): number {
  const plain = stripEscapes(text);
  if (plain.includes('\u001b') || plain.includes('\u009b')) return -1;
  return standaloneWidth(plain);
}

/** The width of a code point that always stands alone as a cluster, or -1 for one that may join others. */
export function codePointWidth(code: number): number {
  const cell = cellOf(code);
  return cell === joins ? -1 : cell - 1;
}

/** What `cells` holds for a character that may join a neighbour into one cluster. */
const joins = 255;
/**
 * For each code point: 0 until it is first met, then its width plus one if it
 * always stands alone as a cluster, else `joins`. Filled lazily; most of the
 * table is never touched.
 */
let cells: Uint8Array | undefined;

/** What `cells` holds for a code point, classified when first met. */
function cellOf(code: number): number {
  if (code >= 0x20 && code < 0x7f) return 2;
  cells ??= new Uint8Array(0x110000);
  let cell = cells[code] as number;
  if (cell === 0) {
    cell = classify(code);
    cells[code] = cell;
  }
  return cell;
}

/** The code point at a UTF-16 offset (a lone surrogate as itself). */
function codeAt(text: string, at: number): number {
  return text.codePointAt(at) as number;
}

/** The width of text whose characters all stand alone, or -1 if one may join another. */
function standaloneWidth(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; ) {
    const code = codeAt(text, at);
    at += code > 0xffff ? 2 : 1;
    const cell = cellOf(code);
    if (cell === joins) return -1;
    width += cell - 1;
  }
  return width;
}

/**
 * The width of any text without escape sequences. Between two characters
 * that stand alone a cluster always ends, so only the stretches around
 * characters that join (a combining accent and its letter, an emoji sequence,
 * a flag's two letters) are clusters to measure: string-width measures each
 * such stretch once, and its width is remembered.
 */
function plainWidth(text: string): number {
  let width = 0;
  let stretch = -1;
  let previous = 0;
  let previousCell = 2;
  for (let at = 0; at < text.length; ) {
    const code = codeAt(text, at);
    const cell = cellOf(code);
    if (stretch >= 0 && cell !== joins && previousCell !== joins) {
      width += stretchWidth(text.slice(stretch, at));
      stretch = -1;
    }
    if (stretch < 0) {
      if (cell === joins) {
        // The character before may be the start of the cluster: it is measured with the stretch.
        stretch = previous;
        if (at > 0) width -= previousCell - 1;
      } else width += cell - 1;
    }
    previous = at;
    previousCell = cell;
    at += code > 0xffff ? 2 : 1;
  }
  if (stretch >= 0) width += stretchWidth(text.slice(stretch));
  return width;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Whether a code point is always a grapheme cluster of its own, asked of the
 * segmenter string-width uses: by the rules of UAX #29, a character that
 * breaks from a letter on both sides and from itself joins nothing else that
 * also does (the exceptions, CR and LF, and lone surrogates, are not asked).
 */
function classify(code: number): number {
  if (code < 0xa0 || (code >= 0xd800 && code < 0xe000)) return joins;
  const character = String.fromCodePoint(code);
  segmenter ??= new Intl.Segmenter();
  const count = (text: string) => {
    let clusters = 0;
    for (const _ of segmenter?.segment(text) ?? []) clusters++;
    return clusters;
  };
  if (count(`a${character}a`) !== 3 || count(character + character) !== 2) return joins;
  const width = libraryWidth(character);
  return width <= 2 ? width + 1 : joins;
}

const stretchWidths = new Map<string, number>();

/** string-width's width of a stretch of clusters, remembered for short ones. */
function stretchWidth(stretch: string): number {
  if (stretch.length > 32) return libraryWidth(stretch);
  let width = stretchWidths.get(stretch);
  if (width === undefined) {
    if (stretchWidths.size > 20_000) stretchWidths.clear();
    width = libraryWidth(stretch);
    stretchWidths.set(stretch, width);
  }
  return width;
}

function libraryWidth(text: string): number {
  return unicodeWidths().stringWidth(text);
}
