import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { layoutPage, readerWidth } from '../../../src/reader/page.ts';
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
