import type { Links } from 'marked';
import { closesFence, fenceAt, mayEndRawHtml } from './block-starts.ts';
import { cutPoints } from './chunks.ts';
import { emphasisGuardedLexer } from './emphasis-guard.ts';
import {
  definitionEnd,
  definitionLabelAt,
  type FootnoteDefinition,
  type FootnoteDefinitions,
  footnoteKey,
  lexerOptions,
} from './footnotes.ts';

/** A definition's label and colon, its target (maybe on the next line) and a title (maybe on the line after). */
const definitionAt = /\[[^\]\n]+\]:(?:[ \t]*\n)?.*(?:\n[ \t]*["'(].*)?/y;

/** Lines read before a definition to tell whether it continues a paragraph (then it is not one). */
const contextLines = 20;

/** What a whole body defines for every chunk of it: link reference definitions and footnotes. */
export interface Definitions {
  readonly links: Links;
  readonly footnotes: FootnoteDefinitions;
}

/** The link reference definitions of a whole body (findDefinitions). */
export function findLinkDefinitions(body: string): Links {
  return findDefinitions(body).links;
}

/**
 * The link reference definitions and footnote definitions of a whole body,
 * as marked finds them: the chunks are lexed alone, and each needs every
 * definition. Only the lines around each `[` that may start one are lexed.
 */
export function findDefinitions(body: string): Definitions {
  const ranges = definitionRanges(body);
  if (ranges.length === 0) return { links: {}, footnotes: {} };
  const lexer = definitionLexer();
  const notes = blockDefinitions(lexer, body, ranges);
  // The spans of notes, once every link definition is known (a note may use one defined after it).
  if (notes.length > 0) lexNoteSpans(lexer);
  const links = { ...lexer.tokens.links };
  return { links, footnotes: firstOfEach(notes) };
}

type DefinitionLexer = InstanceType<ReturnType<typeof emphasisGuardedLexer>>;

function definitionLexer(): DefinitionLexer {
  return new (emphasisGuardedLexer())(lexerOptions());
}

/** The notes of the ranges, lexed as blocks; their link definitions go to the lexer's links. */
function blockDefinitions(
  lexer: DefinitionLexer,
  body: string,
  ranges: readonly [number, number][],
): FootnoteDefinition[] {
  // Each run alone, so that a code block one opens does not run on into the next; blocks only, as
  // definitions are blocks.
  const notes: FootnoteDefinition[] = [];
  for (const [start, end] of ranges) {
    for (const token of lexer.blockTokens(body.slice(start, end), []))
      if (token.type === 'footnoteDefinition') notes.push(token as FootnoteDefinition);
  }
  return notes;
}

function lexNoteSpans(lexer: DefinitionLexer): void {
  for (const { src, tokens } of lexer.inlineQueue) lexer.inlineTokens(src, tokens);
}

/**
 * findDefinitions for a body read a chunk at a time (chunks.ts), never held
 * whole: each chunk is read as the whole is, and what it defines is kept as
 * copies, so that no chunk stays in memory for a definition's sake. Notes
 * are kept as their source and lexed at the end, when every link is known.
 */
export class DefinitionsInChunks {
  private readonly links: Links = {};
  /** The source of the first note of each label, in order. */
  private readonly notes = new Map<string, string>();

  add(chunk: string): void {
    const ranges = definitionRanges(chunk);
    if (ranges.length === 0) return;
    const lexer = definitionLexer();
    for (const note of blockDefinitions(lexer, chunk, ranges)) {
      const key = footnoteKey(note.label);
      if (!this.notes.has(key)) this.notes.set(copy(key), copy(note.raw));
    }
    for (const [label, { href, title }] of Object.entries(lexer.tokens.links)) {
      if (!Object.hasOwn(this.links, label))
        this.links[copy(label)] = { href: copy(href), title: title && copy(title) };
    }
  }

  finish(): Definitions {
    if (this.notes.size === 0) return { links: this.links, footnotes: {} };
    const lexer = definitionLexer();
    Object.assign(lexer.tokens.links, this.links);
    // Each note alone: lexed so, its source gives the token it gave where it stood.
    const notes = [...this.notes.values()].flatMap((raw) =>
      blockDefinitions(lexer, raw, [[0, raw.length]]),
    );
    lexNoteSpans(lexer);
    return { links: this.links, footnotes: firstOfEach(notes) };
  }
}

/**
 * A string of its own: a part of a chunk cut with slice() keeps the whole
 * chunk alive; one built anew does not.
 */
function copy(text: string): string {
  return text.length < 16 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Runs of lines around each line that may start a definition, in order, apart from each other. */
function definitionRanges(body: string): [number, number][] {
  // A walk from '[' to '[' is ten times faster on big text than a multiline expression.
  const ranges: [number, number][] = [];
  let cuts: number[] | undefined;
  for (let at = body.indexOf('['); at !== -1; at = body.indexOf('[', at + 1)) {
    let spaces = 0;
    while (spaces < 4 && body[at - spaces - 1] === ' ') spaces++;
    const lineStart = at - spaces;
    if (spaces > 3 || (lineStart > 0 && body[lineStart - 1] !== '\n')) continue;
    definitionAt.lastIndex = at;
    const definition = definitionAt.exec(body)?.[0];
    if (!definition) continue;
    const footnote = body[at + 1] === '^' && definitionLabelAt(body, lineStart) !== undefined;
    if (footnote) {
      // A note's text is kept, so it is read from the last place the body may be cut, where
      // lexing starts as in the whole: a definition in code or raw HTML is then none, and
      // cannot hide a later one of its label. It goes on over its indented lines.
      cuts ??= cutPoints(body);
      const end = withUnderline(body, definitionEnd(body, lineStart));
      addRange(ranges, cuts[lastAtOrBefore(cuts, lineStart)] ?? 0, end);
    } else {
      // Read with the lines before it: a definition cannot interrupt a paragraph.
      addRange(ranges, contextStart(body, lineStart), at + definition.length);
    }
  }
  return ranges;
}

/** A setext underline right after. */
const underline = /^ {0,3}(?:=+|-+)[ \t]*(?:\n|$)/;

/**
 * The end of a note's lines, with the line after them when it underlines: a
 * note on a paragraph's later line is then read as marked reads it, part of a
 * setext heading, and is no note (it cannot shadow a later one of its label).
 */
function withUnderline(body: string, end: number): number {
  const match = underline.exec(body.slice(end, end + 200));
  return match ? end + match[0].length : end;
}

/** Adds a range, merged with those it meets (a note's may start before ranges added before it). */
function addRange(ranges: [number, number][], start: number, end: number): void {
  let last = ranges.at(-1);
  while (last && start <= last[1]) {
    start = Math.min(start, last[0]);
    end = Math.max(end, last[1]);
    ranges.pop();
    last = ranges.at(-1);
  }
  ranges.push([start, end]);
}

/** The index of the last of the sorted numbers that is at most `value` (0 when none is). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((sorted[middle] ?? 0) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Footnotes by their key, the first definition of each label as GitHub keeps it. */
function firstOfEach(notes: readonly FootnoteDefinition[]): FootnoteDefinitions {
  const byKey: Record<string, FootnoteDefinition> = Object.create(null);
  for (const note of notes) {
    const key = footnoteKey(note.label);
    if (!Object.hasOwn(byKey, key)) byKey[key] = note;
  }
  return byKey;
}

/**
 * Where to start reading a definition so that the lexer sees what it sees in
 * the whole text: at the start of its run of lines (after a blank line). A
 * fence line with an info string only ever opens code, so the run may start
 * there too (a definition in that code is code). Where the run holds a line
 * that may close a block begun further up (a bare fence, the end of a
 * <pre>), or goes back too far, the definition is read alone, as if it began
 * a block, so that no real one is lost. This reads back from the definition
 * rather than scanning from the top, as only lines around a `[` are read.
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
    if (mayEndRawHtml.test(line)) return lineStart;
    start = previous;
  }
  return start;
}
