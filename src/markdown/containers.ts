/**
 * The containers (quotes and list items) a line is in, as marked reads them:
 * a line continues a quote with its `>` and a list item by being indented to
 * its content, and new `>` and list markers open more. Where marked nests
 * deeper than CommonMark, this does too: a lazy line (one that continues a
 * paragraph without the markers or indentation) is read again inside the
 * containers as it is written, further right than their own lines; tabs
 * count from where marked cuts the markers off. The block scan
 * (block-scan.ts) reads each line through one of these; a property test
 * checks the depth against marked's own nesting.
 *
 * It reads only the start of each line and allocates nothing per line: its
 * fields carry what one line tells the next, and the cursor fields describe
 * the line being read.
 */

import { listMarkerWidth, startsBlock, startsFenceOrHeading } from './block-starts.ts';

const space = 0x20;
const tab = 0x09;
const quote = 0x3e; // >

export class Containers {
  /**
   * The containers open at the current line, outermost first: a list item as
   * its content column, a quote as -1 minus its content column.
   */
  private readonly open: Int32Array;
  /** For each open quote, whether marked reads its later lines with their `>` left on (see continueLazily). */
  private readonly unstripped: Uint8Array;
  /** Past this many, containers are counted, not kept. */
  private readonly capacity: number;

  // What is carried from line to line.
  /** How many containers are open (and kept). */
  depth = 0;
  previousBlank = true;
  /** The text after the containers of the previous line is not a paragraph that a lazy line continues. */
  private previousNotParagraph = false;
  /** The containers the previous line was in: the last of them held its text. */
  private previousDepth = 0;

  // The line being read: where it ends, and the cursor in it.
  private lineEnd = 0;
  /** The cursor: its index in the text and its column. */
  at = 0;
  column = 0;
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
  /** Containers opened past the capacity: counted, not kept. */
  private overflow = 0;

  constructor(
    private readonly text: string,
    limit: number,
  ) {
    this.capacity = limit + 1;
    this.open = new Int32Array(this.capacity);
    this.unstripped = new Uint8Array(this.capacity);
  }

  /** How many containers the line is in, those past the capacity included. */
  get lineDepth(): number {
    return this.depth + this.overflow;
  }

  /** Puts the cursor on the first character that is not white space of the line from `start` to `end`. */
  startLine(start: number, end: number): void {
    this.lineEnd = end;
    this.at = start;
    this.column = 0;
    this.origin = 0;
    this.base = 0;
    this.parentBase = 0;
    this.lazy = false;
    this.opened = 0;
    this.overflow = 0;
    this.skipWhiteSpace();
  }

  /** Reads the containers the line continues and those it opens; the cursor ends on its content. */
  readLine(): void {
    // Most lines are in no container: they skip the call (the scan runs on every line).
    if (this.depth > 0) this.continueContainers();
    this.openContainers();
  }

  /** A line of a fenced code block outside every container: it opens nothing. */
  codeLine(): void {
    this.previousBlank = false;
    this.previousNotParagraph = true;
    this.previousDepth = 0;
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

  /** The containers this line continues: a quote by its `>`, a list item by indentation. */
  private continueContainers(): void {
    let matched = 0;
    while (matched < this.depth && this.continueContainer(matched)) matched++;
    this.depth = matched;
  }

  /** Continues the open container `matched` deep, by its marker, indentation or lazily; false when it closes. */
  private continueContainer(matched: number): boolean {
    const entry = this.open[matched] ?? 0;
    const content = contentColumn(entry);
    const asWritten = entry < 0 && this.unstripped[matched] === 1;
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
    } else {
      const markerEnd = this.column;
      this.skipWhiteSpace();
      this.column = content + Math.max(0, this.column - markerEnd - (after === tab ? 1 : 0));
    }
    this.origin = content;
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
    if (entry < 0 && (this.open[matched + 1] ?? -1) >= 0 && matched + 1 < this.depth) {
      this.unstripped[matched] = 1;
    }
    this.column += content - this.base;
    this.origin += content - this.base;
    this.enter(content);
    this.lazy = true;
  }

  /** New containers: `>` and list markers, unless indented as code. */
  private openContainers(): void {
    while (this.at < this.lineEnd && !(this.opened === 0 && this.column - this.base >= 4)) {
      if (this.text.charCodeAt(this.at) === quote) {
        this.openQuote();
        continue;
      }
      const width = listMarkerWidth(this.text, this.at, this.lineEnd);
      if (width === 0 || !this.openListItem(width)) break;
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

  /** Keeps a container opened on this line (past the capacity, only counts it) and moves into it. */
  private enterOpened(entry: number): void {
    this.opened++;
    if (this.depth < this.capacity) {
      this.unstripped[this.depth] = 0;
      this.open[this.depth++] = entry;
    } else {
      this.overflow++;
    }
    this.enter(contentColumn(entry));
    // marked reads what follows a marker as a text of its own (after turning the tabs right
    // after a marker into spaces): tabs further on count from there.
    this.origin = this.base;
  }

  /** What the next line needs to know of this one. */
  rememberLine(): void {
    // A lazy line continues a paragraph, whatever it looks like.
    // marked looks for a fence or a heading in a list item up to three columns in, and no further
    // than one short of the item's content.
    const innermost = this.open[this.depth - 1] ?? -1;
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

function contentColumn(entry: number): number {
  return entry < 0 ? -1 - entry : entry;
}

/** The column after a tab at `column`, with tab stops every four columns from `origin`. */
function tabStop(column: number, origin: number): number {
  return column + 4 - ((column - origin) % 4);
}
