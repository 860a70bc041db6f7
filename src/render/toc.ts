import type { Section } from '../document/model.ts';
import { minutesFor, sectionMinutes, totalWords } from '../document/words.ts';
import { cleanText } from './spans.ts';
import type { Theme } from './theme.ts';
import { cellWidth, truncate, type Width, wrapText } from './wrap.ts';

const gap = '  ';
/** Below this, the id column gives way to the title. */
const narrowestTitle = 16;

/** The numbered table of contents of `--list`, fitted to the width. */
export function renderToc(
  documentTitle: string,
  sections: readonly Section[],
  theme: Theme,
  width: Width,
  /** The words of the whole selection, more than `sections` hold when --depth hides some. */
  words = totalWords(sections),
): string {
  const title = theme.title(wrapText(cleanText(documentTitle), width));
  if (sections.length === 0) return `${title}\n\nNo sections.\n`;

  const rows = sections.map((section) => ({
    number: `${'  '.repeat(section.depth - 1)}${section.number}`,
    title: cleanText(section.title),
    id: cleanText(section.id),
    words: wordCount(section.words),
    minutes: `${sectionMinutes(section)} min`,
  }));
  const widest = (pick: (row: (typeof rows)[number]) => string) =>
    Math.max(...rows.map((row) => cellWidth(pick(row))));
  const numberWidth = widest((row) => row.number);
  const wordsWidth = widest((row) => row.words);
  const minutesWidth = widest((row) => row.minutes);
  const idWidth = widest((row) => row.id);
  const fixed = numberWidth + wordsWidth + minutesWidth + 3 * gap.length;
  // The id goes on a line of its own under the title when both do not fit on one.
  const idInline = widest((row) => row.title) + gap.length + idWidth <= width - fixed;
  const widestTitle = widest((row) => row.title);
  const titleWidth = Math.min(widestTitle, width - fixed - (idInline ? idWidth + gap.length : 0));
  const idIndent = ' '.repeat(numberWidth + gap.length);
  // Too narrow for counts beside the title: each section takes three short lines. Titles that
  // all fit are never too narrow, however short they are.
  const stacked = titleWidth < Math.min(narrowestTitle, widestTitle);
  // An id is never cut (it is there to be typed or copied): it has a line of its own, under the
  // title, or from the line's start where that makes it fit; a word wider than the width anyway.
  const idLine = (id: string): string => {
    const fits = (cells: number) => cells <= width;
    const indented = fits(idIndent.length + cellWidth(id)) || !fits(cellWidth(id));
    return `${indented ? idIndent : ''}${theme.link(id)}`;
  };

  const lines = rows.map((row) => {
    if (stacked) {
      const number = theme.muted(pad(row.number, numberWidth));
      const rest = width - idIndent.length;
      return [
        `${number}${gap}${truncate(row.title, rest)}`,
        idLine(row.id),
        `${idIndent}${theme.muted(truncate(`${row.words}, ${row.minutes}`, rest))}`,
      ].join('\n');
    }
    const title = pad(truncate(row.title, titleWidth), titleWidth);
    const counts = [
      theme.muted(row.words.padStart(wordsWidth)),
      theme.muted(row.minutes.padStart(minutesWidth)),
    ];
    const number = theme.muted(pad(row.number, numberWidth));
    if (idInline) return [number, title, theme.link(pad(row.id, idWidth)), ...counts].join(gap);
    return `${[number, title, ...counts].join(gap)}\n${idLine(row.id)}`;
  });
  const total = words;
  const count = sections.length === 1 ? '1 section' : `${sections.length} sections`;
  const summary = `${count}, ${wordCount(total)}, ${minutesFor(total)} min read`;
  return `${title}\n\n${lines.join('\n')}\n\n${theme.muted(wrapText(summary, width))}\n`;
}

function wordCount(words: number): string {
  return `${words} ${words === 1 ? 'word' : 'words'}`;
}

function pad(text: string, width: number): string {
  return Number.isFinite(width) ? text + ' '.repeat(Math.max(0, width - cellWidth(text))) : text;
}

/** The table of contents as a Markdown list of links to the sections' anchors. */
export function renderMarkdownToc(documentTitle: string, sections: readonly Section[]): string {
  const lines = sections.map((section) => {
    const indent = '  '.repeat(section.depth - 1);
    const minutes = sectionMinutes(section);
    return `${indent}- ${section.number} [${section.title}](#${section.id}) (${wordCount(section.words)}, ${minutes} min)`;
  });
  return `# ${documentTitle}\n\n${lines.join('\n')}${lines.length ? '\n' : 'No sections.\n'}`;
}
