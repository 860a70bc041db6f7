import type { Section } from '../document/model.ts';

/**
 * The words the shells' completion offers for a section being typed: every
 * number and id; once the word holds a `/`, the ids of the subsections of the
 * section the path before it names, each as a whole word (`install/linux`),
 * since bash does not split words at `/`. A step of the path is a number or
 * an id: the first one names any section, a later one a subsection of the
 * last, by its id or its number under it (`2/1` is 2.1).
 */
export function completionWords(sections: readonly Section[], word = ''): string[] {
  const slash = word.lastIndexOf('/');
  if (slash === -1) return sections.flatMap((section) => [section.number, section.id]);
  const parent = sectionAtPath(sections, word.slice(0, slash).split('/'));
  const path = word.slice(0, slash + 1);
  return parent?.subsections.map((subsection) => `${path}${subsection.id}`) ?? [];
}

/** The section a path of numbers and ids names, undefined when a step names none. */
function sectionAtPath(
  sections: readonly Section[],
  steps: readonly string[],
): Section | undefined {
  const [first, ...rest] = steps;
  let found = sections.find((section) => section.number === first || section.id === first);
  for (const step of rest) {
    found = found?.subsections.find(
      (subsection, index) => subsection.id === step || String(index + 1) === step,
    );
  }
  return found;
}
