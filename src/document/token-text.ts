import type { Token } from 'marked';
import { decodeEntities } from '../markdown/entities.ts';
import { htmlText } from '../markdown/html-text.ts';
import { summaryText } from './details.ts';
import { type BlockVisitor, type SpanVisitor, visitBlock, visitSpans } from './token-walk.ts';

/**
 * The readable text of tokens, for titles and word counts: the words a
 * reader sees, without what the layout adds around them (link targets,
 * image labels, list markers, styles). Entities are decoded; control
 * characters stay as they are (they are no words, shown or not).
 */
const textSpans: SpanVisitor = {
  text: (text) => decodeEntities(text),
  escape: (text) => text,
  codespan: (text) => text,
  br: () => ' ',
  checkbox: () => ' ',
  // Counted as it is shown.
  html: (html) => decodeEntities(htmlText(html)),
  strong: oneLine,
  em: oneLine,
  del: oneLine,
  link: (_token, inner) => oneLine(inner),
  image: (token) => inlineText(token.tokens),
  // A note's marker is no word; the note's words count where it prints.
  footnoteReference: () => '',
  group: oneLine,
};

const textBlocks: BlockVisitor<string, []> = {
  nothing: () => ' ',
  paragraph: (token) => (token.tokens ? inlineText(token.tokens) : decodeEntities(token.text)),
  heading: (token) => inlineText(token.tokens),
  code: (token) => token.text,
  blockquote: (token) => blockText(token.tokens),
  list: (token) => token.items.map((item) => blockText(item.tokens)).join(' '),
  table: (token) =>
    [token.header, ...token.rows]
      .flat()
      .map((cell) => inlineText(cell.tokens))
      .join(' '),
  hr: () => ' ',
  html: (token) => decodeEntities(htmlText(token.text)),
  details: (token) => `${summaryText(token)} ${blockText(token.tokens)}`,
  other: (token) => oneLine(visitSpans([token], textSpans)),
};

/** The readable text of inline tokens, on one line. */
export function inlineText(tokens: readonly Token[] | undefined): string {
  return oneLine(visitSpans(tokens ?? [], textSpans));
}

/** The readable text of a block token, for counting its words. */
export function tokenText(token: Token): string {
  return visitBlock(token, textBlocks);
}

function blockText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join(' ');
}

/** Text on one line: runs of white space as one space, none at the ends. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
