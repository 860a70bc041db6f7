/**
 * One reading of a document's block structure before it is lexed: fenced
 * code and raw HTML blocks outside every container, blank lines, and how
 * deeply quotes and list items nest (containers.ts). It gives the document's
 * blocks (runs of lines between blank lines) in order, each with its extent,
 * its depth and what it would cost marked, and, when asked, where the
 * document may be cut into chunks that lex alone as in the whole. Cutting
 * (chunks.ts) and guarding marked's worst cases (lex.ts) read it.
 *
 * Why depth matters: marked lexes a quote or list item by lexing its content
 * again, so a document nested thousands of levels deep over many lines costs
 * it memory and time in proportion to depth times size: such lines must
 * never reach it. No ordinary document comes near the limit.
 *
 * A scan allocates a few fields and two small arrays, nothing per line: it
 * runs on every line of every document.
 */

import {
  closesFenceLine,
  isFence,
  listMarkerWidth,
  openRawHtmlEnd,
  runLength,
} from './block-starts.ts';
import { Containers } from './containers.ts';

/**
 * Deeper than this, a block is shown as its source: every later stage walks
 * tokens recursively, and a document nested thousands of levels deep (quotes,
 * lists, emphasis) would overflow the stack there or in marked itself.
 */
export const deepestNesting = 100;

export interface ChunkSizes {
  /** The first chunk is small so that a reader sees the start of a big file at once. */
  readonly first: number;
  readonly later: number;
}

/**
 * Nesting short of the limit still costs marked a copy of each line per level
 * while it lexes the block, and that grows with the size of the block. Lines
 * deeper than costlyDepth count their length times their depth, and once a
 * block (up to a line outside every container) has cost costBudget, its deep
 * lines are shown as source too: far beyond any real document.
 */
const costlyDepth = 10;
const costBudget = 128 * 1024 * 1024;

const lessThan = 0x3c; // <

/** Told of each line outside fenced code and raw HTML blocks, its containers read (heading-levels.ts). */
export interface LineWatcher {
  line(text: string, containers: Containers, lineEnd: number, startsBlock: boolean): void;
}

export class BlockScan {
  // The block found by the last call of next().
  /** Its first character. */
  start = 0;
  /** The end of its last line, newline included. */
  end = 0;
  /** The most containers any of its lines is in. */
  depth = 0;
  /** What marked would copy to lex the deep lines of the block (up to a line outside every container) so far. */
  cost = 0;
  /** A line in it is nested past the limit, or past the cost budget. */
  deep = false;
  /** A chunk starts at this block (only when the scan was given chunk sizes). */
  startsChunk = false;

  private readonly containers: Containers;
  /** Where the next line starts. */
  private lineStart = 0;
  /** The fence character and length of the fenced code block outside every container the scan is in; 0 when none. */
  private fenceChar = 0;
  private fenceLength = 0;
  /** What ends the raw HTML block the scan is in, one that may hold blank lines. */
  private rawHtmlEnd: RegExp | undefined;
  /** Where the current chunk starts, and its size before a block may start another. */
  private chunkStart = 0;
  private chunkTarget: number;

  constructor(
    private readonly text: string,
    private readonly limit: number = deepestNesting,
    private readonly sizes?: ChunkSizes,
    private readonly watcher?: LineWatcher,
  ) {
    this.containers = new Containers(text, limit);
    this.chunkTarget = sizes?.first ?? 0;
  }

  /** Reads on to the end of the next block; false when there is none. */
  next(): boolean {
    const text = this.text;
    const containers = this.containers;
    let inBlock = false;
    while (this.lineStart < text.length) {
      const lineStart = this.lineStart;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      this.lineStart = lineEnd + 1;
      containers.startLine(lineStart, lineEnd);
      if (containers.at === lineEnd) {
        containers.previousBlank = true;
        if (inBlock) return true;
        continue;
      }
      const starts = !inBlock;
      if (starts) this.startBlock(lineStart, lineEnd);
      inBlock = true;
      this.end = Math.min(lineEnd + 1, text.length);
      this.readLine(lineStart, lineEnd, starts);
    }
    return inBlock;
  }

  /** A block starts at this line, after a blank line or at the start. */
  private startBlock(lineStart: number, lineEnd: number): void {
    this.start = lineStart;
    this.depth = 0;
    this.deep = false;
    this.startsChunk = this.sizes !== undefined && this.mayCut(lineStart, lineEnd);
    if (this.startsChunk) {
      this.chunkStart = lineStart;
      this.chunkTarget = this.sizes?.later ?? 0;
      // The chunk is lexed on its own: what its lines cost marked starts afresh.
      this.cost = 0;
    }
  }

  /**
   * A chunk may start at a line after a blank line that cannot continue
   * anything before it: in the first column (not indented as a list item's
   * continuation or code), not a list marker (the same list, loose), and not
   * inside fenced code or a raw HTML block, which may hold blank lines.
   */
  private mayCut(lineStart: number, lineEnd: number): boolean {
    return (
      lineStart > 0 &&
      lineStart - this.chunkStart >= this.chunkTarget &&
      this.fenceLength === 0 &&
      this.rawHtmlEnd === undefined &&
      !/\s/.test(this.text[lineStart] ?? '') &&
      listMarkerWidth(this.text, lineStart, lineEnd) === 0
    );
  }

  private readLine(lineStart: number, lineEnd: number, startsBlock: boolean): void {
    const containers = this.containers;
    if (this.fenceLength > 0) {
      if (closesFenceLine(this.text, lineStart, lineEnd, this.fenceChar, this.fenceLength))
        this.fenceLength = 0;
      containers.codeLine();
      return;
    }
    const first = this.text.charCodeAt(containers.at);
    containers.readLine();
    if (this.rawHtmlEnd === undefined) {
      this.watcher?.line(this.text, containers, lineEnd, startsBlock);
      this.followBlock(lineStart, lineEnd, first);
    } else if (this.rawHtmlEnd.test(this.text.slice(lineStart, lineEnd))) {
      this.rawHtmlEnd = undefined;
    }
    this.measure(lineStart, lineEnd);
    containers.rememberLine();
  }

  /**
   * A fence opening outside every container, or a raw HTML block that may
   * hold blank lines. Only fences outside containers are followed: marked
   * collects a container's lines before it reads their fences. Raw HTML is
   * looked for on any line that starts with `<` (`first`): it only keeps
   * chunks from being cut, and keeps fences from being followed.
   */
  private followBlock(lineStart: number, lineEnd: number, first: number): void {
    const { at, column, depth } = this.containers;
    const code = this.text.charCodeAt(at);
    if (depth === 0 && column < 4 && isFence(this.text, at, lineEnd, code)) {
      this.fenceChar = code;
      this.fenceLength = runLength(this.text, at, lineEnd, code);
    } else if (first === lessThan) {
      this.rawHtmlEnd = openRawHtmlEnd(this.text.slice(lineStart, lineEnd));
    }
  }

  /** Marks the block deep when the line is nested past the limit, or its block past the cost budget. */
  private measure(lineStart: number, lineEnd: number): void {
    const lineDepth = this.containers.lineDepth;
    if (lineDepth > this.depth) this.depth = lineDepth;
    if (lineDepth === 0) this.cost = 0;
    else if (lineDepth > costlyDepth) this.cost += (lineEnd - lineStart) * lineDepth;
    if (lineDepth > this.limit || (lineDepth > costlyDepth && this.cost > costBudget)) {
      this.deep = true;
    }
  }
}

/** A run of lines, from its first character to the end of its last line (newline included). */
export type Run = readonly [start: number, end: number];

/**
 * The blocks that hold a line nested more than `limit` levels deep, or a
 * deep line past the cost budget, in order; undefined when there is none,
 * which is the case for any ordinary document.
 */
export function deepRuns(markdown: string, limit: number = deepestNesting): Run[] | undefined {
  const scan = new BlockScan(markdown, limit);
  let runs: Run[] | undefined;
  while (scan.next()) {
    if (!scan.deep) continue;
    runs ??= [];
    runs.push([scan.start, scan.end]);
  }
  return runs;
}
