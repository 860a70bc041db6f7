import type { Section } from '../document/model.ts';
import { isFragment } from '../document/section-links.ts';
import { decodeEntities } from '../markdown/entities.ts';
import { showControls } from './controls.ts';
import { truncate } from './wrap.ts';

/** The most cells of a section's title a link to it shows: enough to know it, short enough for a line. */
export const linkTitleWidth = 40;

/**
 * The section a link's address names, when it is a fragment (`#id`) of this
 * document: the id as written, else percent-decoded (`#caf%C3%A9`), else
 * lower-cased (`#Setup`; GitHub's ids are lower case). None for any other
 * address, or a fragment that names no section.
 */
export function linkedSection(
  href: string,
  sections: ReadonlyMap<string, Section>,
): Section | undefined {
  if (!isFragment(href) || sections.size === 0) return undefined;
  const fragment = decodeEntities(href).trim().slice(1);
  const decoded = percentDecoded(fragment);
  return sections.get(fragment) ?? sections.get(decoded) ?? sections.get(decoded.toLowerCase());
}

/**
 * Where a link to a section leads, as its address prints: `→ 3 The cast`,
 * the section's number and its title (control characters shown), the title
 * cut with an ellipsis after its last whole word when it is long.
 */
export function sectionPlace(section: Section): string {
  return `→ ${section.number} ${shortTitle(showControls(section.title))}`;
}

/** A title in `linkTitleWidth` cells: whole, or its words that fit and `…` (a part of one when one word is too long). */
function shortTitle(title: string): string {
  const cut = truncate(title, linkTitleWidth);
  if (cut === title) return title;
  // The cut is a start of the title and the ellipsis; a word it ends in the middle of goes.
  const kept = cut.slice(0, -1);
  const wordEnds = /\s$/.test(kept) || /^\s/.test(title.slice(kept.length));
  const space = kept.trimEnd().lastIndexOf(' ');
  const words = wordEnds || space <= 0 ? kept : kept.slice(0, space);
  return `${words.trimEnd()}…`;
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A lone `%` is no escape: the fragment is read as written.
    return text;
  }
}
