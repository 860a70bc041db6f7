import type { Document, Section } from '../document/model.ts';
import { closestSections } from './closest-sections.ts';
import { matchReference } from './match.ts';
import { isNumber, missingNumber } from './numbers.ts';
import { followPath, pathSteps } from './paths.ts';
import { parseRange, selectRange } from './ranges.ts';
import { AmbiguousReference, type Missing, NoSuchSection } from './reference-errors.ts';

export { AmbiguousReference, NoSuchSection, ReversedRange } from './reference-errors.ts';

/**
 * Finds the section a reference names: a number ("2", "2.1"), an id, or text
 * matched against titles, where an exact title beats a title that starts with
 * the text, which beats a title containing every word of it.
 */
export function findSection(document: Document, reference: string): Section {
  const found = matchReference(document.sections, reference);
  const [section, ...others] = found;
  if (section && others.length === 0) return section;
  if (section) throw new AmbiguousReference(reference, found);
  throw new NoSuchSection(reference, missingSection(document.sections, reference));
}

/**
 * The sections to print for each reference, in the order given, each with
 * the subsections it holds: one section, a range of them ("2-3", "2..",
 * "..2", "1.2-3"), or the section a heading path names ("install/linux").
 */
export function selectSections(document: Document, references: readonly string[]): Section[] {
  return references.flatMap((reference) => selectReference(document, reference));
}

function selectReference(document: Document, reference: string): Section[] {
  const { sections } = document;
  const range = parseRange(reference);
  // A heading "2019-2020" has that id: the section, not a range.
  if (range && !sections.some((section) => section.id === reference.trim())) {
    return selectRange(document, reference, range);
  }
  const steps = pathSteps(reference);
  if (!steps) return [findSection(document, reference)];
  try {
    return [followPath(sections, reference, steps, (step) => missingSection(sections, step))];
  } catch (error) {
    // A title with a slash ("TCP/IP") is a section of its own when no path leads anywhere.
    const whole = matchReference(sections, reference);
    if (whole.length === 1) return whole;
    throw error;
  }
}

/** Why a single reference names no section: a number past the end, or sections it may mean. */
function missingSection(sections: readonly Section[], reference: string): Missing {
  if (!reference.trim()) return {};
  if (isNumber(reference)) return missingNumber(sections, reference);
  return { suggestions: closestSections(sections, reference) };
}
