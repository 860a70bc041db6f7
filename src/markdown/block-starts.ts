/**
 * Where a line starts a fence or a list item, and where a fence closes, as
 * marked reads them: one set of rules for the nesting scan (nesting.ts) and
 * the cutting scan (chunks.ts), which must agree with marked and each other.
 * Each reads a line in place, from `at` to its end, by character codes: they
 * run on every line of every document and allocate nothing.
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
