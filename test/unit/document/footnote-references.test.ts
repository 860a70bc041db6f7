import type { Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { groupDetails } from '../../../src/document/details.ts';
import { footnoteLabels } from '../../../src/document/footnote-references.ts';
import { lexBlocks } from '../../../src/markdown/lex.ts';

const labels = (markdown: string): string[] =>
  lexBlocks(markdown, {}).flatMap((token: Token) => footnoteLabels(token));

describe('footnoteLabels', () => {
  it('lists references in the order they are printed, repeats too', () => {
    expect(labels('a[^1] **b[^two]** [link[^3]](u) c[^1]\n')).toEqual(['1', 'two', '3', '1']);
  });

  it('looks into headings, quotes, lists and tables', () => {
    const markdown = '# H[^h]\n\n> q[^q]\n\n- i[^i]\n  - j[^j]\n\n| x[^x] |\n| - |\n| y[^y] |\n';
    expect(labels(markdown)).toEqual(['h', 'q', 'i', 'j', 'x', 'y']);
  });

  it('looks into details blocks, which print their contents', () => {
    const markdown = '<details>\n<summary>More</summary>\n\nd[^d]\n\n</details>\n\nafter[^a]\n';
    const tokens = groupDetails(lexBlocks(markdown, {}));
    expect(tokens.flatMap((token) => footnoteLabels(token))).toEqual(['d', 'a']);
  });

  it('finds none in code, in alt text or in a definition', () => {
    expect(labels('`a[^1]` ![b[^2]](i)\n\n    c[^3]\n\n[^4]: d[^5]\n')).toEqual([]);
  });
});
