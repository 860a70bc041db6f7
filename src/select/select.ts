import type { Document, Section } from '../document/document.ts';
import { ArticleError } from '../errors.ts';
import { closestSections } from './closest-sections.ts';
import { normalise, titleWords } from './title-words.ts';

export class NoSuchSection extends ArticleError {}

/**
 * Finds the section a reference names: a number ("2", "2.1"), an id, or text
 * matched against titles, where an exact title beats a title that starts with
 * the text, which beats a title containing every word of it.
 */
export function findSection(document: Document, reference: string): Section {
  const { sections } = document;
  const wanted = normalise(reference);
  if (!wanted) throw new NoSuchSection(`no section '${reference}' (see 'article --list')`);
  const byNumber = sections.find((section) => section.number === wanted);
  if (byNumber) return byNumber;
  const byId = sections.find((section) => section.id === wanted);
  if (byId) return byId;

  const words = titleWords(wanted);
  const tiers = [
    (title: string) => title === wanted,
    (title: string) => title.startsWith(wanted),
    // Whole words, the punctuation around them ignored: 'on' is no word of "Season two".
    (title: string) => {
      const inTitle = new Set(titleWords(title));
      return words.length > 0 && words.every((word) => inTitle.has(word));
    },
  ];
  for (const matches of tiers) {
    const found = sections.filter((section) => matches(normalise(section.title)));
    if (found.length === 1 && found[0]) return found[0];
    if (found.length > 1) {
      const names = found.map((section) => `${section.number} ${section.title}`).join('; ');
      throw new ArticleError(`'${reference}' matches several sections: ${names}`);
    }
  }
  throw new NoSuchSection(noSuchSectionMessage(sections, reference));
}

export function selectSections(document: Document, references: readonly string[]): Section[] {
  return references.map((reference) => findSection(document, reference));
}

function noSuchSectionMessage(sections: readonly Section[], reference: string): string {
  if (/^\d+(\.\d+)*$/.test(reference.trim())) {
    const top = sections.filter((section) => section.depth === 1).length;
    const range = top === 0 ? 'there are no sections' : `sections are numbered 1 to ${top}`;
    return `no section '${reference}' (${range}; see 'article --list')`;
  }
  const suggestions = closestSections(sections, reference).map(
    (section) => `${section.number} ${section.title}`,
  );
  const hint = suggestions.length > 0 ? `; did you mean: ${suggestions.join('; ')}?` : '';
  return `no section '${reference}'${hint} (see 'article --list')`;
}
