import type { Document, Section } from '../document/model.ts';
import { countWords } from '../document/words.ts';
import type { Place } from '../output/history.ts';
import { cleanText } from '../render/spans.ts';
import { cellWidth, truncate } from '../render/wrap.ts';
import type { Page } from './page.ts';
import { lastAtOrBefore } from './search-order.ts';

/**
 * A place is a section and the words of it above the top line, not a line:
 * at another width, or with the text reflowed, the same words come back to
 * the top. Lines are those of the whole page, folded blocks open, so that a
 * place does not depend on which blocks were open either.
 */
export function placeAt(page: Page, sections: readonly Section[], line: number): Place {
  const index = lastAtOrBefore(page.starts, line, (start) => start);
  const start = page.starts[index] ?? 0;
  return { section: sections[index]?.id ?? null, words: wordsBetween(page, start, line) };
}

/** The line of the page a place is at; undefined when no section has its id any more. */
export function lineAt(page: Page, sections: readonly Section[], place: Place): number | undefined {
  const index =
    place.section === null ? -1 : sections.findIndex((section) => section.id === place.section);
  if (place.section !== null && index === -1) return undefined;
  const start = page.starts[index] ?? 0;
  const end = page.starts[index + 1] ?? page.lines.length;
  let words = 0;
  for (let line = start; line < end; line++) {
    if (words >= place.words) return line;
    const next = words + countWords(page.plain[line] ?? '');
    // The words above the place end inside this line: it is the line the place's next word is on.
    if (next > place.words) return line;
    words = next;
  }
  return Math.max(start, end - 1);
}

function wordsBetween(page: Page, from: number, to: number): number {
  let words = 0;
  for (let line = from; line < to; line++) words += countWords(page.plain[line] ?? '');
  return words;
}

const longestName = 16;

/** A section as a note names it: its number and the start of its title. */
export function sectionName(section: Section | undefined): string {
  if (!section) return 'the start';
  const name = `${section.number} ${cleanText(section.title)}`;
  if (cellWidth(name) <= longestName) return name;
  // Cut after a whole word, as the example shows: "2 Season 2 …".
  const cut = truncate(name, longestName).slice(0, -1);
  return `${cut.replace(/\s+\S*$/, '') || cut} …`;
}

/** Where the reader was left in a document, and its marks; `changed`: the document is not the same since. */
export interface Resume {
  readonly place: Place;
  readonly marks: Readonly<Record<string, Place>>;
  readonly changed: boolean;
}

/** What of the reader going to places needs. */
export interface Navigator {
  readonly document: Document;
  /** The place at the top of the screen. */
  readonly place: Place;
  /** The section at the top, as an index of document.sections. */
  readonly section: number;
  /** Brings a place to the top; false when its section is not in the document. */
  goTo(place: Place): boolean;
}

/**
 * Opens the reader where it was left, or, in a document changed since, at
 * the start of the same section (its words may have moved): the note to show.
 */
export function resumeAt(reader: Navigator, { place, changed }: Resume): string {
  const atStart = place.section === null && place.words === 0;
  if (!reader.goTo(changed ? { section: place.section, words: 0 } : place))
    return 'changed since last read: its section is gone, so from the start';
  if (atStart && !changed) return '';
  const resumed = `resumed at ${sectionName(reader.document.sections[reader.section])} · g for the start`;
  return changed ? `changed since last read: ${resumed}` : resumed;
}
