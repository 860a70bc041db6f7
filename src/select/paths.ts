import type { Section } from '../document/model.ts';
import { closestSections } from './closest-sections.ts';
import { matchReference } from './match.ts';
import { isNumber, missingNumber, sectionNumbered } from './numbers.ts';
import { AmbiguousReference, type Missing, NoSuchSection, numbered } from './reference-errors.ts';

/**
 * The steps of a heading path, as GNU info names nodes: "install/linux" or
 * "Installation > Linux". Undefined when the reference has fewer than two
 * steps; empty steps ("install/") are left out.
 */
export function pathSteps(reference: string): string[] | undefined {
  if (!/[/>]/.test(reference)) return undefined;
  const steps = reference
    .split(/[/>]/)
    .map((step) => step.trim())
    .filter(Boolean);
  return steps.length >= 2 ? steps : undefined;
}

/**
 * The section a heading path names. Its first step is a reference to any
 * section; each later one names a subsection of the step before it, by
 * number counted from there ("2/1" is 2.1), id, title, title start or words.
 */
export function followPath(
  sections: readonly Section[],
  reference: string,
  steps: readonly string[],
  suggest: (step: string) => Missing,
): Section {
  const [first, ...rest] = steps;
  let section = only(matchReference(sections, first ?? ''), first ?? '', reference, () => ({
    part: first,
    ...suggest(first ?? ''),
  }));
  for (const step of rest) {
    const parent = section;
    const byNumber = isNumber(step)
      ? sectionNumbered(sections, `${parent.number}.${step.trim()}`)
      : undefined;
    section =
      byNumber ??
      only(matchReference(parent.subsections, step, false), step, reference, () =>
        missingChild(sections, parent, step),
      );
  }
  return section;
}

function only(
  found: readonly Section[],
  step: string,
  reference: string,
  missing: () => Missing,
): Section {
  const [section, ...others] = found;
  if (section && others.length === 0) return section;
  if (section) throw new AmbiguousReference(step, found, reference);
  throw new NoSuchSection(reference, missing());
}

/**
 * Why a step names no subsection: a number past their end says how many
 * there are; otherwise the closest of them, or, when none is close, all of them.
 */
function missingChild(sections: readonly Section[], parent: Section, step: string): Missing {
  if (isNumber(step)) return missingNumber(sections, `${parent.number}.${step.trim()}`);
  if (parent.subsections.length === 0) {
    return { reason: `${numbered(parent)} has no subsections`, suggestions: [parent] };
  }
  const reason = `${numbered(parent)} has no subsection '${step}'`;
  const close = closestSections(parent.subsections, step);
  if (close.length > 0) return { reason, suggestions: close };
  return { reason, suggestions: parent.subsections, children: true };
}
