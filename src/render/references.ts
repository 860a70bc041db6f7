import { hyperlink, shownAddress } from './addresses.ts';
import type { Theme } from './theme.ts';
import { hang, type Width, wrapText } from './wrap.ts';

/** A numbered link or image: its number and its address as the document writes it. */
export interface Reference {
  readonly number: number;
  readonly href: string;
  /** What the list shows instead of the address: where a link to a section leads (`→ 3 The cast`). */
  readonly place?: string;
}

/**
 * The numbered links of one printed output. Numbers go up through all of it,
 * so that a number names one link in what is read; each occurrence of an
 * address gets a number of its own, as lynx and w3m number them. The list
 * under a section takes the references added since the list before it.
 */
export class References {
  private count = 0;
  private pending: Reference[] = [];

  /** The next number, for this address (shown as `place` when given). */
  add(href: string, place?: string): number {
    this.count += 1;
    this.pending.push(
      place === undefined ? { number: this.count, href } : { number: this.count, href, place },
    );
    return this.count;
  }

  /** The references added since the last call, in order. */
  take(): Reference[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }
}

/** A link's number after its text: `[3]`. */
export function referenceMark(number: number, theme: Theme): string {
  return theme.muted(`[${number}]`);
}

/**
 * References as lynx lists them under a dumped page, one a line: the number,
 * then the address (its controls shown), wrapped after the number's column.
 * An address longer than the line stands alone, unbroken, as long words do in
 * prose, so that it can still be copied whole. Empty for no references.
 */
export function renderReferences(
  references: readonly Reference[],
  theme: Theme,
  width: Width,
  hyperlinks: boolean,
): string {
  const last = references.at(-1);
  if (!last) return '';
  // Numbers go up: the last is the widest; the others are right-aligned to it.
  const column = `[${last.number}] `.length;
  return references
    .map(({ number, href, place }) => {
      const address = theme.href(place ?? shownAddress(href));
      const shown = hyperlinks ? hyperlink(href, address) : address;
      const pad = ' '.repeat(column - `[${number}] `.length);
      const label = `${pad}${referenceMark(number, theme)} `;
      return hang(wrapText(shown, width - column), label, ' '.repeat(column));
    })
    .join('\n');
}
