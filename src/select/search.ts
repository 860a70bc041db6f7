import type { Section } from '../document/model.ts';

/**
 * A part of a section that reads well on its own, for searching: prose (a
 * paragraph, to be cut into sentences), or a list item, a table row or a line
 * of code, each whole. The render stage makes them from the section's tokens.
 */
export interface SearchUnit {
  /** On one line: no line breaks, single spaces, none at the ends. */
  readonly text: string;
  readonly prose: boolean;
  /** Numbered links in the text, in order (none unless links print numbered). */
  readonly links?: readonly LinkPlace[] | undefined;
}

/** Where a numbered link's number goes in a text (right after the link's text), and the link's address as written. */
export interface LinkPlace {
  readonly at: number;
  readonly href: string;
  /** What the list under the results shows instead of the address: where a link to a section leads. */
  readonly place?: string;
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
  /** The numbered links in `text`, if any. */
  readonly links?: readonly LinkPlace[];
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
    const texts = unitsOf(section).flatMap((unit) => (unit.prose ? sentencesOf(unit) : [unit]));
    const matches = texts.flatMap(({ text, links }): FoundText[] => {
      const ranges = [...text.matchAll(pattern)].map(
        (match) => [match.index, match.index + match[0].length] as const,
      );
      if (ranges.length === 0) return [];
      return [links?.length ? { text, ranges, links } : { text, ranges }];
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

/** A paragraph's text cut into sentences, each with the numbered links that end in it. */
function sentencesOf(unit: SearchUnit): Pick<SearchUnit, 'text' | 'links'>[] {
  sentences ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const cut: Pick<SearchUnit, 'text' | 'links'>[] = [];
  let links = unit.links ?? [];
  for (const { segment, index } of sentences.segment(unit.text)) {
    const text = segment.trim();
    if (!text) continue;
    const start = index + segment.length - segment.trimStart().length;
    const end = start + text.length;
    // A link belongs to the sentence its text ends in.
    const inside = links.filter((link) => link.at <= end);
    links = links.slice(inside.length);
    const moved = inside.map((link) => ({ ...link, at: Math.max(0, link.at - start) }));
    cut.push({ text, links: moved });
  }
  return cut;
}
