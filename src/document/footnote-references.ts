import type { Token } from 'marked';
import type { FootnoteReference } from '../markdown/footnotes.ts';
import { type BlockVisitor, type SpanVisitor, visitBlock, visitSpans } from './token-walk.ts';

/**
 * The labels of the footnote references in a block, in the order the layout
 * meets them (the one walk), so that numbering them here in document order
 * gives the numbers the whole document prints. Images are left out: their
 * alt text prints as plain text.
 */
export function footnoteLabels(token: Token): string[] {
  const labels: string[] = [];
  visitBlock(token, referenceBlocks, labels);
  return labels;
}

const none = (): void => {};

const referenceBlocks: BlockVisitor<void, [string[]]> = {
  nothing: none,
  paragraph: (token, labels) => spans([token], labels),
  heading: (token, labels) => spans(token.tokens, labels),
  code: none,
  blockquote: (token, labels) => blocks(token.tokens, labels),
  details: (token, labels) => blocks(token.tokens, labels),
  list: (token, labels) => {
    for (const item of token.items) blocks(item.tokens, labels);
  },
  table: (token, labels) => {
    for (const cell of [token.header, ...token.rows].flat()) spans(cell.tokens, labels);
  },
  hr: none,
  html: none,
  other: (token, labels) => {
    if ('tokens' in token && token.tokens) blocks(token.tokens, labels);
  },
};

function blocks(tokens: readonly Token[], labels: string[]): void {
  for (const token of tokens) visitBlock(token, referenceBlocks, labels);
}

function spans(tokens: readonly Token[], labels: string[]): void {
  visitSpans(tokens, new ReferenceSpans(labels));
}

/** Spans that only note the labels of references. */
class ReferenceSpans implements SpanVisitor {
  constructor(private readonly labels: string[]) {}
  footnoteReference(token: FootnoteReference): string {
    this.labels.push(token.label);
    return '';
  }
  text = empty;
  escape = empty;
  codespan = empty;
  br = empty;
  checkbox = empty;
  html = empty;
  strong = empty;
  em = empty;
  del = empty;
  link = empty;
  image = empty;
  group = empty;
}

function empty(): string {
  return '';
}
