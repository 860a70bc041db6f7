import { describe, expect, it } from 'vitest';
import { hintChoice, linksOnScreen, moveFocus } from '../../../src/reader/link-focus.ts';
import type { PageLink } from '../../../src/reader/page-links.ts';

/** Links on these lines, one each (a pair: a link over two lines). */
const linksAt = (...lines: (number | [number, number])[]): PageLink[] =>
  lines.map((line, index) => ({
    index,
    href: `${index}.md`,
    text: `link ${index}`,
    pieces: (Array.isArray(line) ? line : [line]).map((at) => ({ line: at, start: 0, end: 4 })),
  }));

describe('moving the focus from link to link', () => {
  const links = linksAt(2, 5, 8, 30, 31, 60);
  const screen = { top: 0, height: 10 };

  it('starts at the first link on the screen, and Shift-Tab at the last', () => {
    expect(moveFocus(links, screen, undefined, 1)).toEqual({ index: 0, top: 0 });
    expect(moveFocus(links, screen, undefined, -1)).toEqual({ index: 2, top: 0 });
  });

  it('goes on from the focused link, scrolling just enough to show the next one', () => {
    expect(moveFocus(links, screen, 1, 1)).toEqual({ index: 2, top: 0 });
    expect(moveFocus(links, screen, 2, 1)).toEqual({ index: 3, top: 21 });
    expect(moveFocus(links, { top: 21, height: 10 }, 3, -1)).toEqual({ index: 2, top: 8 });
  });

  it('starts again from the screen when the focused link was scrolled away', () => {
    expect(moveFocus(links, { top: 28, height: 10 }, 0, 1)).toEqual({ index: 3, top: 28 });
    expect(moveFocus(links, { top: 40, height: 10 }, 0, 1)).toEqual({ index: 5, top: 51 });
    expect(moveFocus(links, { top: 40, height: 10 }, 5, -1)).toEqual({ index: 4, top: 31 });
  });

  it('says there is none past the last link, or on a page without links', () => {
    expect(moveFocus(links, { top: 55, height: 10 }, 5, 1)).toBeUndefined();
    expect(moveFocus(links, screen, 0, -1)).toBeUndefined();
    expect(moveFocus([], screen, undefined, 1)).toBeUndefined();
  });

  it('shows a link over two lines whole when it scrolls to it', () => {
    const split = linksAt(1, [10, 11]);
    expect(moveFocus(split, screen, 0, 1)).toEqual({ index: 1, top: 2 });
    expect(linksOnScreen(split, { top: 11, height: 5 }).map((link) => link.index)).toEqual([1]);
  });
});

describe('choosing a link by its hint number', () => {
  it('follows a number at once when no longer number starts with it', () => {
    expect(hintChoice('3', 7)).toBe(3);
    expect(hintChoice('3', 12)).toBe(3);
    expect(hintChoice('12', 12)).toBe(12);
  });

  it('waits after a number that a longer one starts with, until Enter', () => {
    expect(hintChoice('1', 12)).toBe('more');
    expect(hintChoice('1', 12, true)).toBe(1);
    expect(hintChoice('', 12)).toBe('more');
  });

  it('has no link for a number past the last, 0, or nothing entered', () => {
    expect(hintChoice('8', 7)).toBe('none');
    expect(hintChoice('0', 7)).toBe('none');
    expect(hintChoice('13', 12)).toBe('none');
    expect(hintChoice('', 12, true)).toBe('none');
  });
});
