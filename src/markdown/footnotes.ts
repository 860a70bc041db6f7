import type { MarkedOptions, Token, TokenizerExtension } from 'marked';
import { marked } from '../libraries.ts';

/*
 * Footnotes as GitHub reads them (cmark-gfm, micromark's GFM footnotes): a
 * definition `[^label]: text` starts a block (it may interrupt a paragraph),
 * which goes on over lines indented four columns, blank lines between them,
 * and over lazy lines that continue its paragraph; `[^label]` in a line
 * refers to it. Labels match without regard to case.
 *
 * Written here rather than taken from marked-footnote (1.4), which does not
 * fit chunked lexing: its references look for their definition in the
 * tokens of the lexer at hand (a note defined in another chunk is not
 * found), its numbering is a counter kept in the extension across lexers,
 * and it renders all notes at the end of the document. Here the lexer only
 * reads: definitions of the whole body are collected once
 * (link-definitions.ts), and a reference is numbered, or left as written
 * when nothing defines it, where it is printed (render/footnotes.ts).
 */

/** `[^label]: text`: its content is lexed as blocks. */
export interface FootnoteDefinition {
  readonly type: 'footnoteDefinition';
  readonly raw: string;
  /** As the definition writes it. */
  readonly label: string;
  readonly tokens: Token[];
}

/** `[^label]` in a line. */
export interface FootnoteReference {
  readonly type: 'footnoteReference';
  readonly raw: string;
  readonly label: string;
}

/** The footnote definitions of a document by their label (footnoteKey), the first of each. */
export type FootnoteDefinitions = Readonly<Record<string, FootnoteDefinition>>;

/** GitHub's labels hold no white space and no brackets. */
const definitionStart = /^ {0,3}\[\^([^\s[\]]+)\]:[ \t]*/;
const referenceAt = /^\[\^([^\s[\]]+)\]/;

/** Four columns of indent, which continue a definition (a tab reaches them too). */
const continuationIndent = /^(?: {4}| {0,3}\t)/;
/** Lines that start a block of their own, so they cannot continue a paragraph lazily. */
const blockStart =
  /^ {0,3}(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|`{3,}|~{3,}|<[a-zA-Z/!?]|\[\^[^\s[\]]+\]:|(?:-[ \t]*){3,}$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$)/;

/** How labels match: as link labels do, without regard to case. */
export function footnoteKey(label: string): string {
  return label.toLowerCase();
}

/** The key of a definition's label when a definition starts at `at` in `text`; undefined if none does. */
export function definitionLabelAt(text: string, at: number): string | undefined {
  const match = definitionStart.exec(text.slice(at, text.indexOf('\n', at) + 1 || undefined));
  return match?.[1];
}

/**
 * Where the definition that starts at `at` ends (after the newline of its
 * last line): its first line, the lines indented four columns after it
 * (blank lines between them), and lines that lazily continue the paragraph
 * of the line before them. Blank lines at its end are left out.
 */
export function definitionEnd(text: string, at: number): number {
  const first = lineEnd(text, at);
  let end = first;
  // Lazy lines continue a paragraph only: text on the first line, or a continuation line that is no other block.
  let paragraph = text.slice(at, first).replace(definitionStart, '').trim() !== '';
  for (let start = first; start < text.length; ) {
    const next = lineEnd(text, start);
    const line = text.slice(start, next).replace(/\n$/, '');
    if (line.trim() === '') {
      paragraph = false;
    } else if (continuationIndent.test(line)) {
      const inner = line.replace(continuationIndent, '');
      paragraph = !continuationIndent.test(inner) && !blockStart.test(inner);
      end = next;
    } else if (paragraph && start === end && !blockStart.test(line)) {
      end = next;
    } else {
      break;
    }
    start = next;
  }
  return end;
}

/** Whether `[^` starts the line at `at`, after up to three spaces: checked before any expression. */
function startsDefinition(text: string, at: number): boolean {
  let bracket = at;
  while (bracket - at < 3 && text.charCodeAt(bracket) === 0x20) bracket++;
  return text.charCodeAt(bracket) === 0x5b && text.charCodeAt(bracket + 1) === 0x5e;
}

/**
 * Where a definition starts a line of the paragraph that starts `src`, read
 * up to the paragraph's first blank line only: marked asks at every
 * paragraph, with the rest of the text.
 */
function definitionInParagraph(src: string): number | undefined {
  for (let start = src.indexOf('\n') + 1; start > 0 && start < src.length; ) {
    const end = lineEnd(src, start);
    if (src.slice(start, end).trim() === '') return undefined;
    if (startsDefinition(src, start) && definitionLabelAt(src, start) !== undefined) return start;
    start = end;
  }
  return undefined;
}

function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}

/** The content of a definition's source: the text after its label, continuation lines unindented. */
function definitionContent(raw: string): string {
  return raw
    .replace(definitionStart, '')
    .split('\n')
    .map((line, index) => (index === 0 ? line : line.replace(continuationIndent, '')))
    .join('\n');
}

const definitionTokenizer: TokenizerExtension = {
  name: 'footnoteDefinition',
  level: 'block',
  // Where a definition may cut a paragraph short: at the start of one of its lines.
  start: definitionInParagraph,
  tokenizer(src) {
    if (!startsDefinition(src, 0)) return undefined;
    const label = definitionLabelAt(src, 0);
    if (label === undefined) return undefined;
    const raw = src.slice(0, definitionEnd(src, 0));
    // Its content is blocks of their own, paragraphs and all, as a quote's is.
    const top = this.lexer.state.top;
    this.lexer.state.top = true;
    const tokens = this.lexer.blockTokens(definitionContent(raw), []);
    this.lexer.state.top = top;
    return { type: 'footnoteDefinition', raw, label, tokens } satisfies FootnoteDefinition;
  },
};

const referenceTokenizer: TokenizerExtension = {
  name: 'footnoteReference',
  level: 'inline',
  // No `start`: marked's inline text already stops before every `[`.
  tokenizer(src) {
    // Checked before the expression: this runs at every step of every line.
    if (src.charCodeAt(0) !== 0x5b || src.charCodeAt(1) !== 0x5e) return undefined;
    const match = referenceAt.exec(src);
    if (!match?.[1]) return undefined;
    return {
      type: 'footnoteReference',
      raw: match[0],
      label: match[1],
    } satisfies FootnoteReference;
  },
};

let options: MarkedOptions | undefined;

/** The options every lexer of the document is made with: GFM, and footnotes. */
export function lexerOptions(): MarkedOptions {
  options ??= {
    ...new (marked().Marked)({ extensions: [definitionTokenizer, referenceTokenizer] }).defaults,
    gfm: true,
  };
  return options;
}
