import type { Links, Token, Tokens } from 'marked';
import { type ChunkSizes, deepestNesting, deepRuns, type Run } from './block-scan.ts';
import { closesFenceLine, fenceAt, openRawHtmlEnd, runLength } from './block-starts.ts';
import { type Chunk, defaultSizes, scanChunks } from './chunks.ts';
import { emphasisGuardedLexer } from './emphasis-guard.ts';
import { lexerOptions } from './footnotes.ts';

/**
 * The body's block tokens, a batch per chunk (chunks.ts). The block scan
 * cannot see every HTML block that hides a fence line, so a chunk whose last
 * block is a fence or raw HTML block left open (it ran to the cut instead of
 * its end) is read again together with the next chunk.
 */
export function lexInChunks(
  body: string,
  links: Links,
  sizes: ChunkSizes = defaultSizes,
): Generator<Token[]> {
  return lexChunks(scanChunks(body, sizes), links);
}

/** The block tokens of chunks however they were cut (from a body, or from a file's pieces), a batch per chunk. */
export function* lexChunks(chunks: Iterable<Chunk>, links: Links): Generator<Token[]> {
  let pending = '';
  for (const chunk of chunks) {
    const text = pending + chunk.text;
    // Read again with what came before, the chunk is scanned again with it too.
    const tokens = pending ? lexBlocks(text, links) : lexBlocks(text, links, chunk.deep);
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
 * Block tokens of Markdown. Runs of lines nested too deeply (`deep`, found by
 * the block scan unless given) are shown as their source, never lexed:
 * marked's cost grows with depth times size (see block-scan.ts). What the
 * source scan cannot see (emphasis nested in a line) is checked on the tokens.
 */
export function lexBlocks(
  markdown: string,
  links: Links,
  deep: readonly Run[] | undefined = deepRuns(markdown, deepestNesting),
): Token[] {
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
  const lexer = new (emphasisGuardedLexer())(lexerOptions());
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

/** Whether the last block is fenced code or a raw HTML block that ran to the end of the text, unclosed. */
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
  return last.type === 'html' && openRawHtmlEnd(last.raw.trimEnd()) !== undefined;
}
