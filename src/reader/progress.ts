import type { Section } from '../document/model.ts';
import { wordsPerMinute } from '../document/words.ts';
import type { Page } from './page.ts';
import { lastAtOrBefore } from './search-order.ts';

/** Where the screen is; a page still being laid out gives its length as an estimate. */
export interface Progress {
  readonly top: number;
  readonly height: number;
  readonly section: number;
  /** False while the page is being laid out: the share is then of `estimatedLines`. */
  readonly complete?: boolean;
  readonly estimatedLines?: number;
  /** The document is still being parsed: its sections are the first ones only. */
  readonly unfinished?: boolean;
}

/**
 * How far through the document the screen is: the section at the top of
 * the total, the share of lines seen, and the reading time of what is below
 * the screen, at the words per minute of --list's reading times
 * (`§2/3 · 38% · 2 min left`). Sections' word counts are known: only the
 * section at the bottom of the screen is counted by its share of lines.
 * Shorter forms follow, for a status line with little room: `38% · 2 min
 * left`, then `38%`. While the page is still being laid out, the share is of
 * its estimated length, and says so: `~38%`; while the document is still
 * being parsed, the count of sections and the time left are not known yet:
 * `§2/? · ~1%`.
 */
export function progressTexts(sections: readonly Section[], page: Page, view: Progress): string[] {
  const estimated = view.complete === false;
  const total = estimated
    ? Math.max(page.lines.length, view.estimatedLines ?? 0)
    : page.lines.length;
  const seenTo = Math.min(view.top + view.height, page.lines.length);
  const seen = total === 0 ? 100 : Math.round((seenTo / total) * 100);
  // An estimate says so, and never says the end is reached.
  const percent = estimated ? `~${Math.min(seen, 99)}%` : `${seen}%`;
  const count = view.unfinished ? '?' : String(sections.length);
  const place = sections.length > 0 ? `§${Math.max(1, view.section + 1)}/${count} · ` : '';
  const words = view.unfinished ? 0 : wordsLeft(sections, page, seenTo);
  const left = words > 0 ? ` · ${Math.ceil(words / wordsPerMinute)} min left` : '';
  return [`${place}${percent}${left}`, `${percent}${left}`, percent];
}

/** The words below line `seenTo`: the rest of its section by its share of lines, and the sections after it. */
function wordsLeft(sections: readonly Section[], page: Page, seenTo: number): number {
  const index = lastAtOrBefore(page.starts, seenTo - 1, (start) => start);
  let words = 0;
  for (let after = index + 1; after < sections.length; after++)
    words += sections[after]?.words ?? 0;
  const section = sections[index];
  if (!section) return words;
  const start = page.starts[index] ?? 0;
  const end = page.starts[index + 1] ?? page.lines.length;
  const share = end > start ? Math.max(0, end - seenTo) / (end - start) : 0;
  return words + Math.round(section.words * share);
}
