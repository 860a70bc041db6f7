import { type Document, type Section, withSubsections } from '../document/model.ts';
import { missingNumber, sectionNumbered } from './numbers.ts';
import { NoSuchSection, ReversedRange } from './reference-errors.ts';

/** A range of sections: an end left out runs to the document's start or end. */
export interface Range {
  readonly start: string | undefined;
  readonly end: string | undefined;
}

const number = String.raw`\d+(?:\.\d+)*`;
const bothEnds = new RegExp(String.raw`^\s*(${number})\s*(?:-|\.\.)\s*(${number})\s*$`);
const openEnd = new RegExp(String.raw`^\s*(${number})?\s*\.\.\s*(${number})?\s*$`);

/**
 * A range, when the reference is one: two section numbers joined by `-` or
 * `..` ("2-3", "2.1..2.3"), or one with `..` after or before it ("2..",
 * "..2"). Only numbers make a range, so an id with hyphens
 * ("season-2-will-not") is never one.
 */
export function parseRange(reference: string): Range | undefined {
  const both = bothEnds.exec(reference);
  if (both) return { start: both[1], end: both[2] };
  const open = openEnd.exec(reference);
  if (!open || (open[1] === undefined && open[2] === undefined)) return undefined;
  return { start: open[1], end: open[2] };
}

/**
 * The sections a range covers, as the sections to print, each with the
 * subsections the range holds: everything in document order from its start
 * through its end and the end's subsections. `1.2-3` is 1.2 to the end of 3;
 * `1-1.2` is 1's own text, 1.1 and 1.2, without 1.3.
 */
export function selectRange(document: Document, reference: string, range: Range): Section[] {
  const { sections } = document;
  const first = sections[0];
  const last = sections.filter((section) => section.depth === 1).at(-1);
  const start = range.start === undefined ? first : rangeEnd(sections, reference, range.start);
  const end = range.end === undefined ? last : rangeEnd(sections, reference, range.end);
  if (!start || !end) throw new NoSuchSection(reference, { reason: 'there are no sections' });
  const from = sections.indexOf(start);
  if (from > sections.indexOf(end)) throw new ReversedRange(reference, start, end);
  const through = sections.indexOf(end) + withSubsections(end).length;
  const covered = new Set(sections.slice(from, through));
  return rangeRoots(
    sections.filter((section) => section.depth === 1),
    covered,
  );
}

function rangeEnd(sections: readonly Section[], reference: string, number: string): Section {
  const found = sectionNumbered(sections, number);
  if (found) return found;
  throw new NoSuchSection(reference, { part: number, ...missingNumber(sections, number) });
}

/**
 * The covered sections whose parent is not covered, each with only its
 * covered subsections: the original section when it keeps them all.
 */
function rangeRoots(scope: readonly Section[], covered: ReadonlySet<Section>): Section[] {
  return scope.flatMap((section) =>
    covered.has(section) ? [trimmed(section, covered)] : rangeRoots(section.subsections, covered),
  );
}

function trimmed(section: Section, covered: ReadonlySet<Section>): Section {
  if (withSubsections(section).every((part) => covered.has(part))) return section;
  const subsections = section.subsections
    .filter((subsection) => covered.has(subsection))
    .map((subsection) => trimmed(subsection, covered));
  return { ...section, subsections };
}
