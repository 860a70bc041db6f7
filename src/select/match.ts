import type { Section } from '../document/model.ts';
import { normalise, titleWords } from './title-words.ts';

/**
 * The sections of `scope` one reference names, by the first rule that finds
 * any: its number ("2", "2.1"; not for a later step of a path, whose numbers
 * count from its parent), its id, its exact title, a title that starts with
 * it, a title with every word of it. None, one, or several equally good.
 */
export function matchReference(
  scope: readonly Section[],
  reference: string,
  byNumber = true,
): Section[] {
  const wanted = normalise(reference);
  if (!wanted) return [];
  const words = titleWords(wanted);
  const rules: ((section: Section) => boolean)[] = [
    (section) => byNumber && section.number === wanted,
    (section) => section.id === wanted,
    (section) => normalise(section.title) === wanted,
    (section) => normalise(section.title).startsWith(wanted),
    // Whole words, the punctuation around them ignored: 'on' is no word of "Season two".
    (section) => {
      const inTitle = new Set(titleWords(normalise(section.title)));
      return words.length > 0 && words.every((word) => inTitle.has(word));
    },
  ];
  for (const rule of rules) {
    const found = scope.filter(rule);
    if (found.length > 0) return found;
  }
  return [];
}
