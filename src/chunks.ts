import type { Links, Token, Tokens } from 'marked';
import { emphasisGuardedLexer } from './emphasis-guard.ts';
import { marked } from './lazy.ts';
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

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const listStart = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
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
  let fence: string | undefined;
  let rawHtmlEnd: RegExp | undefined;
  let previousBlank = false;
  let at = 0;
  while (at < body.length) {
    const newline = body.indexOf('\n', at);
    const end = newline === -1 ? body.length : newline + 1;
    const line = body.slice(at, newline === -1 ? body.length : newline);
    if (fence === undefined && rawHtmlEnd === undefined) {
      if (previousBlank && at - start >= target && canStartChunk(line)) {
        yield body.slice(start, at);
        start = at;
        target = sizes.later;
      }
      const opening = fenceOpen.exec(line);
      if (opening?.[1] && !(opening[1][0] === '`' && line.slice(opening[0].length).includes('`'))) {
        fence = opening[1];
      } else if (line.trimStart().startsWith('<')) {
        rawHtmlEnd = rawHtmlBlocks.find(([open]) => open.test(line))?.[1];
        if (rawHtmlEnd?.test(line.replace(/^ {0,3}<\S*/, ''))) rawHtmlEnd = undefined;
      }
    } else if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (rawHtmlEnd?.test(line)) {
      rawHtmlEnd = undefined;
    }
    previousBlank = line.trim() === '';
    at = end;
  }
  if (start < body.length) yield body.slice(start);
}

function canStartChunk(line: string): boolean {
  return line !== '' && !/^\s/.test(line) && !listStart.test(line);
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.replace(/^ {0,3}/, '');
  const marker = fence[0] ?? '`';
  let count = 0;
  while (trimmed[count] === marker) count++;
  return count >= fence.length && trimmed.slice(count).trim() === '';
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
    const fence = fenceOpen.exec(line);
    if (fence) return line.slice(fence[0].length).trim() ? previous : lineStart;
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
  const raw = last.raw.trimEnd();
  if (last.type === 'code') {
    const opening = fenceOpen.exec(raw);
    if (!opening?.[1]) return false;
    const lines = raw.split('\n');
    return lines.length === 1 || !closesFence(lines[lines.length - 1] ?? '', opening[1]);
  }
  if (last.type === 'html') {
    const end = rawHtmlBlocks.find(([open]) => open.test(raw))?.[1];
    return end !== undefined && !end.test(raw.replace(/^ {0,3}<\S*/, ''));
  }
  return false;
}
