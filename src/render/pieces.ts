import type { Token, Tokens } from 'marked';
import { sectionBlocks } from '../document/document.ts';
import type { DocumentText, Section } from '../document/model.ts';
import { expandTabs, showControls } from './controls.ts';
import { Layout } from './layout.ts';
import { createTheme } from './theme.ts';

/**
 * A part of a section that reads well on its own, for searching: prose (a
 * paragraph, to be cut into sentences), or a list item, a table row or a line
 * of code, each whole.
 */
export interface Piece {
  readonly text: string;
  readonly prose: boolean;
}

/**
 * A section's own text as pieces, from its tokens: the heading's title, each
 * paragraph, each list item (with its marker), each table row (cells joined by
 * " | ", headers too), each line of code; quotes give the pieces inside them.
 * Plain and on one line each, with control characters shown.
 */
export function sectionPieces(document: DocumentText, section: Section): Piece[] {
  const pieces: Piece[] = section.heading ? [{ text: section.title, prose: false }] : [];
  collect(sectionBlocks(document, section), plainLayout(), pieces);
  return pieces;
}

let layout: Layout | undefined;

function plainLayout(): Layout {
  layout ??= new Layout(createTheme(false));
  return layout;
}

function collect(tokens: readonly Token[], layout: Layout, pieces: Piece[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
      case 'text':
      case 'heading':
        add(pieces, layout.inline([token]), true);
        break;
      case 'html':
        add(pieces, layout.block(token, Infinity), true);
        break;
      case 'blockquote':
        collect((token as Tokens.Blockquote).tokens, layout, pieces);
        break;
      case 'list':
        listPieces(token as Tokens.List, layout, pieces);
        break;
      case 'table':
        for (const row of [(token as Tokens.Table).header, ...(token as Tokens.Table).rows]) {
          add(pieces, row.map((cell) => oneLine(layout.inline(cell.tokens))).join(' | '), false);
        }
        break;
      case 'code':
        for (const line of expandTabs(showControls((token as Tokens.Code).text)).split('\n')) {
          add(pieces, line, false);
        }
        break;
    }
  }
}

/** Each item's own text after its marker, as one piece; what it holds besides (lists, code, quotes) as pieces of their own. */
function listPieces(list: Tokens.List, layout: Layout, pieces: Piece[]): void {
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, index) => {
    const marker = list.ordered ? `${start + index}.` : '•';
    const ownText = item.tokens.filter(
      (token) => token.type === 'text' || token.type === 'checkbox',
    );
    const rest = item.tokens.filter((token) => !ownText.includes(token));
    const [first, ...later] = rest[0]?.type === 'paragraph' && ownText.length === 0 ? rest : [];
    // A loose item's first paragraph goes with the marker, the others are prose.
    const text = oneLine(layout.inline(first ? [first] : ownText));
    // An item with no text of its own (only a nested list, say) gives no piece of its own.
    if (text) add(pieces, `${marker} ${text}`, false);
    collect(first ? later : rest, layout, pieces);
  });
}

function add(pieces: Piece[], text: string, prose: boolean): void {
  const line = oneLine(text);
  if (line) pieces.push({ text: line, prose });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
