import type { Token, Tokens } from 'marked';
import { summaryText } from '../document/details.ts';
import { sectionBlocks } from '../document/document.ts';
import type { DocumentText, Section } from '../document/model.ts';
import { oneLine } from '../document/token-text.ts';
import { type BlockVisitor, visitBlock } from '../document/token-walk.ts';
import type { LinkPlace, SearchUnit } from '../select/search.ts';
import { alertLabelText, alertOf } from './alerts.ts';
import { expandTabs, showControls } from './controls.ts';
import type { LinkMode } from './display.ts';
import { Footnotes } from './footnotes.ts';
import { Layout, listMarker } from './layout.ts';
import { type Reference, References } from './references.ts';
import { createTheme } from './theme.ts';

/**
 * A section's own text as search units, from its tokens: the heading's title,
 * each paragraph, each list item (with its marker), each table row (cells
 * joined by " | ", headers too), each line of code; quotes give the units
 * inside them, and a details block its summary, then the units inside.
 * Plain and on one line each, with control characters shown: the text is
 * the plain layout's with links as `links` prints them, so that a search
 * finds what is printed. Numbered links leave their numbers out of
 * the text and say where they go: the numbers are given when the results are
 * printed, to the links of the sentences shown. The section's footnotes give
 * units after its own, as they print under it.
 */
export function sectionUnits(
  document: DocumentText,
  section: Section,
  links: LinkMode = 'inline',
  headings: ReadonlyMap<string, Section> = noHeadings,
): SearchUnit[] {
  const units: Units = { list: [], ...plainLayout(links, headings) };
  units.footnotes.read(document.footnotes, section.footnotes);
  if (section.heading) units.list.push({ text: section.title, prose: false });
  collect(sectionBlocks(document, section), units);
  // Its notes print under it: their text is found in it too.
  units.footnotes.layingOutNotes(() => {
    for (const { key } of section.footnotes) collect(document.footnotes[key]?.tokens ?? [], units);
  });
  return units.list;
}

/** The units found so far, and the layout that gives their text. */
interface Units extends PlainLayout {
  readonly list: SearchUnit[];
  /** Inside a quote or a list item, where GitHub finds no alert. */
  readonly nested?: boolean;
}

interface PlainLayout {
  readonly layout: Layout;
  /** For numbered links: the addresses of the links laid out since the last unit. */
  readonly references: References | undefined;
  /** The numbers of the section's footnotes, which its references print. */
  readonly footnotes: Footnotes;
}

/**
 * Where a numbered link ends in a unit's laid-out text, until `add` takes it
 * out. No document text can hold it: the layout shows every control
 * character of a document as visible text.
 */
const linkEnd = '\u0000';

const noHeadings: ReadonlyMap<string, Section> = new Map();

/** A layout for each way of printing links, for each document's sections (links to them say where they lead). */
const layouts = new WeakMap<ReadonlyMap<string, Section>, Map<LinkMode, PlainLayout>>();

function plainLayout(links: LinkMode, headings: ReadonlyMap<string, Section>): PlainLayout {
  const forHeadings = layouts.get(headings) ?? new Map<LinkMode, PlainLayout>();
  layouts.set(headings, forHeadings);
  let made = forHeadings.get(links);
  if (!made) {
    const references = links === 'numbered' ? new References() : undefined;
    const footnotes = new Footnotes();
    const options = { mode: links, references, mark: () => linkEnd, footnotes, headings };
    made = { layout: new Layout(createTheme(false), options), references, footnotes };
    forHeadings.set(links, made);
  }
  return made;
}

function collect(tokens: readonly Token[], units: Units): void {
  for (const token of tokens) visitBlock(token, unitsOf, units);
}

/** Blocks that show nothing, rules and extensions' tokens give no unit. */
const none = (): void => {};

const unitsOf: BlockVisitor<void, [Units]> = {
  nothing: none,
  paragraph: (token, units) => add(units, units.layout.inline([token]), true),
  heading: (token, units) => add(units, units.layout.inline([token]), true),
  html: (token, units) => add(units, units.layout.block(token, Infinity), true),
  blockquote: quoteUnits,
  details: (token, units) => {
    add(units, showControls(summaryText(token)), false);
    collect(token.tokens, units);
  },
  list: listUnits,
  table: (token, units) => {
    for (const row of [token.header, ...token.rows]) {
      add(units, row.map((cell) => oneLine(units.layout.inline(cell.tokens))).join(' | '), false);
    }
  },
  code: (token, units) => {
    for (const line of expandTabs(showControls(token.text)).split('\n')) add(units, line, false);
  },
  hr: none,
  other: none,
};

/** A quote gives the units inside it; an alert its label first, as printed, and its blocks without the marker. */
function quoteUnits(quote: Tokens.Blockquote, units: Units): void {
  const alert = units.nested ? undefined : alertOf(quote);
  if (alert) add(units, alertLabelText(alert.kind), false);
  collect(alert?.tokens ?? quote.tokens, { ...units, nested: true });
}

/** Each item's own text after its marker, as one unit; what it holds besides (lists, code, quotes) as units of their own. */
function listUnits(list: Tokens.List, units: Units): void {
  list.items.forEach((item, index) => {
    const marker = listMarker(list, index);
    const ownText = item.tokens.filter(
      (token) => token.type === 'text' || token.type === 'checkbox',
    );
    const rest = item.tokens.filter((token) => !ownText.includes(token));
    const [first, ...later] = rest[0]?.type === 'paragraph' && ownText.length === 0 ? rest : [];
    // A loose item's first paragraph goes with the marker, the others are prose.
    const text = oneLine(units.layout.inline(first ? [first] : ownText));
    // An item with no text of its own (only a nested list, say) gives no unit of its own.
    if (text) add(units, `${marker} ${text}`, false);
    collect(first ? later : rest, { ...units, nested: true });
  });
}

function add(units: Units, text: string, prose: boolean): void {
  const references = units.references?.take() ?? [];
  const line = oneLine(text);
  if (references.length === 0) {
    if (line) units.list.push({ text: line, prose });
    return;
  }
  const unit = withLinkPlaces(line, references);
  if (unit.text) units.list.push({ ...unit, prose });
}

/**
 * The text without the link ends the layout marked, and where they were
 * (after the link's last visible character), with the addresses the
 * references hold in the same order. Of two spaces that meet where a mark
 * was, one stays, so that the text stays on one line.
 */
export function withLinkPlaces(
  marked: string,
  references: readonly Reference[],
): { text: string; links: LinkPlace[] } {
  const parts = marked.split(linkEnd);
  let text = parts[0] ?? '';
  const links: LinkPlace[] = [];
  for (const [index, part] of parts.slice(1).entries()) {
    const { href = '', place } = references[index] ?? {};
    const at = text.trimEnd().length;
    links.push(place === undefined ? { at, href } : { at, href, place });
    text += text === '' || text.endsWith(' ') ? part.trimStart() : part;
  }
  return { text: text.trimEnd(), links };
}
