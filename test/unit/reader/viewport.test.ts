import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Document } from '../../../src/document/model.ts';
import { BrowsingReader } from '../../../src/reader/browsing.ts';
import { foldedView } from '../../../src/reader/folds.ts';
import { GrowingPage, layoutPage } from '../../../src/reader/page.ts';
import type { Size } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { keys, press, statusLine, typeText } from '../../helpers/reader-guide.ts';

/**
 * The reader on a page laid out lazily (viewport.ts): only what the screen,
 * a jump or a search needs is laid out, and it behaves as on a page laid out whole.
 */

const count = 200;
const part = (at: number) =>
  `## Part ${at}\n\nThe words of part ${at} run on for a while, line after line, so that each part takes a few rows on the screen.\n`;
// A needle only near the end; a details block and the only links in part 150.
const markdown = [
  '# Long',
  ...Array.from({ length: count }, (_, at) => {
    if (at + 1 === 150)
      return `${part(150)}\nSee [the first](https://example.com/1) and [the second](https://example.com/2).\n\n<details><summary>More</summary>\n\nFolded words.\n\n</details>\n`;
    if (at + 1 === 190) return `${part(190)}\nA needle in the hay.\n`;
    return part(at + 1);
  }),
].join('\n\n');
const document = parseDocument({ name: 'long', text: markdown });
const renderer = (size: Size) =>
  new TextRenderer({ width: size.columns, colour: false, foldMarks: true, linkMarks: true });
const lazy = (shown: Document) => (size: Size) => new GrowingPage(shown, renderer(size), true);
const whole = layoutPage(document, renderer({ columns: 60, rows: 10 }), true);
// As the reader shows it: the details block folded.
const shown = foldedView(whole, new Set());
const size = { columns: 60, rows: 10 };

function open() {
  const reader = new BrowsingReader(document, lazy, size);
  // The page under the folds, as far as it is laid out.
  const laidOut = () => (reader as unknown as { folding: { whole: GrowingPage } }).folding.whole;
  return { reader, laidOut };
}

describe('a reader on a page laid out lazily', () => {
  it('lays out only the first screen to start with, and says its progress is an estimate', () => {
    const { reader, laidOut } = open();
    expect(laidOut().laidOut).toBeLessThan(5);
    expect(reader.page.lines.slice(0, reader.height)).toEqual(shown.lines.slice(0, reader.height));
    expect(reader.complete).toBe(false);
    expect(statusLine(reader)).toMatch(/§1\/200 · ~\d+%/);
  });

  it('lays out the rest in idle turns, then shows the true percentage', () => {
    const { reader } = open();
    while (reader.growFor(5));
    expect(reader.complete).toBe(true);
    expect(reader.page.lines).toEqual(shown.lines);
    expect(statusLine(reader)).toMatch(/§1\/200 · \d+%/);
    expect(statusLine(reader)).not.toContain('~');
  });

  it('G lays out everything and shows the end', () => {
    const { reader } = open();
    press(reader, 'G');
    expect(reader.complete).toBe(true);
    expect(reader.top).toBe(shown.lines.length - reader.height);
    expect(statusLine(reader)).toContain('100%');
  });

  it('a jump lays out up to its section, not beyond', () => {
    const { reader, laidOut } = open();
    press(reader, 't', keys.end, keys.up, keys.up, keys.enter);
    // Section 198 and the next, where it ends.
    expect(laidOut().laidOut).toBeLessThanOrEqual(200);
    expect(reader.top).toBe(shown.starts[197]);
    const fresh = open();
    for (let step = 0; step < 5; step++) press(fresh.reader, ']');
    expect(fresh.reader.section).toBe(5);
    expect(fresh.laidOut().laidOut).toBeLessThan(12);
    expect(fresh.reader.top).toBe(shown.starts[5]);
  });

  it('a search finds a match far beyond what is laid out, and n walks through the whole document', () => {
    const { reader, laidOut } = open();
    press(reader, '/');
    typeText(reader, 'needle');
    press(reader, keys.enter);
    expect(reader.matches).toHaveLength(1);
    expect(laidOut().plain[reader.matches[0]?.line ?? -1]).toContain('A needle in the hay.');
    expect(laidOut().laidOut).toBeLessThan(195);
    const again = open();
    press(again.reader, '/');
    typeText(again.reader, 'words of part');
    press(again.reader, keys.enter);
    expect(statusLine(again.reader)).toContain('match 1/');
    expect(statusLine(again.reader)).toMatch(/match 1\/\d+\+/);
    for (let step = 1; step < count; step++) press(again.reader, 'n');
    expect(again.reader.current).toBe(count - 1);
    expect(again.reader.matches).toHaveLength(count);
    press(again.reader, 'n');
    expect(again.reader.current).toBe(0);
  });

  it('folds and follows links in sections laid out later', () => {
    const { reader } = open();
    press(reader, keys.tab);
    expect(reader.focused).toBe(0);
    expect(reader.note).toContain('example.com/1');
    const summary = reader.page.plain.findIndex((line) => line.includes('More'));
    expect(reader.page.plain[summary]).toContain('▸');
    const folded = () => reader.page.plain.some((line) => line.includes('Folded words.'));
    expect(folded()).toBe(false);
    reader.top = summary;
    press(reader, 'o');
    expect(folded()).toBe(true);
    press(reader, 'G');
    expect(reader.page.lines).toEqual(foldedView(whole, new Set([0])).lines);
  });

  it('keeps its place when the screen changes size, laying out the new width as far as it needs', () => {
    const { reader, laidOut } = open();
    for (let step = 0; step < 40; step++) press(reader, ']');
    const before = reader.place;
    reader.resize({ columns: 40, rows: 12 });
    expect(reader.place).toEqual(before);
    expect(laidOut().laidOut).toBeLessThan(50);
  });
});
