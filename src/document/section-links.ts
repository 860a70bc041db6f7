import type { Links } from 'marked';
import { decodeEntities } from '../markdown/entities.ts';
import type { DocumentText, Section } from './model.ts';

/*
 * Links to the document's own sections (`[see the cast](#the-cast)`): the
 * ids they name are the sections' ids as this stage made them (GitHub's
 * slugs, unique in the document), so that printing never makes them again
 * a different way.
 */

/** The sections by id. */
export function sectionsById(sections: readonly Section[]): ReadonlyMap<string, Section> {
  return new Map(sections.map((section) => [section.id, section]));
}

/**
 * An inline link to a fragment, `](#`: spaces and `<` may come before the
 * `#`, which may be escaped (`\#`) or an entity (`&#35;`, `&num;`), whose
 * `&` may be escaped too (marked leaves `\&#x23;` an entity in the address).
 */
const inlineFragmentLink = /\]\(\s*<?(?:\\?#|\\?&(?:#0*35|#x0*23|num);)/i;

/**
 * Whether the body may hold a link to a fragment: an inline one, or a
 * reference definition of one. Printing the whole document finds its
 * sections only then, so that most documents still stream as they are read.
 * It may say yes for text that only looks like one; never no for a link.
 */
export function mayLinkToSections(text: DocumentText): boolean {
  if (text.fragmentLinks !== undefined) return text.fragmentLinks;
  return mayHoldFragmentLink(text.body) || definesFragment(text.links);
}

/** Whether Markdown may hold an inline link to a fragment (mayLinkToSections). */
export function mayHoldFragmentLink(markdown: string): boolean {
  return inlineFragmentLink.test(markdown);
}

/** Whether a link reference definition leads to a fragment. */
export function definesFragment(links: Links): boolean {
  return Object.values(links).some((link) => isFragment(link.href));
}

/** An address that is a fragment of this document, as the renderer reads it: entities decoded. */
export function isFragment(href: string): boolean {
  return decodeEntities(href).trim().startsWith('#');
}
