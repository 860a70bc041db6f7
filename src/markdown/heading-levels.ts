import { BlockScan, deepestNesting, type LineWatcher } from './block-scan.ts';
import { isFence, runLength, startsFenceOrHeading } from './block-starts.ts';
import type { Containers } from './containers.ts';

const hash = 0x23; // #
const equals = 0x3d; // =
const dash = 0x2d; // -
const space = 0x20;
const lessThan = 0x3c; // <

/**
 * How many headings of each level (index 1 to 6) a document has outside
 * every container, fenced code and HTML block, found without lexing it:
 * ATX lines, and setext underlines under a paragraph. A reader shows the
 * start of a big document before it is parsed, and its section numbers hang
 * on the shallowest level of the whole (document.ts). Marked's rarer readings
 * (a paragraph that is really a table or a link definition) may be missed:
 * the full parse corrects what the numbers then got wrong.
 */
export function headingLevels(body: string): number[] {
  const watcher = new HeadingWatcher();
  const scan = new BlockScan(body, deepestNesting, undefined, watcher);
  while (scan.next());
  return watcher.levels;
}

class HeadingWatcher implements LineWatcher {
  readonly levels = [0, 0, 0, 0, 0, 0, 0];
  /** The lines so far of the block are a paragraph outside every container, which an underline makes a heading. */
  private paragraph = false;
  /** The block is HTML up to the next blank line. */
  private html = false;
  /** The block is a table from here to the next blank line. */
  private table = false;
  /** The last line has a `|`: a table's header, if a delimiter row follows. */
  private piped = false;
  /** The last line in a container was text that a lazy line continues. */
  private containerText = false;

  line(text: string, containers: Containers, lineEnd: number, startsBlock: boolean): void {
    if (startsBlock) {
      this.paragraph = false;
      this.html = false;
      this.table = false;
      this.containerText = false;
    }
    const { at, column, depth } = containers;
    if (this.html) return;
    if (depth > 0 && !this.outsideContainers(text, at, lineEnd)) {
      this.paragraph = false;
      return;
    }
    // Indented: more of a paragraph, or code.
    if (depth === 0 && column >= 4) return;
    const code = text.charCodeAt(at);
    if (code === hash && startsFenceOrHeading(text, at, lineEnd, false)) {
      this.count(runLength(text, at, lineEnd, hash));
      this.table = false;
    } else if (this.table) {
      // A row, up to a blank line or a heading.
    } else if (
      this.paragraph &&
      (code === equals || code === dash) &&
      underline(text, at, lineEnd)
    ) {
      this.count(code === equals ? 1 : 2);
    } else if (this.paragraph && this.piped && delimiterRow.test(text.slice(at, lineEnd))) {
      this.table = true;
    } else if (code !== lessThan || !this.startsHtml(text.slice(at, lineEnd))) {
      this.paragraph = !isFence(text, at, lineEnd, code) && !thematicBreak(text, at, lineEnd);
      this.piped = text.slice(at, lineEnd).includes('|');
    }
  }

  /**
   * Whether a line the container scan puts in a container (as lazy text) is
   * outside every one: nothing before its text (no `>`, no list marker),
   * after a container line that was no paragraph (a heading, a rule, a fence).
   * Container lines are told apart here too: whether a paragraph ends them.
   */
  private outsideContainers(text: string, at: number, lineEnd: number): boolean {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // (The scan gives a lazy line its container's column: the line's own is counted here.)
    if (at - lineStart < 2 && !this.containerText && text.slice(lineStart, at).trim() === '')
      return true;
    const content = text.slice(at, lineEnd);
    this.containerText =
      !thematicBreak(text, lineStart, lineEnd) &&
      !startsFenceOrHeading(text, at, lineEnd, true) &&
      !/^(?:[-=]+ *|[*_](?:[ \t]*[*_]){2,}[ \t]*)$/.test(content);
    return false;
  }

  /**
   * An HTML block starts at the line: one of block-level tags runs to the next
   * blank line, and so does a lone tag that does not follow a paragraph;
   * a comment or processing instruction closed on the line ends with it.
   */
  private startsHtml(line: string): boolean {
    if (/^<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/.test(line)) {
      this.paragraph = false;
      return true;
    }
    const blockTag = blockTagAt.exec(line);
    const loneTag = !this.paragraph && /^<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>\s*$/.test(line);
    if (!(blockTag && blockTags.has((blockTag[1] ?? '').toLowerCase())) && !loneTag) return false;
    this.html = true;
    this.paragraph = false;
    return true;
  }

  private count(level: number): void {
    this.levels[level] = (this.levels[level] ?? 0) + 1;
    this.paragraph = false;
  }
}

const delimiterRow = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const blockTagAt = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[\s>]|\/>|$)/;
/** The tags of CommonMark's HTML blocks of the sixth kind, which end at a blank line. */
const blockTags = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details ' +
    'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 ' +
    'head header hr html iframe legend li link main menu menuitem meta nav noframes ol optgroup ' +
    'option p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

/** A run of `=` or `-`, then spaces alone. */
function underline(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  let i = at + runLength(text, at, end, code);
  while (i < end && text.charCodeAt(i) === space) i++;
  return i === end;
}

/** Three or more `*`, `-` or `_`, spaces and tabs between. */
function thematicBreak(text: string, at: number, end: number): boolean {
  return /^([*\-_])(?:[ \t]*\1){2,}[ \t]*$/.test(text.slice(at, end));
}

/**
 * The shallowest heading level of a document's sections from its counts
 * (headingLevels); the first `#` heading is the title, no section, when
 * the title is taken from a heading. Undefined: no heading.
 */
export function shallowestLevel(
  levels: readonly number[],
  titleFromHeading: boolean,
): number | undefined {
  for (let level = 1; level <= 6; level++) {
    const count = (levels[level] ?? 0) - (level === 1 && titleFromHeading ? 1 : 0);
    if (count > 0) return level;
  }
  return undefined;
}

/**
 * Whether a line from `from` on may be a heading shallower than `level`, by
 * its look alone (it may be in code or a quote): when none may, the scan of
 * the whole (headingLevels) is not needed.
 */
export function maybeShallower(body: string, from: number, level: number): boolean {
  if (level <= 1) return false;
  const underlines = level > 2 ? '=+|-+' : '=+';
  const heading = new RegExp(`^ {0,3}(?:#{1,${level - 1}}(?:[ \\t]|$)|(?:${underlines}) *$)`, 'gm');
  heading.lastIndex = from;
  return heading.test(body);
}
