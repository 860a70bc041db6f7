import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDocument } from '../../../src/document/document.ts';
import {
  headingLevels,
  maybeShallower,
  shallowestLevel,
} from '../../../src/markdown/heading-levels.ts';
import { lexInChunks } from '../../../src/markdown/lex.ts';
import { block } from '../../helpers/arbitrary-markdown.ts';
import '../../helpers/property-seed.ts';

const numRuns = Number(process.env.PROPERTY_RUNS ?? 300);

/** The headings' levels as marked reads them: top-level heading tokens, counted by level. */
function lexedLevels(body: string): number[] {
  const { links } = openDocument({ name: 'x', text: body });
  const levels = [0, 0, 0, 0, 0, 0, 0];
  for (const batch of lexInChunks(body, links))
    for (const token of batch)
      if (token.type === 'heading') levels[token.depth] = (levels[token.depth] ?? 0) + 1;
  return levels;
}

describe('headingLevels', () => {
  it('counts ATX and setext headings by level', () => {
    expect(headingLevels('# A\n\nB\n===\n\nC\n---\n\n### D ###\n')).toEqual([0, 2, 1, 1, 0, 0, 0]);
  });

  it('leaves out headings in fenced code, quotes, list items, HTML blocks and indented code', () => {
    const body = [
      '```sh\n# a comment\n```',
      '> # quoted',
      '- # in an item\n\n  ## also in it',
      '<div>\n# in HTML\n</div>',
      '    # code',
      '## Real',
    ].join('\n\n');
    expect(headingLevels(body)).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it('takes a dash line under a paragraph for a heading, elsewhere for a rule', () => {
    expect(headingLevels('text\n---\n\n---\n\n- - -\n\n===\n')).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it('says whether a line from a place on may be a heading shallower than a level', () => {
    const body = '# Title\n\n## A\n\ntext\n---\n\n## B\n';
    expect(maybeShallower(body, 8, 2)).toBe(false);
    expect(maybeShallower(body, 0, 2)).toBe(true);
    expect(maybeShallower(body, 8, 3)).toBe(true);
    expect(maybeShallower(`${body}\nC\n===\n`, 8, 2)).toBe(true);
    expect(maybeShallower(body, 0, 1)).toBe(false);
  });

  it('gives the shallowest level, the title heading left out', () => {
    expect(shallowestLevel([0, 1, 3, 0, 0, 0, 0], true)).toBe(2);
    expect(shallowestLevel([0, 1, 3, 0, 0, 0, 0], false)).toBe(1);
    expect(shallowestLevel([0, 2, 3, 0, 0, 0, 0], true)).toBe(1);
    expect(shallowestLevel([0, 1, 0, 0, 0, 0, 0], true)).toBeUndefined();
  });

  // Blocks apart by blank lines: a block that runs on into the next one (lazy text after a quote
  // whose last line is a heading, table rows) can fool the scan, and the reader's full parse then
  // corrects the numbers. So can a lone carriage return, which marked takes for a line end.
  it('finds the shallowest level marked finds, on arbitrary Markdown blocks', () => {
    const lines = block.filter((text) => !text.includes('\r'));
    const body = fc.array(lines, { maxLength: 10 }).map((blocks) => `${blocks.join('\n\n')}\n`);
    fc.assert(
      fc.property(body, fc.boolean(), (body, title) => {
        expect(shallowestLevel(headingLevels(body), title)).toBe(
          shallowestLevel(lexedLevels(body), title),
        );
      }),
      { numRuns },
    );
  });
});
