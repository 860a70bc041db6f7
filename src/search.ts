import type { Section } from './document.ts';

/**
 * A piece of a section that holds the text searched for, with where the
 * matches are: a sentence of a paragraph, a list item, a table row or a line
 * of code.
 */
export interface Match {
  /** The piece, on one line. */
  readonly text: string;
  /** Start and end offsets of each match in `text`. */
  readonly ranges: readonly (readonly [number, number])[];
}

export interface SectionMatches {
  readonly section: Section;
  readonly matches: readonly Match[];
}

/**
 * The sentences (and list items, table rows, lines of code) of each
 * section's own plain text that contain the query, case insensitively; white
 * space in the query matches any run of white space, so a phrase is found
 * across the line breaks of the source.
 */
export function searchSections(
  sections: readonly Section[],
  query: string,
  plainText: (section: Section) => string,
): SectionMatches[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const found: SectionMatches[] = [];
  for (const section of sections) {
    const matches = piecesOf(plainText(section)).flatMap((sentence) => {
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

/** Made on first use: creating it loads the locale data, about 8 ms, which only a search needs. */
let sentences: Intl.Segmenter | undefined;

/** A paragraph's text, on one line, cut into sentences. */
function sentencesOf(text: string): string[] {
  sentences ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  return [...sentences.segment(text.replace(/\s+/g, ' ').trim())]
    .map((segment) => segment.segment.trim())
    .filter(Boolean);
}

/** A border of a table as the plain text draws it, after any quote bars and indent (group 1). */
const tableRule = /^([│ ]*)([┌├└])[─┬┼┴┐┤┘]*$/;
/** A line of nothing but a rule: a thematic break (─) or a heading's underline (=, - or ~). */
const ruleLine = /^(?:─+|=+|-+|~+)$/;
/** Quote bars at the start of a line, each with the space after it. */
const quoteBars = /^(?:│ ?)+/;
/** The marker of a list item: a bullet or a number, and the space after it. */
const listMarker = /^(?:[•◦▪*+-]|\d+[.)])\s+/;
/** Code is indented by four columns more than the text around it. */
const codeIndent = 4;

/**
 * A section's plain text (as printed without colour or wrapping) cut into
 * pieces that read well alone: each list item, each table row (its cells
 * joined by " | ", no borders), each line of code, and the sentences of each
 * paragraph, each on one line. Quote bars and rules are left out.
 */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  let paragraph: string[] = [];
  let item: string[] = [];
  /** Where a list item's text starts, while a list goes on: its code is indented past it. */
  let itemIndent: number | undefined;
  /** The quote bars and indent before each line of the table being read, and its row's lines of cells. */
  let table: { prefix: number; row: string[][] } | undefined;
  const flush = () => {
    pieces.push(...sentencesOf(paragraph.join(' ')));
    const itemText = item.join(' ').replace(/\s+/g, ' ').trim();
    if (itemText) pieces.push(itemText);
    paragraph = [];
    item = [];
  };
  const endRow = () => {
    const row = table?.row ?? [];
    const columns = Math.max(0, ...row.map((cells) => cells.length));
    const cells = Array.from({ length: columns }, (_, column) =>
      row
        .map((cells) => cells[column] ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (cells.some(Boolean)) pieces.push(cells.join(' | '));
    if (table) table.row = [];
  };
  for (const line of text.split('\n')) {
    const rule = tableRule.exec(line);
    if (rule) {
      if (rule[2] === '┌') {
        flush();
        table = { prefix: rule[1]?.length ?? 0, row: [] };
      } else endRow();
      if (rule[2] === '└') table = undefined;
      continue;
    }
    const cells = table && line.slice(table.prefix);
    if (table && cells?.startsWith('│') && cells.endsWith('│')) {
      table.row.push(cells.slice(1, -1).split('│'));
      continue;
    }
    table = undefined;
    const unquoted = line.replace(quoteBars, '');
    const content = unquoted.trim();
    if (!content || ruleLine.test(content)) {
      flush();
      continue;
    }
    const indent = unquoted.length - unquoted.trimStart().length;
    // A list goes on with its item's text (a nested list, a paragraph) or code; less, or in between, ends it.
    if (itemIndent !== undefined && indent !== itemIndent && indent < itemIndent + codeIndent)
      itemIndent = undefined;
    const marker = listMarker.exec(content);
    if (indent >= (itemIndent ?? 0) + codeIndent) {
      flush();
      pieces.push(content);
    } else if (marker) {
      flush();
      item.push(content);
      itemIndent = indent + marker[0].length;
    } else if (item.length > 0) item.push(content);
    else paragraph.push(content);
  }
  flush();
  return pieces;
}
