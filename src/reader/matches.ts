import { queryPattern, spaceWithinParagraph } from '../select/search.ts';
import { lastAtOrBefore } from './search-order.ts';

/**
 * A match of the search in the laid-out lines: from `start` on `line` to
 * `end` on `endLine`, which is a later line when the phrase runs across the
 * wrapping of a paragraph ("has received" / "major criticism").
 */
export interface LineMatch {
  readonly line: number;
  readonly start: number;
  readonly endLine: number;
  readonly end: number;
}

/** The part of a match on one line, to highlight; `index` is the match's place in the list. */
export interface MatchSpan {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

/**
 * Every match of the query in the lines, in order. The lines are searched as
 * one text, so that white space in the query matches a line break as the
 * printing search (-s) does; a phrase is not found across a blank line.
 */
export function findMatches(lines: readonly string[], query: string): LineMatch[] {
  const pattern = queryPattern(query, spaceWithinParagraph);
  if (!pattern) return [];
  const text = lines.join('\n');
  const matches: LineMatch[] = [];
  // Matches come in order: the line of an offset is found by walking on from the last one.
  let line = 0;
  let lineStart = 0;
  const place = (offset: number): [line: number, column: number] => {
    for (;;) {
      const length = lines[line]?.length ?? 0;
      if (offset <= lineStart + length || line >= lines.length - 1) break;
      lineStart += length + 1;
      line++;
    }
    return [line, offset - lineStart];
  };
  for (const found of text.matchAll(pattern)) {
    const [startLine, start] = place(found.index);
    const [endLine, end] = place(found.index + found[0].length);
    matches.push({ line: startLine, start, endLine, end });
  }
  return matches;
}

/**
 * The spans of the matches that touch a line. A match that goes on to the
 * next line is highlighted to the end of the words on this one, and from the
 * first word on the next: the indent and the line break are not part of it.
 */
export function matchSpansOn(
  matches: readonly LineMatch[],
  line: number,
  text: string,
): MatchSpan[] {
  const spans: MatchSpan[] = [];
  // Matches do not overlap, so their last lines are in order as well: the first that reaches this line
  // follows the last that ends before it.
  const first = lastAtOrBefore(matches, line - 1, (match) => match.endLine) + 1;
  for (let index = first; index < matches.length; index++) {
    const match = matches[index] as LineMatch;
    if (match.line > line) break;
    let start = match.line === line ? match.start : 0;
    let end = match.endLine === line ? match.end : text.length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end, index });
  }
  return spans;
}
