import type { Document, Section } from '../document/model.ts';
import { ArticleError } from '../errors.ts';
import { closestSections } from './closest-sections.ts';
import { normalise, titleWords } from './title-words.ts';

/** A reference that names no section, with the sections it may have meant. */
export class NoSuchSection extends ArticleError {
  constructor(
    readonly reference: string,
    readonly sections: readonly Section[],
    readonly suggestions: readonly Section[] = [],
  ) {
    super(noSuchSectionMessage(reference, sections, suggestions));
  }
}

/** A reference that names several sections. */
export class AmbiguousReference extends ArticleError {
  constructor(
    readonly reference: string,
    readonly candidates: readonly Section[],
  ) {
    const names = candidates.map((section) => `${section.number} ${section.title}`).join('; ');
    super(`'${reference}' matches several sections: ${names}`);
  }
}

/**
 * Finds the section a reference names: a number ("2", "2.1"), an id, or text
 * matched against titles, where an exact title beats a title that starts with
 * the text, which beats a title containing every word of it.
 */
export function findSection(document: Document, reference: string): Section {
  const { sections } = document;
  const wanted = normalise(reference);
  if (!wanted) throw new NoSuchSection(reference, sections);
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
    if (found.length > 1) throw new AmbiguousReference(reference, found);
  }
  const suggestions = isNumber(reference) ? [] : closestSections(sections, reference);
  throw new NoSuchSection(reference, sections, suggestions);
}

export function selectSections(document: Document, references: readonly string[]): Section[] {
  return references.map((reference) => findSection(document, reference));
}

function noSuchSectionMessage(
  reference: string,
  sections: readonly Section[],
  suggestions: readonly Section[],
): string {
  if (!normalise(reference)) return `no section '${reference}' (see 'article --list')`;
  if (isNumber(reference)) {
    const top = sections.filter((section) => section.depth === 1).length;
    const range = top === 0 ? 'there are no sections' : `sections are numbered 1 to ${top}`;
    return `no section '${reference}' (${range}; see 'article --list')`;
  }
  const names = suggestions.map((section) => `${section.number} ${section.title}`);
  const hint = names.length > 0 ? `; did you mean: ${names.join('; ')}?` : '';
  return `no section '${reference}'${hint} (see 'article --list')`;
}

/** A section number such as "2" or "2.1". */
function isNumber(reference: string): boolean {
  return /^\d+(\.\d+)*$/.test(reference.trim());
}
