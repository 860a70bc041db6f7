import type { FoundText, SectionMatches } from '../select/search.ts';
import { toJson } from './json.ts';
import { cleanText } from './spans.ts';
import type { Theme } from './theme.ts';
import { hang, type Width, wrapText } from './wrap.ts';

/**
 * Search results as grep shows them, a section at a time: its number and
 * title, then each matching sentence, wrapped and indented, with the matches
 * highlighted. Without colour the sentence itself is the only mark.
 */
export function renderSearchText(
  found: readonly SectionMatches[],
  theme: Theme,
  width: Width,
): string {
  const blocks = found.map(({ section, matches }) => {
    // A match in the title is shown in the section's heading line rather than again below it.
    const inTitle = matches.find((match) => match.text === section.title);
    const title = inTitle ? highlight(inTitle, theme) : cleanText(section.title);
    const heading = theme.heading(wrapText(`${section.number} ${title}`, width));
    const lines = matches
      .filter((match) => match !== inTitle)
      .map((match) => hang(wrapText(highlight(match, theme), width - 4), '  ', '    '));
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

function highlight(match: FoundText, theme: Theme): string {
  let text = '';
  let at = 0;
  for (const [start, end] of match.ranges) {
    text +=
      cleanText(match.text.slice(at, start)) + theme.match(cleanText(match.text.slice(start, end)));
    at = end;
  }
  return text + cleanText(match.text.slice(at));
}
