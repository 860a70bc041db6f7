import type { Section } from '../document/model.ts';
import type { Missing } from './reference-errors.ts';

/** A section number such as "2" or "2.1". */
export function isNumber(reference: string): boolean {
  return /^\d+(\.\d+)*$/.test(reference.trim());
}

/** The section with this number ("2.1"), if there is one. */
export function sectionNumbered(sections: readonly Section[], number: string): Section | undefined {
  const wanted = number.trim();
  return sections.find((section) => section.number === wanted);
}

/**
 * Why a section number names no section, and the section nearest it: the
 * last one when it is past the end ("there are 3 sections": 3), the first
 * when it counts from 0, the parent when that has no subsections.
 */
export function missingNumber(sections: readonly Section[], number: string): Missing {
  const topLevel = sections.filter((section) => section.depth === 1);
  let scope = topLevel;
  let parent: Section | undefined;
  for (const part of number.trim().split('.')) {
    const index = Number(part);
    const found = index >= 1 ? scope[index - 1] : undefined;
    if (!found) return beyond(parent, scope, index, topLevel.length === sections.length);
    parent = found;
    scope = found.subsections;
  }
  // Written another way than its number ("02"): that section is meant.
  return parent ? { suggestions: [parent] } : {};
}

function beyond(
  parent: Section | undefined,
  scope: readonly Section[],
  index: number,
  flat: boolean,
): Missing {
  const first = scope[0];
  const last = scope.at(-1);
  if (!first || !last) {
    return parent
      ? { reason: `section ${parent.number} has no subsections`, suggestions: [parent] }
      : { reason: 'there are no sections' };
  }
  if (index < 1) {
    const which = parent ? `the subsections of section ${parent.number}` : 'sections';
    return { reason: `${which} are numbered from ${first.number}`, suggestions: [first] };
  }
  const count = parent
    ? `section ${parent.number} has ${counted(scope.length, 'subsection')}`
    : `there ${scope.length === 1 ? 'is' : 'are'} ${counted(scope.length, flat ? 'section' : 'top-level section')}`;
  return { reason: count, suggestions: [last] };
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
