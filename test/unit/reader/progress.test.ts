import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { wordsPerMinute } from '../../../src/document/words.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import { progressTexts } from '../../../src/reader/progress.ts';
import { Reader } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { press, statusLine } from '../../helpers/reader-guide.ts';

/** Progress on the status line (progress.ts): the section of all, the share seen, the reading time left. */

// Three sections of 2, 3 and 4 minutes' reading (the heading's word included).
const words = (count: number) =>
  Array(count - 1)
    .fill('word')
    .join(' ');
const minutes = [2, 3, 4];
const text = [
  '# Book',
  ...minutes.map((m, at) => `## Part${at + 1}\n\n${words(m * wordsPerMinute)}`),
]
  .join('\n\n')
  .concat('\n');
const book = parseDocument({ name: 'book', text });
const layout = (size: { columns: number }) =>
  layoutPage(book, new TextRenderer({ width: size.columns, colour: false }), false);

describe('progressTexts', () => {
  it('counts the words of each section as --list does', () => {
    expect(book.sections.map((section) => section.words)).toEqual(
      minutes.map((m) => m * wordsPerMinute),
    );
  });

  it('gives the section of all, the share seen and the minutes left, then shorter forms', () => {
    const page = layout({ columns: 60 });
    const start = page.starts[1] ?? 0;
    // The screen ends where Part2 starts: Part2 and Part3 are left, 7 minutes.
    const texts = progressTexts(book.sections, page, { top: start - 5, height: 5, section: 0 });
    const percent = Math.round((start / page.lines.length) * 100);
    expect(texts).toEqual([
      `§1/3 · ${percent}% · 7 min left`,
      `${percent}% · 7 min left`,
      `${percent}%`,
    ]);
  });

  it('counts the section at the bottom of the screen by its share of lines', () => {
    const page = layout({ columns: 60 });
    const start = page.starts[2] ?? 0;
    const end = page.lines.length;
    const half = start + Math.round((end - start) / 2);
    const [text] = progressTexts(book.sections, page, { top: half - 5, height: 5, section: 2 });
    expect(text).toMatch(/^§3\/3 · \d+% · 2 min left$/);
  });

  it('has no time left at the end', () => {
    const page = layout({ columns: 60 });
    const [text] = progressTexts(book.sections, page, {
      top: page.lines.length - 5,
      height: 5,
      section: 2,
    });
    expect(text).toBe('§3/3 · 100%');
  });
});

describe('the status line', () => {
  it('shows the progress at 80 columns, and the percent alone on a narrow screen', () => {
    const wide = new Reader(book, layout, { columns: 80, rows: 10 });
    press(wide, '2');
    expect(statusLine(wide)).toMatch(/ │ 2 Part2 +§2\/3 · \d+% · \d+ min left │ \? help $/);
    const narrow = new Reader(book, layout, { columns: 30, rows: 10 });
    press(narrow, '2');
    expect(statusLine(narrow)).toMatch(/^ Book │ 2 Part2 +\d+% │ \? help $/);
  });
});
