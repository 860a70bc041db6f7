import { describe, expect, it } from 'vitest';
import { takeFoldMarks } from '../../../src/reader/fold-marks.ts';
import {
  Folding,
  foldedView,
  foldToToggle,
  pageLine,
  summaryOn,
  viewLine,
} from '../../../src/reader/folds.ts';
import type { Page } from '../../../src/reader/page.ts';
import { foldMarks } from '../../../src/render/details.ts';

const { summary, body, end } = foldMarks;

/** A page of 14 lines: text, an outer block (a block inside it), an open block, text. */
function page(): Page {
  const lines = [
    'Start.', // 0
    '',
    `${summary}▸ Outer${body}`, // 2
    '',
    '  outer text', // 4
    '',
    `  ${summary}▸ Inner${body}`, // 6
    '',
    `    inner text${end}${end}`, // 8
    '',
    `${summary}▾ Open${body}`, // 10
    '',
    `  open text${end}`, // 12
    'End.', // 13
  ];
  const folds = takeFoldMarks(lines);
  return { lines, plain: lines, starts: [0, 13], folds, links: [] };
}

describe('foldedView', () => {
  it('leaves out the contents of folded blocks, the blocks inside them too', () => {
    const view = foldedView(page(), new Set([2]));
    expect(view.lines).toEqual(['Start.', '', '▸ Outer', '', '▾ Open', '', '  open text', 'End.']);
    expect(view.source).toEqual([0, 1, 2, 9, 10, 11, 12, 13]);
    expect(view.starts).toEqual([0, 7]);
  });

  it('shows an open block with its mark turned, a folded block inside it folded', () => {
    const view = foldedView(page(), new Set([0]));
    expect(view.lines.slice(2, 8)).toEqual(['▾ Outer', '', '  outer text', '', '  ▸ Inner', '']);
    expect(view.lines).not.toContain('    inner text');
    expect(view.lines).toContain('▸ Open');
    const all = foldedView(page(), new Set([0, 1, 2]));
    expect(all.lines).toEqual(page().lines.map((line) => line.replace('▸', '▾')));
  });

  it('is the page itself when it has no blocks', () => {
    const plain: Page = { lines: ['a', 'b'], plain: ['a', 'b'], starts: [0], folds: [], links: [] };
    const view = foldedView(plain, new Set());
    expect([view.lines, view.source, pageLine(view, 1), viewLine(view, 1)]).toEqual([
      ['a', 'b'],
      undefined,
      1,
      1,
    ]);
  });

  it('maps lines both ways; a folded line shows as the summary line above it', () => {
    const view = foldedView(page(), new Set());
    expect(pageLine(view, 3)).toBe(9);
    expect(viewLine(view, 9)).toBe(3);
    expect(viewLine(view, 6)).toBe(2);
  });
});

describe('which block a key acts on', () => {
  const view = foldedView(page(), new Set([0]));

  it('summaryOn: the block whose summary a line of the view is', () => {
    expect([0, 2, 3, 6, 8].map((line) => summaryOn(view, line))).toEqual([
      undefined,
      0,
      undefined,
      1,
      2,
    ]);
  });

  it('foldToToggle: the first summary on the screen, else the open block the top is in', () => {
    expect(foldToToggle(view, 0, 5)).toBe(0);
    expect(foldToToggle(view, 3, 4)).toBe(1);
    // Rows 3 and 4 are inside the open outer block, with no summary on them.
    expect(foldToToggle(view, 3, 2)).toBe(0);
    expect(foldToToggle(foldedView(page(), new Set()), 5, 1)).toBeUndefined();
  });
});

describe('Folding', () => {
  it('starts with the blocks written open open, and opens and closes others', () => {
    const folding = new Folding(page());
    expect(folding.view.lines).toContain('▾ Open');
    expect(folding.toggle(0, 0)).toBe(0);
    expect(folding.view.lines).toContain('  outer text');
    expect(folding.toggle(0, 0)).toBe(0);
    expect(folding.view.lines).not.toContain('  outer text');
    expect(folding.toggle(undefined, 0)).toBeUndefined();
  });

  it('closing the block the top is in puts its summary at the top', () => {
    const folding = new Folding(page());
    folding.toggle(0, 0);
    const top = viewLine(folding.view, 4);
    expect(folding.toggle(0, top)).toBe(2);
  });

  it('opens the blocks around lines to reveal them, and says so only when it did', () => {
    const folding = new Folding(page());
    expect(folding.reveal([8], 0)).toBe(0);
    expect(folding.view.lines).toContain('    inner text');
    expect(folding.reveal([8], 0)).toBeUndefined();
  });

  it('keeps the same blocks open when the page is laid out again', () => {
    const folding = new Folding(page());
    folding.toggle(1, 0);
    folding.relayout(page());
    expect(folding.view.lines).not.toContain('  ▸ Inner');
    folding.toggle(0, 0);
    expect(folding.view.lines).toContain('    inner text');
  });
});
