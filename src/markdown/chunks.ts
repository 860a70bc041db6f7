import type { Links, Token, Tokens } from 'marked';
import { marked } from '../libraries.ts';
import { closesFence, isFence, listMarkerWidth, runLength } from './block-starts.ts';
import { emphasisGuardedLexer } from './emphasis-guard.ts';
import { deepRuns } from './nesting.ts';

export interface ChunkSizes {
  /** The first piece is small so that a reader sees the start of a big file at once. */
  readonly first: number;
  readonly later: number;
}

/**
 * Small pieces keep little alive at a time: on a 10 MB document 16 KB pieces
 * peaked at 113 MB and took 1.05 s, 256 KB pieces 190 MB and 1.3 s.
 */
const defaultSizes: ChunkSizes = { first: 8 * 1024, later: 16 * 1024 };

const space = 0x20;

/** Raw HTML blocks that, unlike the others, may hold blank lines: <pre>, comments, and the like. */
const rawHtmlBlocks: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Cuts Markdown into pieces that the lexer reads alone exactly as it reads
 * them in the whole, so that a big document is lexed, rendered and written a
 * piece at a time. A cut goes after a blank line that is followed by a line in
 * the first column which cannot continue anything before it: not indented
 * (list item or code continuation), not a list marker (the same list, loose),
 * and not inside fenced code or a raw HTML block, which may hold blank lines.
 */
export function* markdownChunks(body: string, sizes: ChunkSizes = defaultSizes): Generator<string> {
  let start = 0;
  let target = sizes.first;
  /** The fence character and length of the fenced code block the line is in; 0 when none. */
  let fenceChar = 0;
  let fenceLength = 0;
  let rawHtmlEnd: RegExp | undefined;
  let previousBlank = false;
  let at = 0;
  while (at < body.length) {
    const newline = body.indexOf('\n', at);
    const end = newline === -1 ? body.length : newline + 1;
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(at, lineEnd);
    if (fenceLength === 0 && rawHtmlEnd === undefined) {
      if (previousBlank && at - start >= target && canStartChunk(body, at, lineEnd)) {
        yield body.slice(start, at);
        start = at;
        target = sizes.later;
      }
      const opening = fenceAt(body, at, lineEnd);
      if (opening !== -1) {
        fenceChar = body.charCodeAt(opening);
        fenceLength = runLength(body, opening, lineEnd, fenceChar);
      } else if (line.trimStart().startsWith('<')) {
        rawHtmlEnd = rawHtmlBlocks.find(([open]) => open.test(line))?.[1];
        if (rawHtmlEnd?.test(line.replace(/^ {0,3}<\S*/, ''))) rawHtmlEnd = undefined;
      }
    } else if (fenceLength > 0) {
      if (closesFenceLine(body, at, lineEnd, fenceChar, fenceLength)) fenceLength = 0;
    } else if (rawHtmlEnd?.test(line)) {
      rawHtmlEnd = undefined;
    }
    previousBlank = line.trim() === '';
    at = end;
  }
  if (start < body.length) yield body.slice(start);
}

/** Whether the line from `at` to `end` is in the first column and neither blank nor a list marker. */
function canStartChunk(body: string, at: number, end: number): boolean {
  return at < end && !/\s/.test(body[at] ?? '') && listMarkerWidth(body, at, end) === 0;
}

/**
 * The shared fence rules (block-starts.ts) read from the fence characters on: the nesting scan
 * finds them after measuring the indentation it needs anyway. The cutting scan reads lines
 * outside every container, where marked allows a fence up to three spaces in (no tab), so these
 * skip those spaces first.
 */
function skipFenceIndent(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && i - at < 3 && text.charCodeAt(i) === space) i++;
  return i;
}

/** Where the fence characters of a fence opening on the line from `at` to `end` start; -1 if it opens none. */
function fenceAt(text: string, at: number, end: number): number {
  const i = skipFenceIndent(text, at, end);
  return isFence(text, i, end, text.charCodeAt(i)) ? i : -1;
}

/** Whether the line from `at` to `end` closes a fence of `length` characters `code`. */
function closesFenceLine(
  text: string,
  at: number,
  end: number,
  code: number,
  length: number,
): boolean {
  return closesFence(text, skipFenceIndent(text, at, end), end, code, length);
}

/** A definition's label and colon, its target (maybe on the next line) and a title (maybe on the line after). */
const definitionAt = /\[[^\]\n]+\]:(?:[ \t]*\n)?.*(?:\n[ \t]*["'(].*)?/y;

/** Lines read before a definition to tell whether it continues a paragraph (then it is not one). */
const contextLines = 20;

export function findLinkDefinitions(body: string): Links {
  // A walk from '[' to '[' is ten times faster on big text than a multiline expression.
  const ranges: [number, number][] = [];
  for (let at = body.indexOf('['); at !== -1; at = body.indexOf('[', at + 1)) {
    let spaces = 0;
    while (spaces < 4 && body[at - spaces - 1] === ' ') spaces++;
    const lineStart = at - spaces;
    if (spaces > 3 || (lineStart > 0 && body[lineStart - 1] !== '\n')) continue;
    definitionAt.lastIndex = at;
    const definition = definitionAt.exec(body)?.[0];
    if (!definition) continue;
    // Read with the lines before it: a definition cannot interrupt a paragraph.
    const start = contextStart(body, lineStart);
    const end = at + definition.length;
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  if (ranges.length === 0) return {};
  const lexer = new (marked().Lexer)({ gfm: true });
  // Each run alone, so that a code block one opens does not run on into the next; blocks only, as
  // definitions are blocks.
  for (const [start, end] of ranges) lexer.blockTokens(body.slice(start, end), []);
  return { ...lexer.tokens.links };
}

/** Lines that may end a raw HTML block begun further up, one that may hold blank lines. */
const rawHtmlEnd = /<\/(?:script|pre|style|textarea)>|-->|\?>|\]\]>/i;

/**
 * Where to start reading a definition so that the lexer sees what it sees in
 * the whole text: at the start of its run of lines (after a blank line). A
 * fence line with an info string only ever opens code, so the run may start
 * there too (a definition in that code is code). Where the run holds a line
 * that may close a block begun further up (a bare fence, the end of a
 * <pre>), or goes back too far, the definition is read alone, as if it began
 * a block, so that no real one is lost.
 */
function contextStart(body: string, lineStart: number): number {
  let start = lineStart;
  for (let count = 0; start > 0; count++) {
    if (count === contextLines) return lineStart;
    const previous = body.lastIndexOf('\n', start - 2) + 1;
    const line = body.slice(previous, start - 1);
    if (line.trim() === '') return start;
    const fence = fenceAt(body, previous, start - 1);
    if (fence !== -1) {
      // Any run of three or more may close a fence: a line that may not only opens one.
      const mayClose = closesFence(body, fence, start - 1, body.charCodeAt(fence), 3);
      return mayClose ? lineStart : previous;
    }
    if (rawHtmlEnd.test(line)) return lineStart;
    start = previous;
  }
  return start;
}

/**
 * The body's block tokens, a piece at a time. The cutting scan cannot see
 * every HTML block that hides a fence line, so a piece whose last block is a
 * fence or raw HTML block left open (it ran to the cut instead of its end) is
 * read again together with the next piece.
 */
export function* lexInPieces(
  body: string,
  links: Links,
  sizes: ChunkSizes = defaultSizes,
): Generator<Token[]> {
  let pending = '';
  for (const chunk of markdownChunks(body, sizes)) {
    const text = pending + chunk;
    const tokens = lexBlocks(text, links);
    if (endsOpen(tokens)) {
      pending = text;
      continue;
    }
    pending = '';
    yield tokens;
  }
  if (pending) yield lexBlocks(pending, links);
}

/**
 * Deeper than this, a block is shown as its source: every later stage walks
 * tokens recursively, and a document nested thousands of levels deep (quotes,
 * lists, emphasis) would overflow the stack there or in marked itself.
 */
export const deepestNesting = 100;

/**
 * Block tokens of Markdown. Runs of lines nested too deeply are found in the
 * source and shown as it, never lexed: marked's cost grows with depth times
 * size (see nesting.ts). What the source scan cannot see (emphasis nested in
 * a line) is checked on the tokens.
 */
export function lexBlocks(markdown: string, links: Links): Token[] {
  const deep = deepRuns(markdown, deepestNesting);
  if (!deep) return lexShallow(markdown, links);
  const tokens: Token[] = [];
  let at = 0;
  for (const [start, end] of deep) {
    if (start > at)
      for (const token of lexShallow(markdown.slice(at, start), links)) tokens.push(token);
    tokens.push(asSource(markdown.slice(start, end)));
    at = end;
  }
  if (at < markdown.length)
    for (const token of lexShallow(markdown.slice(at), links)) tokens.push(token);
  return tokens;
}

function lexShallow(markdown: string, links: Links): Token[] {
  const lexer = new (emphasisGuardedLexer())({ gfm: true });
  Object.assign(lexer.tokens.links, links);
  let tokens: Token[];
  try {
    tokens = lexer.lex(markdown);
  } catch {
    // A stack overflow on deep nesting the scan cannot see, or a bug of marked's own (marked 18
    // throws a TypeError on "   > 10) x\n    > 10) x\n    x"): the text is shown as it is.
    return markdown.trim() ? [asSource(markdown)] : [];
  }
  return tokens.map((token) => (deeperThan(token, deepestNesting) ? asSource(token.raw) : token));
}

/** A block shown as the Markdown it was written in, as an indented code block. */
function asSource(raw: string): Token {
  return { type: 'code', raw, codeBlockStyle: 'indented', text: raw.replace(/\n+$/, '') };
}

/**
 * Whether a token's children go deeper than `levels`. The recursion stops at
 * that depth, so the check itself cannot overflow, and it allocates nothing:
 * it runs on every block of every document.
 */
function deeperThan(token: Token, levels: number): boolean {
  if (levels <= 0) return true;
  if ('tokens' in token && Array.isArray(token.tokens)) {
    for (const child of token.tokens) if (deeperThan(child, levels - 1)) return true;
  }
  if (token.type === 'list') {
    for (const item of (token as Tokens.List).items) if (deeperThan(item, levels - 1)) return true;
  }
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    for (const row of [table.header, ...table.rows]) {
      for (const cell of row)
        for (const child of cell.tokens) if (deeperThan(child, levels - 2)) return true;
    }
  }
  return false;
}

function endsOpen(tokens: readonly Token[]): boolean {
  const last = tokens.findLast((token) => token.type !== 'space');
  if (!last) return false;
  if (last.type === 'code') {
    // marked's fenced code is read as it is, white space and all: closed, it ends with its closing
    // line; left open, it runs to the end of the text, blank lines too, so its last line closes
    // nothing. A block shown as its source (asSource) may end in blank lines: its last other line.
    const indented = (last as Tokens.Code).codeBlockStyle === 'indented';
    const raw = indented ? last.raw.trimEnd() : last.raw;
    const firstEnd = raw.indexOf('\n');
    const firstLineEnd = firstEnd === -1 ? raw.length : firstEnd;
    const opening = fenceAt(raw, 0, firstLineEnd);
    if (opening === -1) return false;
    const lastStart = raw.lastIndexOf('\n') + 1;
    const code = raw.charCodeAt(opening);
    const length = runLength(raw, opening, firstLineEnd, code);
    return lastStart === 0 || !closesFenceLine(raw, lastStart, raw.length, code, length);
  }
  if (last.type === 'html') {
    const raw = last.raw.trimEnd();
    const end = rawHtmlBlocks.find(([open]) => open.test(raw))?.[1];
    return end !== undefined && !end.test(raw.replace(/^ {0,3}<\S*/, ''));
  }
  return false;
}
