import type { Document, Section } from '../document/model.ts';
import type { Page } from './page.ts';
import { Reader, type Size } from './reader.ts';

/**
 * Where the top of the screen is, in words a new version of the document
 * still understands: the section by its id (and its place, for a heading
 * renamed meanwhile), and how many lines into it. -1: before the first section.
 */
export interface ReloadPlace {
  readonly id: string | undefined;
  readonly index: number;
  readonly offset: number;
}

/** The place of `top`, which is in the section at `index` of `sections`. */
export function placeOf(
  page: Page,
  sections: readonly Section[],
  index: number,
  top: number,
): ReloadPlace {
  // Above the first section's start (on the title) the reader is in section 1, but the place is the top's.
  if (top < (page.starts[0] ?? 0)) return { id: undefined, index: -1, offset: top };
  const start = index < 0 ? 0 : (page.starts[index] ?? 0);
  return { id: sections[index]?.id, index, offset: Math.max(0, top - start) };
}

/**
 * The line of the new page to put at the top: the same lines into the
 * section of the same id, else into the section now at the same place (its
 * heading renamed), but never past that section's end (its text cut short).
 */
export function topOf(place: ReloadPlace, page: Page, sections: readonly Section[]): number {
  if (place.index < 0) return place.offset;
  const byId = sections.findIndex((section) => section.id === place.id);
  const index = byId !== -1 ? byId : Math.min(place.index, sections.length - 1);
  const start = page.starts[index];
  if (start === undefined) return place.offset;
  const end = page.starts[index + 1] ?? page.lines.length;
  return start + Math.min(place.offset, Math.max(0, end - start - 1));
}

/**
 * The reader of a watched file (--watch), which takes new versions of the
 * document: each laid out again with the same words of the same section on top.
 */
export class ReloadingReader extends Reader {
  reload(document: Document, layout: (size: Size) => Page): void {
    const place = placeOf(this.page, this.document.sections, this.section, this.top);
    this.document = document;
    this.layout = layout;
    this.jumped = undefined;
    this.folding.relayout(layout(this.size));
    // A page laid out lazily: as far as the section after the place's (by its id or else its index), where it ends.
    const byId = document.sections.findIndex((section) => section.id === place.id);
    this.growToSection(Math.max(byId, place.index) + 1);
    this.scrollTo(topOf(place, this.page, document.sections));
    if (this.query) this.find(this.query, false);
    this.note = 'reloaded';
  }
}
