import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import type { Size } from '../../../src/reader/reader.ts';
import { ReloadingReader } from '../../../src/reader/reloading.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { key } from '../../helpers/reader-guide.ts';

/**
 * A new version of the document (--watch) in the reader: ReloadingReader.reload keeps
 * the place by the section's id and the lines into it (reloading.ts).
 */

const size: Size = { columns: 40, rows: 8 };

/** Markdown of a title, an introduction and sections of numbered lines, each its own paragraph. */
function markdown(
  introduction: string,
  sections: readonly [title: string, lines: number][],
): string {
  const parts = sections.map(
    ([title, lines]) =>
      `## ${title}\n\n${Array.from({ length: lines }, (_, at) => `${title} line ${at + 1}.`).join('\n\n')}`,
  );
  return `# Notes\n\n${introduction}\n\n${parts.join('\n\n')}\n`;
}

function versionOf(text: string) {
  const document = parseDocument({ name: 'notes', text });
  const layout = (current: Size) =>
    layoutPage(document, new TextRenderer({ width: current.columns, colour: false }), false);
  return { document, layout };
}

function readerOn(text: string): ReloadingReader {
  const { document, layout } = versionOf(text);
  return new ReloadingReader(document, layout, size);
}

const topLine = (reader: ReloadingReader) => reader.page.plain[reader.top];
const sections: [string, number][] = [
  ['Alpha', 10],
  ['Beta', 10],
  ['Gamma', 10],
];

/** Goes to the section numbered `number`, then `lines` lines down. */
function goTo(reader: ReloadingReader, number: string, lines: number): void {
  reader.handle(key(number));
  for (let at = 0; at < lines; at++) reader.handle(key('j'));
}

describe('ReloadingReader.reload', () => {
  it('keeps the same words on top when text is added above them, and says reloaded', () => {
    const reader = readerOn(markdown('Short.', sections));
    goTo(reader, '3', 5);
    expect(topLine(reader)).toBe('Beta line 2.');
    const before = reader.top;
    const { document, layout } = versionOf(
      markdown('Longer.\n\nWith two more paragraphs.\n\nAnd a third.', sections),
    );
    reader.reload(document, layout);
    expect(topLine(reader)).toBe('Beta line 2.');
    expect(reader.top).toBeGreaterThan(before);
    expect(reader.document).toBe(document);
    expect(reader.note).toBe('reloaded');
  });

  it('follows a section by its id when a section before it is taken out', () => {
    const reader = readerOn(markdown('Short.', sections));
    goTo(reader, '4', 7);
    expect(topLine(reader)).toBe('Gamma line 3.');
    const { document, layout } = versionOf(
      markdown('Short.', [...sections.slice(1), ['Delta', 10]]),
    );
    reader.reload(document, layout);
    expect(topLine(reader)).toBe('Gamma line 3.');
  });

  it('stays at the same place of a section whose heading was renamed', () => {
    const reader = readerOn(markdown('Short.', sections));
    goTo(reader, '3', 5);
    const renamed = sections.map(([title, lines]): [string, number] =>
      title === 'Beta' ? ['Better', lines] : [title, lines],
    );
    const { document, layout } = versionOf(markdown('Short.', renamed));
    reader.reload(document, layout);
    expect(topLine(reader)).toBe('Better line 2.');
  });

  it('stays inside a section cut shorter than the place was into it', () => {
    const reader = readerOn(markdown('Short.', sections));
    goTo(reader, '2', 13);
    expect(topLine(reader)).toBe('Alpha line 6.');
    const shorter = sections.map(([title, lines]): [string, number] =>
      title === 'Alpha' ? [title, 2] : [title, lines],
    );
    const { document, layout } = versionOf(markdown('Short.', shorter));
    reader.reload(document, layout);
    // The last line of what is left of Alpha: the blank line before Beta's heading.
    expect(reader.page.plain.slice(reader.top - 1, reader.top + 2)).toEqual([
      'Alpha line 2.',
      '',
      'Beta',
    ]);
  });

  it('keeps the lines from the top above the first section', () => {
    const reader = readerOn(markdown('Short.', sections));
    reader.handle(key('j'));
    const { document, layout } = versionOf(markdown('Short.', sections.slice(0, 1)));
    reader.reload(document, layout);
    expect(reader.top).toBe(1);
  });
});
