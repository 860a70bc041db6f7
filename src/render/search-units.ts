import type { Token, Tokens } from 'marked';
import { sectionBlocks } from '../document/document.ts';
import type { DocumentText, Section } from '../document/model.ts';
import { oneLine } from '../document/token-text.ts';
import { type BlockVisitor, visitBlock } from '../document/token-walk.ts';
import type { SearchUnit } from '../select/search.ts';
import { expandTabs, showControls } from './controls.ts';
import { Layout, listMarker } from './layout.ts';
import { createTheme } from './theme.ts';

/**
 * A section's own text as search units, from its tokens: the heading's title,
 * each paragraph, each list item (with its marker), each table row (cells
 * joined by " | ", headers too), each line of code; quotes give the units
 * inside them. Plain and on one line each, with control characters shown:
 * the text is the plain layout's, so that a search finds what is printed.
 */
export function sectionUnits(document: DocumentText, section: Section): SearchUnit[] {
  const units: SearchUnit[] = section.heading ? [{ text: section.title, prose: false }] : [];
  collect(sectionBlocks(document, section), units);
  return units;
}

let layout: Layout | undefined;

function plainLayout(): Layout {
  layout ??= new Layout(createTheme(false));
  return layout;
}

function collect(tokens: readonly Token[], units: SearchUnit[]): void {
  for (const token of tokens) visitBlock(token, unitsOf, units);
}

/** Blocks that show nothing, rules and extensions' tokens give no unit. */
const none = (): void => {};

const unitsOf: BlockVisitor<void, [SearchUnit[]]> = {
  nothing: none,
  paragraph: (token, units) => add(units, plainLayout().inline([token]), true),
  heading: (token, units) => add(units, plainLayout().inline([token]), true),
  html: (token, units) => add(units, plainLayout().block(token, Infinity), true),
  blockquote: (token, units) => collect(token.tokens, units),
  list: listUnits,
  table: (token, units) => {
    for (const row of [token.header, ...token.rows]) {
      add(units, row.map((cell) => oneLine(plainLayout().inline(cell.tokens))).join(' | '), false);
    }
  },
  code: (token, units) => {
    for (const line of expandTabs(showControls(token.text)).split('\n')) add(units, line, false);
  },
  hr: none,
  other: none,
};

/** Each item's own text after its marker, as one unit; what it holds besides (lists, code, quotes) as units of their own. */
function listUnits(list: Tokens.List, units: SearchUnit[]): void {
  list.items.forEach((item, index) => {
    const marker = listMarker(list, index);
    const ownText = item.tokens.filter(
      (token) => token.type === 'text' || token.type === 'checkbox',
    );
    const rest = item.tokens.filter((token) => !ownText.includes(token));
    const [first, ...later] = rest[0]?.type === 'paragraph' && ownText.length === 0 ? rest : [];
    // A loose item's first paragraph goes with the marker, the others are prose.
    const text = oneLine(plainLayout().inline(first ? [first] : ownText));
    // An item with no text of its own (only a nested list, say) gives no unit of its own.
    if (text) add(units, `${marker} ${text}`, false);
    collect(first ? later : rest, units);
  });
}

function add(units: SearchUnit[], text: string, prose: boolean): void {
  const line = oneLine(text);
  if (line) units.push({ text: line, prose });
}
