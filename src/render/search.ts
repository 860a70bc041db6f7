import type { FoundText, SectionMatches } from '../select/search.ts';
import { toJson } from './json.ts';
import { References, referenceMark, renderReferences } from './references.ts';
import { cleanText } from './spans.ts';
import type { Theme } from './theme.ts';
import { hang, type Width, wrapText } from './wrap.ts';

/**
 * Search results as grep shows them, a section at a time: its number and
 * title, then each matching sentence, wrapped and indented, with the matches
 * highlighted. Without colour the sentence itself is the only mark. Numbered
 * links (sentences that carry them) get their numbers here, through all the
 * results, and the section's addresses are listed under its sentences.
 */
export function renderSearchText(
  found: readonly SectionMatches[],
  theme: Theme,
  width: Width,
): string {
  const references = new References();
  const blocks = found.map(({ section, matches }) => {
    // A match in the title is shown in the section's heading line rather than again below it.
    const inTitle = matches.find((match) => match.text === section.title);
    const title = inTitle ? highlight(inTitle, theme, references) : cleanText(section.title);
    const heading = theme.heading(wrapText(`${section.number} ${title}`, width));
    const lines = matches
      .filter((match) => match !== inTitle)
      .map((match) => hang(wrapText(highlight(match, theme, references), width - 4), '  ', '    '));
    const list = renderReferences(references.take(), theme, width - 2, false);
    if (list) lines.push('', hang(list, '  ', '  '));
    return [heading, ...lines].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

export function renderSearchJson(query: string, found: readonly SectionMatches[]): string {
  const data = {
    query,
    sections: found.map(({ section, matches }) => ({
      number: section.number,
      id: section.id,
      title: section.title,
      matches: matches.map((match) => ({
        text: match.text,
        ranges: match.ranges.map(([start, end]) => ({ start, end })),
      })),
    })),
  };
  return toJson(data);
}

/** The text with its matches highlighted and its numbered links' numbers after their text. */
function highlight(match: FoundText, theme: Theme, references: References): string {
  const { text, ranges } = match;
  const marks = new Map<number, string>();
  for (const { at, href, place } of match.links ?? [])
    marks.set(at, (marks.get(at) ?? '') + referenceMark(references.add(href, place), theme));
  const cuts = [...new Set([0, text.length, ...ranges.flat(), ...marks.keys()])].sort(
    (a, b) => a - b,
  );
  let out = marks.get(0) ?? '';
  for (const [index, from] of cuts.slice(0, -1).entries()) {
    const to = cuts[index + 1] ?? text.length;
    const piece = cleanText(text.slice(from, to));
    const matched = ranges.some(([start, end]) => from >= start && from < end);
    out += (matched ? theme.match(piece) : piece) + (marks.get(to) ?? '');
  }
  return out;
}
