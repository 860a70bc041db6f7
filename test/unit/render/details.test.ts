import { describe, expect, it } from 'vitest';
import type { DetailsToken } from '../../../src/document/details.ts';
import { foldMarks, layoutDetails } from '../../../src/render/details.ts';
import { createTheme } from '../../../src/render/theme.ts';

const plain = createTheme(false);
const block = (summary: string | undefined, open = false): DetailsToken => ({
  type: 'details',
  raw: '',
  summary,
  open,
  tokens: [],
});
/** Contents as a fixed text, wrapped at nothing: the width they were given shows in them. */
const contents = (width: number) => `contents at ${width}\n\nsecond block`;

describe('layoutDetails', () => {
  it('puts the summary after a disclosure mark, then the contents indented under a blank line', () => {
    expect(layoutDetails(block('Advanced usage'), contents, 40, plain, false)).toBe(
      '▸ Advanced usage\n\n  contents at 38\n\n  second block',
    );
    expect(layoutDetails(block('Shown', true), () => '', 40, plain, false)).toBe('▾ Shown');
  });

  it('hangs a long summary under its first word, and names a block without one "Details"', () => {
    const long = layoutDetails(
      block('options that most readers never need'),
      () => '',
      20,
      plain,
      false,
    );
    expect(long).toBe('▸ options that most\n  readers never need');
    expect(layoutDetails(block(undefined), () => '', 20, plain, false)).toBe('▸ Details');
    expect(layoutDetails(block('<b>  </b>'), () => '', 20, plain, false)).toBe('▸ Details');
  });

  it('shows the summary as text: tags gone, entities decoded, control characters visible', () => {
    const summary = '<b>Bold</b> &amp; \u001b[31mred';
    expect(layoutDetails(block(summary), () => '', 40, plain, false)).toBe('▸ Bold & ^[[31mred');
  });

  it('leaves the contents unindented where the width has no room for the indent', () => {
    expect(layoutDetails(block('S'), contents, 9, plain, false)).toBe(
      '▸ S\n\ncontents at 9\n\nsecond block',
    );
  });

  it("marks the block for the reader's folding only when asked", () => {
    const { summary, body, end } = foldMarks;
    expect(layoutDetails(block('S'), contents, 40, plain, true)).toBe(
      `${summary}▸ S${body}\n\n  contents at 38\n\n  second block${end}`,
    );
    expect(layoutDetails(block('S'), () => '', 40, plain, true)).toBe(`${summary}▸ S${body}${end}`);
  });
});
