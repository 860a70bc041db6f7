import { describe, expect, it } from 'vitest';
import { drawLinks, linksOnLine } from '../../../src/reader/link-draw.ts';
import type { PageLink } from '../../../src/reader/page-links.ts';

const link = (index: number, pieces: [line: number, start: number, end: number][]): PageLink => ({
  index,
  href: `${index}.md`,
  text: 'x',
  pieces: pieces.map(([line, start, end]) => ({ line, start, end })),
});

describe('drawing links on a line', () => {
  it('draws the focused link in inverse video, colour codes inside it kept inverse', () => {
    const line = 'see \u001b[34mthe link\u001b[39m here';
    const drawn = drawLinks(line, { focus: [{ start: 4, end: 12 }], labels: [] });
    expect(drawn).toBe('see \u001b[34m\u001b[7mthe link\u001b[39m\u001b[7m\u001b[27m here');
  });

  it('puts each hint number before its link', () => {
    const drawn = drawLinks('a b c', {
      focus: [],
      labels: [
        { at: 2, label: '1' },
        { at: 4, label: '2' },
      ],
    });
    expect(drawn).toBe('a \u001b[7m1\u001b[27mb \u001b[7m2\u001b[27mc');
  });

  it('leaves a line without links as it is', () => {
    expect(drawLinks('plain', { focus: [], labels: [] })).toBe('plain');
  });

  it('numbers a link at its first piece on the screen, and focuses each of its pieces', () => {
    const split = link(0, [
      [4, 10, 20],
      [5, 0, 6],
    ]);
    expect(linksOnLine(5, 5, split, [split])).toEqual({
      focus: [{ line: 5, start: 0, end: 6 }],
      labels: [{ at: 0, label: '1' }],
    });
    expect(linksOnLine(5, 0, undefined, [split])).toEqual({ focus: [], labels: [] });
  });
});
