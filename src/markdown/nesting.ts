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

import { closesFence, isFence, listMarkerWidth, runLength } from './block-starts.ts';

/** A run of lines, from its first character to the end of its last line (newline included). */
export type Run = readonly [start: number, end: number];

const space = 0x20;
const tab = 0x09;
const quote = 0x3e; // >
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
  return new NestingScan(markdown, limit).scan();
}

/**
 * One scan of a document, line by line. Its fields carry what one line tells
 * the next (the open containers live in `open` and `unstripped`); the cursor
 * fields describe the line being read. One object per scan, nothing per line.
 */
class NestingScan {
  // What the scan carries from line to line.
  private depth = 0;
  private previousBlank = true;
  /** The text after the containers of the previous line is not a paragraph that a lazy line continues. */
  private previousNotParagraph = false;
  /** The containers the previous line was in: the last of them held its text. */
  private previousDepth = 0;
  /** The fence character and length of the fenced code block the line is in; 0 when none. */
  private fenceChar = 0;
  private fenceLength = 0;
  private runStart = 0;
  private runEnd = 0;
  private runDeep = false;
  /** What marked would copy to lex the deep lines of the block so far: their length times their depth. */
  private blockCost = 0;
  private readonly runs: Run[] = [];

  // The line being read: where it starts and ends, and the cursor in it.
  private lineStart = 0;
  private lineEnd = 0;
  /** The cursor: its index in the text and its column. */
  private at = 0;
  private column = 0;
  /** Where tab stops count from: marked reads a quote's content with its `> ` cut off. */
  private origin = 0;
  /** The content column of the innermost container the cursor is in. */
  private base = 0;
  /** The content column of the container around the innermost one, for marked's fence test. */
  private parentBase = 0;
  /** The line is lazy text in one of the containers it continues. */
  private lazy = false;
  /** Containers opened on this line. */
  private opened = 0;
  /** Containers opened past the capacity of `open`: counted, not kept. */
  private overflow = 0;

  private readonly capacity: number;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {
    this.capacity = limit + 1;
  }

  /** Reads every line; returns the runs found. */
  scan(): Run[] | undefined {
    const text = this.text;
    for (let lineStart = 0; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const next = lineEnd + 1;
      this.lineStart = lineStart;
      this.lineEnd = lineEnd;
      this.at = lineStart;
      this.column = 0;
      this.origin = 0;
      this.base = 0;
      this.parentBase = 0;
      this.lazy = false;
      this.skipWhiteSpace();
      if (this.at === lineEnd) {
        this.closeRun();
        this.previousBlank = true;
      } else {
        if (this.previousBlank) this.runStart = lineStart;
        this.runEnd = Math.min(next, text.length);
        if (this.fenceLength > 0) {
          this.readFencedLine();
        } else {
          // Most lines are in no container: they skip the call (the scan runs on every line).
          if (this.depth > 0) this.continueContainers();
          this.openContainers();
          this.measureDepth();
          this.rememberLine();
        }
      }
      lineStart = next;
    }
    this.closeRun();
    return this.runs.length > 0 ? this.runs : undefined;
  }

  /** Ends the run of lines at a blank line (or the end), recording it when it holds a deep line. */
  private closeRun(): void {
    if (this.runDeep) this.runs.push([this.runStart, this.runEnd]);
    this.runDeep = false;
  }

  /** Moves the cursor past spaces and tabs. */
  private skipWhiteSpace(): void {
    const text = this.text;
    let at = this.at;
    let column = this.column;
    while (at < this.lineEnd) {
      const code = text.charCodeAt(at);
      if (code === space) column++;
      else if (code === tab) column = tabStop(column, this.origin);
      else break;
      at++;
    }
    this.at = at;
    this.column = column;
  }

  /** Moves into a container whose content starts at `content`. */
  private enter(content: number): void {
    this.parentBase = this.base;
    this.base = content;
  }

  /** A line of a fenced code block outside every container: it opens nothing, and may close the fence. */
  private readFencedLine(): void {
    if (
      this.column <= 3 &&
      this.at - this.lineStart === this.column &&
      closesFence(this.text, this.at, this.lineEnd, this.fenceChar, this.fenceLength)
    ) {
      this.fenceLength = 0;
    }
    this.previousBlank = false;
    this.previousNotParagraph = true;
    this.previousDepth = 0;
  }

  /** The containers this line continues: a quote by its `>`, a list item by indentation. */
  private continueContainers(): void {
    let matched = 0;
    while (matched < this.depth && this.continueContainer(matched)) matched++;
    this.depth = matched;
  }

  /** Continues the open container `matched` deep, by its marker, indentation or lazily; false when it closes. */
  private continueContainer(matched: number): boolean {
    const entry = open[matched] ?? 0;
    const content = contentColumn(entry);
    const asWritten = entry < 0 && unstripped[matched] === 1;
    if (
      !asWritten &&
      (entry >= 0
        ? this.column >= content
        : this.text.charCodeAt(this.at) === quote && this.column - this.base <= 3)
    ) {
      if (entry < 0) this.continueQuote(content);
      else this.continueListItem(content);
      return true;
    }
    if (this.closesBefore(matched, entry, content, asWritten)) return false;
    this.continueLazily(matched, entry, content);
    return true;
  }

  /**
   * This line's quote content starts after its `>` and one optional space.
   * marked cuts off this line's `>` (and the spaces before it) and one space or one column
   * of a tab after it: what is left lines up with the quote's content on its first line.
   */
  private continueQuote(content: number): void {
    const after = this.text.charCodeAt(this.at + 1);
    this.at++;
    this.column++;
    if (after === space) {
      this.at++;
      this.column = content;
      this.origin = content;
    } else {
      const markerEnd = this.column;
      this.skipWhiteSpace();
      this.column = content + Math.max(0, this.column - markerEnd - (after === tab ? 1 : 0));
      this.origin = content;
    }
    this.enter(content);
    this.skipWhiteSpace();
  }

  /** marked cuts the item's indentation off: later tabs count from there. */
  private continueListItem(content: number): void {
    this.enter(content);
    this.origin = content;
  }

  /**
   * Whether a container that this line does not continue closes before it:
   * after a blank line, or where a block starts that ends it (marked lets a list
   * marker end an item up to three columns in, and no further than one short of
   * its content).
   */
  private closesBefore(
    matched: number,
    entry: number,
    content: number,
    asWritten: boolean,
  ): boolean {
    const allowed = entry >= 0 ? Math.max(0, Math.min(3, content - this.base - 1)) : 3;
    // Nothing is lazy after a blank line, nor in a list item after code, a fence, a heading or
    // an empty item in it (marked looks at the line before as the item holds it, so only when
    // the item held nothing else: its quotes take lazy lines after anything).
    if (
      this.previousBlank ||
      (entry >= 0 && this.previousNotParagraph && matched === this.previousDepth - 1)
    ) {
      return true;
    }
    const restated = asWritten && this.text.charCodeAt(this.at) === quote;
    return (
      !restated &&
      this.column - this.base <= allowed &&
      startsBlock(this.text, this.at, this.lineEnd, entry >= 0)
    );
  }

  /**
   * Otherwise it is lazy text, which marked reads again inside the container as it is
   * written, not dedented: further right than the container's own lines. After lazy text in
   * a quote that holds a list, marked gives the list the quote's later lines as written,
   * `>` and all: those count as lazy too, their `>` opening a quote inside.
   */
  private continueLazily(matched: number, entry: number, content: number): void {
    if (entry < 0 && (open[matched + 1] ?? -1) >= 0 && matched + 1 < this.depth) {
      unstripped[matched] = 1;
    }
    this.column += content - this.base;
    this.origin += content - this.base;
    this.enter(content);
    this.lazy = true;
  }

  /** New containers: `>` and list markers, unless indented as code. */
  private openContainers(): void {
    this.opened = 0;
    this.overflow = 0;
    while (this.at < this.lineEnd && !(this.opened === 0 && this.column - this.base >= 4)) {
      const code = this.text.charCodeAt(this.at);
      if (code === quote) {
        this.openQuote();
        continue;
      }
      const width = listMarkerWidth(this.text, this.at, this.lineEnd);
      if (width === 0) {
        this.followFence(code);
        break;
      }
      if (!this.openListItem(width)) break;
    }
  }

  /** Opens a quote at its `>`. */
  private openQuote(): void {
    const after = this.text.charCodeAt(this.at + 1);
    const entry = -1 - (this.column + (after === space || after === tab ? 2 : 1));
    if (after === space) this.origin = this.column + 2;
    this.at++;
    this.column++;
    this.skipWhiteSpace();
    this.enterOpened(entry);
  }

  /** Opens a list item at its marker, `width` wide; false when code follows the marker. */
  private openListItem(width: number): boolean {
    const markerColumn = this.column;
    this.at += width;
    this.column += width;
    this.skipWhiteSpace();
    const empty = this.at === this.lineEnd;
    // An item that starts empty, or with code (five or more columns past the marker), has its
    // content one column past the marker.
    const codeAfter = !empty && this.column - markerColumn - width >= 5;
    this.enterOpened(empty || codeAfter ? markerColumn + width + 1 : this.column);
    return !codeAfter;
  }

  /** Keeps a container opened on this line (past the capacity of `open`, only counts it) and moves into it. */
  private enterOpened(entry: number): void {
    this.opened++;
    if (this.depth < this.capacity) {
      unstripped[this.depth] = 0;
      open[this.depth++] = entry;
    } else {
      this.overflow++;
    }
    this.enter(contentColumn(entry));
    // marked reads what follows a marker as a text of its own (after turning the tabs right
    // after a marker into spaces): tabs further on count from there.
    this.origin = this.base;
  }

  /**
   * Only a fence outside every container is followed: marked collects a container's
   * lines before it reads their fences, so lines of those count as any other.
   */
  private followFence(code: number): void {
    if (this.depth === 0 && this.column < 4 && isFence(this.text, this.at, this.lineEnd, code)) {
      this.fenceChar = code;
      this.fenceLength = runLength(this.text, this.at, this.lineEnd, code);
    }
  }

  /** Marks the run deep when the line is nested past the limit, or its block past the cost budget. */
  private measureDepth(): void {
    const lineDepth = this.depth + this.overflow;
    if (lineDepth === 0) this.blockCost = 0;
    else if (lineDepth > costlyDepth) this.blockCost += (this.lineEnd - this.lineStart) * lineDepth;
    if (lineDepth > this.limit || (lineDepth > costlyDepth && this.blockCost > costBudget)) {
      this.runDeep = true;
    }
  }

  /** What the next line needs to know of this one. */
  private rememberLine(): void {
    // A lazy line continues a paragraph, whatever it looks like.
    // marked looks for a fence or a heading in a list item up to three columns in, and no further
    // than one short of the item's content.
    const innermost = open[this.depth - 1] ?? -1;
    const blockIndent =
      innermost >= 0 ? Math.max(0, Math.min(3, this.base - this.parentBase - 1)) : 3;
    const indent = this.column - this.base;
    this.previousNotParagraph =
      !this.lazy &&
      (this.at === this.lineEnd
        ? this.opened > 0
        : indent >= 4 ||
          (indent <= blockIndent && startsFenceOrHeading(this.text, this.at, this.lineEnd, true)));
    this.previousDepth = this.depth;
    this.previousBlank = false;
  }
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

/** The column after a tab at `column`, with tab stops every four columns from `origin`. */
function tabStop(column: number, origin: number): number {
  return column + 4 - ((column - origin) % 4);
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
