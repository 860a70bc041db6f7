/**
 * Where a line starts a block (a fence, a list item, a quote, a heading, raw
 * HTML) and where a fence or raw HTML block ends, as marked reads them: the
 * one set of rules for the block scan (block-scan.ts), reading ahead for link
 * definitions (link-definitions.ts) and checking lexed chunks (lex.ts). Most
 * read a line in place, from `at` to its end, by character codes: they run on
 * every line of every document and allocate nothing.
 */

const space = 0x20;
const tab = 0x09;
const dash = 0x2d;
const plus = 0x2b;
const star = 0x2a;
const dot = 0x2e;
const parenthesis = 0x29;
const zero = 0x30;
const nine = 0x39;
const backtick = 0x60;
const tilde = 0x7e;
const quote = 0x3e; // >
const hash = 0x23;

/** The width of a list marker (`-`, `+`, `*`, `1.`, `1)`) at `at` followed by white space or the line end; 0 if none. */
export function listMarkerWidth(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  let width = 0;
  if (code === dash || code === plus || code === star) {
    width = 1;
  } else if (code >= zero && code <= nine) {
    let digits = 1;
    while (digits < 10 && at + digits < end) {
      const next = text.charCodeAt(at + digits);
      if (next < zero || next > nine) break;
      digits++;
    }
    const after = text.charCodeAt(at + digits);
    if (digits > 9 || (after !== dot && after !== parenthesis)) return 0;
    width = digits + 1;
  } else {
    return 0;
  }
  if (at + width === end) return width;
  const after = text.charCodeAt(at + width);
  return after === space || after === tab ? width : 0;
}

/** How many times the character `code` repeats from `at`, up to `end`. */
export function runLength(text: string, at: number, end: number, code: number): number {
  let count = 0;
  while (at + count < end && text.charCodeAt(at + count) === code) count++;
  return count;
}

/** A fence opening at `at` (whose character is `code`): three or more backticks (and no backtick after them) or tildes. */
export function isFence(text: string, at: number, end: number, code: number): boolean {
  if (code !== backtick && code !== tilde) return false;
  const count = runLength(text, at, end, code);
  if (count < 3) return false;
  return (
    code === tilde || text.indexOf('`', at + count) === -1 || text.indexOf('`', at + count) >= end
  );
}

/** A closing fence at `at` as marked reads it: the opening run or a longer one, then spaces only. */
export function closesFence(
  text: string,
  at: number,
  end: number,
  code: number,
  length: number,
): boolean {
  const count = runLength(text, at, end, code);
  if (count < length) return false;
  let i = at + count;
  while (i < end && text.charCodeAt(i) === space) i++;
  return i === end;
}

/**
 * Outside every container marked allows a fence up to three spaces in (no
 * tab): where the fence characters of a fence opening on the line from `at`
 * to `end` start, or -1 if it opens none.
 */
export function fenceAt(text: string, at: number, end: number): number {
  const i = skipFenceIndent(text, at, end);
  return isFence(text, i, end, text.charCodeAt(i)) ? i : -1;
}

/** Whether the line from `at` to `end`, outside every container, closes a fence of `length` characters `code`. */
export function closesFenceLine(
  text: string,
  at: number,
  end: number,
  code: number,
  length: number,
): boolean {
  return closesFence(text, skipFenceIndent(text, at, end), end, code, length);
}

function skipFenceIndent(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && i - at < 3 && text.charCodeAt(i) === space) i++;
  return i;
}

/**
 * Whether a `>`, a list marker, a code fence or a heading is at `at`: lines
 * that end a container they do not continue. In a list item marked takes any
 * line starting with three backticks for a fence (`loose`), in a quote only a
 * real one.
 */
export function startsBlock(text: string, at: number, end: number, loose: boolean): boolean {
  const code = text.charCodeAt(at);
  return (
    code === quote ||
    listMarkerWidth(text, at, end) > 0 ||
    startsFenceOrHeading(text, at, end, loose)
  );
}

/** A fence opening (or, `loose`, three fence characters) or an ATX heading (one to six `#` and a space or the line end). */
export function startsFenceOrHeading(
  text: string,
  at: number,
  end: number,
  loose: boolean,
): boolean {
  const code = text.charCodeAt(at);
  if (code !== hash) {
    return loose
      ? runLength(text, at, end, code) >= 3 && (code === backtick || code === tilde)
      : isFence(text, at, end, code);
  }
  const count = runLength(text, at, end, hash);
  const after = text.charCodeAt(at + count);
  return count <= 6 && (at + count === end || after === space || after === tab);
}

/** Raw HTML blocks that, unlike the others, may hold blank lines (<pre>, comments, and the like), and what ends each. */
const rawHtmlBlocks: readonly { readonly opens: RegExp; readonly ends: RegExp }[] = [
  {
    opens: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i,
    ends: /<\/(?:script|pre|style|textarea)>/i,
  },
  { opens: /^ {0,3}<!--/, ends: /-->/ },
  { opens: /^ {0,3}<\?/, ends: /\?>/ },
  { opens: /^ {0,3}<![A-Za-z]/, ends: />/ },
  { opens: /^ {0,3}<!\[CDATA\[/, ends: /\]\]>/ },
];

/**
 * What ends the raw HTML block that `text` (a line, or a block's source)
 * opens and does not end; undefined when it opens none or ends it.
 */
export function openRawHtmlEnd(text: string): RegExp | undefined {
  const ends = rawHtmlBlocks.find((block) => block.opens.test(text))?.ends;
  return ends?.test(text.replace(/^ {0,3}<\S*/, '')) ? undefined : ends;
}

/**
 * A line that may end a raw HTML block begun further up: any end but the
 * bare `>` of a declaration, which too many lines hold to tell anything.
 */
export const mayEndRawHtml = new RegExp(
  rawHtmlBlocks
    .map((block) => block.ends.source)
    .filter((source) => source !== '>')
    .join('|'),
  'i',
);
