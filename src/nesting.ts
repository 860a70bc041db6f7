/**
 * How deeply Markdown nests its blocks, read from the source before it is
 * lexed. marked lexes a quote or list item by lexing its content again, so a
 * document nested thousands of levels deep over many lines costs it memory
 * and time in proportion to depth times size (2,000 quote levels, one more
 * per line, took 4 GB): such lines must never reach it.
 *
 * The scan follows the containers (quotes and list items) as marked reads
 * them: a line continues a quote with its `>` and a list item by being
 * indented to its content, and new `>` and list markers open more. Where
 * marked nests deeper than CommonMark, the scan does too: a lazy line (one
 * that continues a paragraph without the markers or indentation) is read
 * again inside the containers as it is written, further right than their own
 * lines; tabs count from where marked cuts the markers off. Lines of a fenced
 * code block outside every container, and indented code, open nothing. A
 * property test checks the scan against marked's own nesting; no ordinary
 * document comes near the limit.
 *
 * The scan reads only the start of each line and allocates nothing unless it
 * finds a deep line: it runs on every line of every document (about 5 ms for
 * 10 MB).
 */

/** A run of lines, from its first character to the end of its last line (newline included). */
export type Run = readonly [start: number, end: number];

const space = 0x20;
const tab = 0x09;
const quote = 0x3e; // >
const dash = 0x2d;
const plus = 0x2b;
const star = 0x2a;
const dot = 0x2e;
const parenthesis = 0x29;
const zero = 0x30;
const nine = 0x39;
const backtick = 0x60;
const tilde = 0x7e;
const hash = 0x23;

/**
 * The containers open at the current line, outermost first: a list item as
 * its content column, a quote as -1 minus its content column. Reused by every
 * scan, so that a scan allocates nothing.
 */
let open = new Int32Array(128);
/** For each open quote, whether marked reads its later lines with their `>` left on (see below). */
let unstripped = new Uint8Array(128);

/**
 * Nesting short of the limit still costs marked a copy of each line per level
 * while it lexes the block: 2 MB of lines 99 levels deep took 1.4 s and
 * 310 MB, 20 MB would take 3 GB. Lines deeper than costlyDepth count their
 * length times their depth, and once a block (up to a line outside every
 * container) has cost costBudget, its deep lines are shown as source too:
 * about 1 MB at the limit, 10 MB at costlyDepth, far beyond any real document.
 */
const costlyDepth = 10;
const costBudget = 128 * 1024 * 1024;

function contentColumn(entry: number): number {
  return entry < 0 ? -1 - entry : entry;
}

/**
 * The runs of lines (separated by blank lines) that hold a line nested more
 * than `limit` levels deep, or a deep line past the cost budget, in order;
 * undefined when there is none, which is the case for any ordinary document.
 */
export function deepRuns(markdown: string, limit: number): Run[] | undefined {
  if (open.length < limit + 1) {
    open = new Int32Array(limit + 1);
    unstripped = new Uint8Array(limit + 1);
  }
  const capacity = limit + 1;
  const length = markdown.length;
  let depth = 0;
  let previousBlank = true;
  /** The text after the containers of the previous line is not a paragraph that a lazy line continues. */
  let previousNotParagraph = false;
  /** The containers the previous line was in: the last of them held its text. */
  let previousDepth = 0;
  /** The fence character and length of the fenced code block the line is in; 0 when none. */
  let fenceChar = 0;
  let fenceLength = 0;
  let runStart = 0;
  let runEnd = 0;
  let runDeep = false;
  /** What marked would copy to lex the deep lines of the block so far: their length times their depth. */
  let blockCost = 0;
  const runs: Run[] = [];

  for (let at = 0; at < length; ) {
    let end = markdown.indexOf('\n', at);
    if (end === -1) end = length;
    const next = end + 1;

    let i = at;
    let column = 0;
    /** Where tab stops count from: marked reads a quote's content with its `> ` cut off. */
    let origin = 0;
    while (i < end) {
      const code = markdown.charCodeAt(i);
      if (code === space) column++;
      else if (code === tab) column = tabStop(column, origin);
      else break;
      i++;
    }

    if (i === end) {
      if (runDeep) runs.push([runStart, runEnd]);
      runDeep = false;
      previousBlank = true;
      at = next;
      continue;
    }
    if (previousBlank) runStart = at;
    runEnd = Math.min(next, length);

    if (fenceLength > 0) {
      if (
        column <= 3 &&
        i - at === column &&
        closesFence(markdown, i, end, fenceChar, fenceLength)
      ) {
        fenceLength = 0;
      }
      previousBlank = false;
      previousNotParagraph = true;
      previousDepth = 0;
      at = next;
      continue;
    }

    // The containers this line continues: a quote by its `>`, a list item by indentation.
    let matched = 0;
    let base = 0;
    /** The content column of the container around the innermost one, for marked's fence test. */
    let parentBase = 0;
    let lazy = false;
    while (matched < depth) {
      const entry = open[matched] ?? 0;
      const content = contentColumn(entry);
      const asWritten = entry < 0 && unstripped[matched] === 1;
      if (
        !asWritten &&
        (entry >= 0 ? column >= content : markdown.charCodeAt(i) === quote && column - base <= 3)
      ) {
        if (entry < 0) {
          // This line's quote content starts after its `>` and one optional space.
          // marked cuts off this line's `>` (and the spaces before it) and one space or one column
          // of a tab after it: what is left lines up with the quote's content on its first line.
          const after = markdown.charCodeAt(i + 1);
          i++;
          column++;
          if (after === space) {
            i++;
            column = content;
            origin = content;
          } else {
            const markerEnd = column;
            while (i < end) {
              const code = markdown.charCodeAt(i);
              if (code === space) column++;
              else if (code === tab) column = tabStop(column, origin);
              else break;
              i++;
            }
            column = content + Math.max(0, column - markerEnd - (after === tab ? 1 : 0));
            origin = content;
          }
          parentBase = base;
          base = content;
          while (i < end) {
            const code = markdown.charCodeAt(i);
            if (code === space) column++;
            else if (code === tab) column = tabStop(column, origin);
            else break;
            i++;
          }
        } else {
          // marked cuts the item's indentation off: later tabs count from there.
          parentBase = base;
          base = content;
          origin = content;
        }
        matched++;
        continue;
      }
      // Not continued: after a blank line, or where a block starts that ends it, the container
      // closes (marked lets a list marker end an item up to three columns in, and no further
      // than one short of its content).
      const allowed = entry >= 0 ? Math.max(0, Math.min(3, content - base - 1)) : 3;
      // Nothing is lazy after a blank line, nor in a list item after code, a fence, a heading or
      // an empty item in it (marked looks at the line before as the item holds it, so only when
      // the item held nothing else: its quotes take lazy lines after anything).
      if (previousBlank || (entry >= 0 && previousNotParagraph && matched === previousDepth - 1)) {
        break;
      }
      const restated = asWritten && markdown.charCodeAt(i) === quote;
      if (!restated && column - base <= allowed && startsBlock(markdown, i, end, entry >= 0)) {
        break;
      }
      // Otherwise it is lazy text, which marked reads again inside the container as it is
      // written, not dedented: further right than the container's own lines. After lazy text in
      // a quote that holds a list, marked gives the list the quote's later lines as written,
      // `>` and all: those count as lazy too, their `>` opening a quote inside.
      if (entry < 0 && (open[matched + 1] ?? -1) >= 0 && matched + 1 < depth) {
        unstripped[matched] = 1;
      }
      column += content - base;
      origin += content - base;
      parentBase = base;
      base = content;
      lazy = true;
      matched++;
    }
    depth = matched;

    // New containers: `>` and list markers, unless indented as code.
    let overflow = 0;
    let opened = 0;
    let codeAfter = false;
    while (i < end && !(opened === 0 && column - base >= 4)) {
      const code = markdown.charCodeAt(i);
      let entry: number;
      if (code === quote) {
        const after = markdown.charCodeAt(i + 1);
        entry = -1 - (column + (after === space || after === tab ? 2 : 1));
        if (after === space) origin = column + 2;
        i++;
        column++;
      } else {
        const width = listMarkerWidth(markdown, i, end);
        if (width === 0) {
          // Only a fence outside every container is followed: marked collects a container's
          // lines before it reads their fences, so lines of those count as any other.
          if (depth === 0 && column < 4 && isFence(markdown, i, end, code)) {
            fenceChar = code;
            fenceLength = runLength(markdown, i, end, code);
          }
          break;
        }
        let j = i + width;
        let contentAt = column + width;
        while (j < end) {
          const next = markdown.charCodeAt(j);
          if (next === space) contentAt++;
          else if (next === tab) contentAt = tabStop(contentAt, origin);
          else break;
          j++;
        }
        // An item that starts empty, or with code (five or more columns past the marker), has its
        // content one column past the marker.
        codeAfter = j !== end && contentAt - column - width >= 5;
        entry = j === end || codeAfter ? column + width + 1 : contentAt;
        i += width;
        column += width;
      }
      opened++;
      if (depth < capacity) {
        unstripped[depth] = 0;
        open[depth++] = entry;
      } else {
        overflow++;
      }
      parentBase = base;
      base = contentColumn(entry);
      while (i < end) {
        const next = markdown.charCodeAt(i);
        if (next === space) column++;
        else if (next === tab) column = tabStop(column, origin);
        else break;
        i++;
      }
      // marked reads what follows a marker as a text of its own (after turning the tabs right
      // after a marker into spaces): tabs further on count from there.
      origin = base;
      if (codeAfter) break;
    }

    const lineDepth = depth + overflow;
    if (lineDepth === 0) blockCost = 0;
    else if (lineDepth > costlyDepth) blockCost += (end - at) * lineDepth;
    if (lineDepth > limit || (lineDepth > costlyDepth && blockCost > costBudget)) runDeep = true;
    // A lazy line continues a paragraph, whatever it looks like.
    // marked looks for a fence or a heading in a list item up to three columns in, and no further
    // than one short of the item's content.
    const innermost = open[depth - 1] ?? -1;
    const blockIndent = innermost >= 0 ? Math.max(0, Math.min(3, base - parentBase - 1)) : 3;
    previousNotParagraph =
      !lazy &&
      (i === end
        ? opened > 0
        : column - base >= 4 ||
          (column - base <= blockIndent && startsFenceOrHeading(markdown, i, end, true)));
    previousDepth = depth;
    previousBlank = false;
    at = next;
  }
  if (runDeep) runs.push([runStart, runEnd]);
  return runs.length > 0 ? runs : undefined;
}

/**
 * Whether a `>`, a list marker, a code fence or a heading is at `at`: lines
 * that end a container they do not continue. In a list item marked takes any
 * line starting with three backticks for a fence (`loose`), in a quote only a
 * real one.
 */
function startsBlock(text: string, at: number, end: number, loose: boolean): boolean {
  const code = text.charCodeAt(at);
  return (
    code === quote ||
    listMarkerWidth(text, at, end) > 0 ||
    startsFenceOrHeading(text, at, end, loose)
  );
}

/** The width of a list marker (`-`, `+`, `*`, `1.`, `1)`) at `at` followed by white space or the line end; 0 if none. */
function listMarkerWidth(text: string, at: number, end: number): number {
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

/** The column after a tab at `column`, with tab stops every four columns from `origin`. */
function tabStop(column: number, origin: number): number {
  return column + 4 - ((column - origin) % 4);
}

function runLength(text: string, at: number, end: number, code: number): number {
  let count = 0;
  while (at + count < end && text.charCodeAt(at + count) === code) count++;
  return count;
}

/** A fence opening (or, `loose`, three fence characters) or an ATX heading (one to six `#` and a space or the line end). */
function startsFenceOrHeading(text: string, at: number, end: number, loose: boolean): boolean {
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

/** A fence opening: three or more backticks (and no backtick after them) or tildes. */
function isFence(text: string, at: number, end: number, code: number): boolean {
  if (code !== backtick && code !== tilde) return false;
  const count = runLength(text, at, end, code);
  if (count < 3) return false;
  return (
    code === tilde || text.indexOf('`', at + count) === -1 || text.indexOf('`', at + count) >= end
  );
}

/** A closing fence as marked reads it: the opening run or a longer one, then spaces only. */
function closesFence(text: string, at: number, end: number, code: number, length: number): boolean {
  const count = runLength(text, at, end, code);
  if (count < length) return false;
  let i = at + count;
  while (i < end && text.charCodeAt(i) === space) i++;
  return i === end;
}
