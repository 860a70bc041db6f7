import type { Token, Tokens } from 'marked';
import type { FootnoteDefinition, FootnoteReference } from '../markdown/footnotes.ts';
import type { DetailsToken } from './details.ts';

/**
 * The one walk over marked's token types, as marked's own Parser drives a
 * Renderer or a TextRenderer: the two switches below say which kind of token
 * is which, and what each becomes is up to a visitor. The terminal layout
 * (render/layout.ts, styled or plain by its theme), the search units
 * (render/search-units.ts) and the text that titles and word counts read
 * (token-text.ts) are such visitors. A new token type is a case here and a
 * method in these interfaces, which the compiler then asks every visitor for.
 * Not every type is marked's: `details` is made from HTML blocks (details.ts).
 */
export interface BlockVisitor<Result, Context extends unknown[]> {
  /**
   * Blocks that show nothing where they stand: blank lines, link reference
   * definitions, footnote definitions (a note prints under the section that
   * refers to it).
   */
  nothing(token: Tokens.Space | Tokens.Def | FootnoteDefinition, ...context: Context): Result;
  /** A paragraph, or the bare text of a tight list item. */
  paragraph(token: Tokens.Paragraph | Tokens.Text, ...context: Context): Result;
  heading(token: Tokens.Heading, ...context: Context): Result;
  code(token: Tokens.Code, ...context: Context): Result;
  blockquote(token: Tokens.Blockquote, ...context: Context): Result;
  list(token: Tokens.List, ...context: Context): Result;
  table(token: Tokens.Table, ...context: Context): Result;
  hr(token: Tokens.Hr, ...context: Context): Result;
  html(token: Tokens.HTML, ...context: Context): Result;
  /** A `<details>` block, grouped from its HTML tags by details.ts: a summary and the blocks inside. */
  details(token: DetailsToken, ...context: Context): Result;
  /**
   * A span where a block was expected (a list item's checkbox), or a token
   * of an extension, which marked makes only when one is installed.
   */
  other(token: Token, ...context: Context): Result;
}

export function visitBlock<Result, Context extends unknown[]>(
  token: Token,
  visitor: BlockVisitor<Result, Context>,
  ...context: Context
): Result {
  switch (token.type) {
    case 'space':
    case 'def':
    case 'footnoteDefinition':
      return visitor.nothing(token as Tokens.Space | Tokens.Def | FootnoteDefinition, ...context);
    case 'paragraph':
    case 'text':
      return visitor.paragraph(token as Tokens.Paragraph | Tokens.Text, ...context);
    case 'heading':
      return visitor.heading(token as Tokens.Heading, ...context);
    case 'code':
      return visitor.code(token as Tokens.Code, ...context);
    case 'blockquote':
      return visitor.blockquote(token as Tokens.Blockquote, ...context);
    case 'list':
      return visitor.list(token as Tokens.List, ...context);
    case 'table':
      return visitor.table(token as Tokens.Table, ...context);
    case 'hr':
      return visitor.hr(token as Tokens.Hr, ...context);
    case 'html':
      return visitor.html(token as Tokens.HTML, ...context);
    case 'details':
      return visitor.details(token as unknown as DetailsToken, ...context);
    default:
      return visitor.other(token, ...context);
  }
}

/** What each span becomes; the walk joins the results of a run of spans. */
export interface SpanVisitor {
  /** Text from the document: entities not yet decoded, soft line breaks as written. */
  text(text: string): string;
  /** A backslash escape: the character it keeps literal. */
  escape(text: string): string;
  codespan(text: string): string;
  br(): string;
  checkbox(checked: boolean): string;
  /** An inline tag or comment, as written. */
  html(html: string): string;
  strong(inner: string): string;
  em(inner: string): string;
  del(inner: string): string;
  link(token: Tokens.Link, inner: string): string;
  image(token: Tokens.Image): string;
  /** `[^label]`: a footnote's marker, or the text as written where nothing defines it. */
  footnoteReference(token: FootnoteReference): string;
  /** The spans of a paragraph, a heading or a text run, joined (or of an extension's token). */
  group(inner: string): string;
}

/** Inline tokens through the visitor, joined without separators (**bold**text is one word). */
export function visitSpans(tokens: readonly Token[], visitor: SpanVisitor): string {
  let out = '';
  for (const token of tokens) out += visitSpan(token, visitor);
  return out;
}

function visitSpan(token: Token, visitor: SpanVisitor): string {
  switch (token.type) {
    case 'escape':
      return visitor.escape(token.text);
    case 'codespan':
      return visitor.codespan(token.text);
    case 'br':
      return visitor.br();
    case 'checkbox':
      return visitor.checkbox((token as Tokens.Checkbox).checked);
    case 'html':
      return visitor.html(token.text);
    case 'strong':
    case 'em':
    case 'del':
      return visitor[token.type](visitSpans(token.tokens ?? [], visitor));
    case 'link':
      return visitor.link(token as Tokens.Link, visitSpans(token.tokens ?? [], visitor));
    case 'image':
      return visitor.image(token as Tokens.Image);
    case 'footnoteReference':
      return visitor.footnoteReference(token as unknown as FootnoteReference);
    default:
      // Text runs, paragraphs and headings given as spans, and an extension's tokens.
      if ('tokens' in token && token.tokens)
        return visitor.group(visitSpans(token.tokens, visitor));
      return 'text' in token && typeof token.text === 'string' ? visitor.text(token.text) : '';
  }
}
