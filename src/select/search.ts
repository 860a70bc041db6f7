import type { Section } from '../document/model.ts';

/**
 * A part of a section that reads well on its own, for searching: prose (a
 * paragraph, to be cut into sentences), or a list item, a table row or a line
 * of code, each whole. The render stage makes them from the section's tokens.
 */
export interface SearchUnit {
  readonly text: string;
  readonly prose: boolean;
}

/**
 * Text of a section that holds what was searched for, with where the matches
 * are: a sentence of a paragraph, a list item, a table row or a line of code.
 */
export interface FoundText {
  /** The sentence or unit, on one line. */
  readonly text: string;
  /** Start and end offsets of each match in `text`. */
  readonly ranges: readonly (readonly [number, number])[];
}

export interface SectionMatches {
  readonly section: Section;
  readonly matches: readonly FoundText[];
}

/**
 * The sentences of each section's prose, and its list items, table rows and
 * lines of code, that contain the query, case insensitively; white space in
 * the query matches any run of white space, so a phrase is found across the
 * line breaks of the source.
 */
export function searchSections(
  sections: readonly Section[],
  query: string,
  unitsOf: (section: Section) => readonly SearchUnit[],
): SectionMatches[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const found: SectionMatches[] = [];
  for (const section of sections) {
    const texts = unitsOf(section).flatMap((unit) =>
      unit.prose ? sentencesOf(unit.text) : [unit.text],
    );
    const matches = texts.flatMap((sentence) => {
      const ranges = [...sentence.matchAll(pattern)].map(
        (match) => [match.index, match.index + match[0].length] as const,
      );
      return ranges.length > 0 ? [{ text: sentence, ranges }] : [];
    });
    if (matches.length > 0) found.push({ section, matches });
  }
  return found;
}

/** Between two words of a query: any run of white space. */
const anySpace = '\\s+';
/**
 * Between two words of a query in laid-out lines: white space with at most
 * one line break in it, so that a phrase is found across the wrapping of a
 * paragraph but not from one paragraph into the next.
 */
export const spaceWithinParagraph = '(?:[^\\S\\n]+\\n?|\\n)[^\\S\\n]*';

/** The query as a case-insensitive pattern; white space in it matches `space` (any run of white space). */
export function queryPattern(query: string, space = anySpace): RegExp | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join(space), 'giu');
}

/** Made on first use: creating it loads the locale data, which only a search needs. */
let sentences: Intl.Segmenter | undefined;

/** A paragraph's text, on one line, cut into sentences. */
function sentencesOf(text: string): string[] {
  sentences ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  return [...sentences.segment(text.replace(/\s+/g, ' ').trim())]
    .map((segment) => segment.segment.trim())
    .filter(Boolean);
}
