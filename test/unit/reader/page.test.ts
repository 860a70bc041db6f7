import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { GrowingPage, layoutPage, readerWidth } from '../../../src/reader/page.ts';
import { TextRenderer } from '../../../src/render/text.ts';

describe('the wrap width', () => {
  it('follows the screen up to 100 columns without -w', () => {
    expect(readerWidth(undefined, 80)).toBe(80);
    expect(readerWidth(undefined, 130)).toBe(100);
  });

  it('never goes past the screen, so that no line is cut off for good', () => {
    expect(readerWidth(60, 80)).toBe(60);
    expect(readerWidth(120, 80)).toBe(80);
    expect(readerWidth(120, 130)).toBe(120);
    // -w 0: no wrapping of its own, so the screen's edge.
    expect(readerWidth(0, 80)).toBe(80);
    expect(readerWidth(0, 200)).toBe(200);
    expect(readerWidth(0, 0)).toBe(1);
  });
});

describe('the laid-out page', () => {
  const page = (markdown: string) =>
    layoutPage(
      parseDocument({ name: 'post', text: markdown }),
      new TextRenderer({ width: 60, colour: false }),
      true,
    ).lines;

  it('has the metadata line under the title, as printing has', () => {
    expect(page('---\ntitle: A post\nauthor: Jane Doe\n---\n\nText.\n')).toEqual([
      'A post',
      '======',
      '',
      'By Jane Doe · 1 min read',
      '',
      'Text.',
    ]);
    expect(page('---\ntitle: A post\n---\n\nText.\n')).toEqual(['A post', '======', '', 'Text.']);
  });
});

describe('the growing page', () => {
  // Sections with a details block and links in each, so that folds and links are numbered through them.
  const markdown = Array.from(
    { length: 30 },
    (_, at) =>
      `## Part ${at + 1}\n\nWords of part ${at + 1}, with [a link](https://example.com/${at + 1}).\n\n` +
      `<details><summary>More of ${at + 1}</summary>\n\nHidden words of ${at + 1}.\n\n</details>\n`,
  ).join('\n');
  const document = parseDocument({ name: 'parts', text: `# Parts\n\n${markdown}` });
  const renderer = () =>
    new TextRenderer({ width: 40, colour: true, foldMarks: true, linkMarks: true });
  const whole = layoutPage(document, renderer(), true);

  it('holds the title alone to start with, and grows a section at a time', () => {
    const page = new GrowingPage(document, renderer(), true);
    expect(page.plain).toEqual(['Parts', '=====']);
    expect(page.laidOut).toBe(0);
    expect(page.complete).toBe(false);
    page.growOne();
    expect(page.laidOut).toBe(1);
    expect(page.plain.slice(page.starts[0])).toContain('Part 1');
    expect(page.plain.join('\n')).not.toContain('Part 2');
  });

  it('is at each step the start of the page laid out whole: lines, starts, folds and links never move', () => {
    const page = new GrowingPage(document, renderer(), true);
    let steps = 0;
    while (page.growOne()) {
      steps++;
      expect(page.lines).toEqual(whole.lines.slice(0, page.lines.length));
      expect(page.plain).toEqual(whole.plain.slice(0, page.plain.length));
      expect(page.starts).toEqual(whole.starts.slice(0, page.laidOut));
      expect(page.folds).toEqual(whole.folds.slice(0, page.folds.length));
      expect(page.links).toEqual(whole.links.slice(0, page.links.length));
    }
    expect(steps).toBe(31);
    expect(page.complete).toBe(true);
    expect(page.lines).toEqual(whole.lines);
    expect(page.folds).toHaveLength(30);
    expect(page.links.map((link) => link.index)).toEqual([...Array(30).keys()]);
    expect(page.links.at(-1)?.href).toBe('https://example.com/30');
  });

  it('estimates its length from the share of the Markdown laid out, exactly once complete', () => {
    const page = new GrowingPage(document, renderer(), true);
    page.growOne();
    expect(page.estimatedLines).toBeGreaterThan(page.lines.length);
    for (let step = 0; step < 15; step++) page.growOne();
    // Sections alike in size: half of them give about half of the lines.
    expect(page.estimatedLines).toBeGreaterThan(whole.lines.length * 0.9);
    expect(page.estimatedLines).toBeLessThan(whole.lines.length * 1.1);
    while (page.growOne());
    expect(page.estimatedLines).toBe(whole.lines.length);
  });
});
