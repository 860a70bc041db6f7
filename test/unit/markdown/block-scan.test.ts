import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { BlockScan, deepRuns } from '../../../src/markdown/block-scan.ts';

/** How many quotes and lists marked nests, at the deepest. */
function markedDepth(tokens: readonly Token[]): number {
  let deepest = 0;
  const walk = (token: Token, above: number) => {
    const depth = above + (token.type === 'list' || token.type === 'blockquote' ? 1 : 0);
    deepest = Math.max(deepest, depth);
    if ('tokens' in token && Array.isArray(token.tokens))
      for (const child of token.tokens) walk(child, depth);
    if ('items' in token && Array.isArray(token.items))
      for (const item of token.items) walk(item as Token, depth);
  };
  for (const token of tokens) walk(token, 0);
  return deepest;
}

/** The text of each deep run. */
function deepText(markdown: string, limit: number): string[] {
  return (deepRuns(markdown, limit) ?? []).map(([start, end]) => markdown.slice(start, end));
}

const lines = (count: number, line: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => `${line(index)}\n`).join('');

describe('deepRuns', () => {
  it('finds nothing in an ordinary document', () => {
    const document =
      '# Title\n\n> quote\n> > inner\n\n- a\n  - b\n    - c\n      1. d\n\n```\n> > > > code\n```\n\n    > > > indented code\n';
    // Four lists deep, as marked reads it.
    expect(markedDepth(new Lexer({ gfm: true }).lex(document))).toBe(4);
    expect(deepRuns(document, 4)).toBeUndefined();
    expect(deepRuns(document, 100)).toBeUndefined();
  });

  it('finds nothing deeper than 100 levels in any CommonMark spec example', () => {
    const { tests } = createRequire(import.meta.url)('commonmark-spec') as {
      tests: { markdown: string }[];
    };
    for (const { markdown } of tests)
      expect(deepRuns(markdown.replace(/→/g, '\t'), 100)).toBe(undefined);
  });

  it('counts quote and list markers on one line', () => {
    expect(deepText(`${'> '.repeat(4)}x\n`, 3)).toEqual(['> > > > x\n']);
    expect(deepRuns(`${'> '.repeat(3)}x\n`, 3)).toBeUndefined();
    expect(deepText(`${'- '.repeat(4)}x\n`, 3)).toHaveLength(1);
    expect(deepText('> 1. - > x\n', 3)).toHaveLength(1);
  });

  it('counts list items nested by indentation, over many lines', () => {
    const nested = lines(5, (level) => `${'  '.repeat(level)}- level ${level}`);
    expect(deepText(nested, 4)).toEqual([nested]);
    expect(deepRuns(nested, 5)).toBeUndefined();
    // Siblings at the same indentation do not nest.
    expect(
      deepRuns(
        lines(500, () => '- item'),
        1,
      ),
    ).toBeUndefined();
  });

  it('gives the run of lines, between blank lines, that holds the deep line', () => {
    const deep = `${'>'.repeat(5)} deep\nlazy\n`;
    const markdown = `before\n\n${deep}\nafter\n`;
    const runs = deepRuns(markdown, 3);
    expect(runs).toEqual([[8, 8 + deep.length]]);
    expect(deepText(markdown, 3)).toEqual([deep]);
  });

  it('does not count fenced or indented code', () => {
    expect(deepRuns(`\`\`\`\n${'> '.repeat(10)}\n\`\`\`\n`, 3)).toBeUndefined();
    expect(deepRuns(`~~~~\n${'- '.repeat(10)}x\n~~~\n~~~~\n`, 3)).toBeUndefined();
    expect(deepRuns(`    ${'> '.repeat(10)}x\n`, 3)).toBeUndefined();
    // After the closing fence, lines count again.
    expect(deepText(`\`\`\`\nx\n\`\`\`\n${'> '.repeat(10)}x\n`, 3)).toHaveLength(1);
  });

  it('counts lines as marked nests them where it nests deeper than CommonMark', () => {
    // An ordered item's content is three columns in; marked still nests one indented by two, every
    // third line (a lazy line read again inside the item).
    const ordered = lines(30, (level) => `${'  '.repeat(level)}1. x`);
    const depth = markedDepth(new Lexer({ gfm: true }).lex(ordered));
    expect(depth).toBeGreaterThan(5);
    expect(deepRuns(ordered, depth - 1)).toBeDefined();
  });

  it('shows as source a block that would cost marked too much, short of the limit', () => {
    // 2 MB of lines 99 levels deep: marked copies each line at every level.
    const costly = lines(20_000, () => `${'>'.repeat(99)} x`);
    expect(deepRuns(costly, 100)).toEqual([[0, costly.length]]);
    // The same depth in a small block is lexed.
    expect(
      deepRuns(
        lines(100, () => `${'>'.repeat(99)} x`),
        100,
      ),
    ).toBeUndefined();
  });

  it('reads a 4 MB document nested 2,000 levels deep at once', () => {
    const nested = lines(2000, (level) => `${'  '.repeat(level)}- x`);
    expect(deepRuns(nested, 100)).toEqual([[0, nested.length]]);
  });
});

// Markdown that nests in every way the scan follows, tabs, lazy lines and fences included.
const prefix = fc
  .array(
    fc.constantFrom(
      ...[' ', '  ', '   ', '    ', '\t', '> ', '>', '- ', '* ', '1. ', '10) ', '-'],
      ...['+  ', '-     ', '```', '~~~'],
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const line = fc
  .tuple(prefix, fc.constantFrom('x', '', 'y z', '```', '- a', '> q'))
  .map(([start, text]) => start + text);

describe('deepRuns (property)', () => {
  it('finds a deep line wherever marked nests deeper than the limit', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (markdownLines) => {
        const markdown = `${markdownLines.join('\n')}\n`;
        let depth: number;
        try {
          depth = markedDepth(new Lexer({ gfm: true }).lex(markdown));
        } catch {
          // marked throws on some of these (see chunks.test.ts): nothing to compare.
          return;
        }
        for (let limit = 0; limit < depth; limit++) {
          expect(deepRuns(markdown, limit), `limit ${limit}`).toBeDefined();
        }
      }),
      // A fixed seed keeps the suite steady; while the scan was written, runs of a million
      // random documents found the differences from marked that it now follows.
      { numRuns: 3000, seed: 20261129 },
    );
  });
});

/** Every block the scan gives: its text, depth and whether a chunk starts at it. */
function scanned(markdown: string, sizes?: { first: number; later: number }) {
  const scan = new BlockScan(markdown, 3, sizes);
  const found: { text: string; depth: number; deep: boolean; startsChunk: boolean }[] = [];
  while (scan.next()) {
    found.push({
      text: markdown.slice(scan.start, scan.end),
      depth: scan.depth,
      deep: scan.deep,
      startsChunk: scan.startsChunk,
    });
  }
  return found;
}

describe('BlockScan', () => {
  it('gives the runs of lines between blank lines, with the most containers a line is in', () => {
    expect(scanned('# Title\n\n> a\n> > b\n\n\n- c\n  - d\n    - e\n')).toEqual([
      { text: '# Title\n', depth: 0, deep: false, startsChunk: false },
      { text: '> a\n> > b\n', depth: 2, deep: false, startsChunk: false },
      { text: '- c\n  - d\n    - e\n', depth: 3, deep: false, startsChunk: false },
    ]);
  });

  it('gives a last line without a newline, and nothing for blank text', () => {
    expect(scanned('a\n\nb').map((block) => block.text)).toEqual(['a\n', 'b']);
    expect(scanned('')).toEqual([]);
    expect(scanned(' \n\t\n')).toEqual([]);
  });

  it('marks a block deep past the limit', () => {
    expect(scanned('x\n\n> > > > deep\n').map((block) => [block.depth, block.deep])).toEqual([
      [0, false],
      [4, true],
    ]);
  });

  it('reads lines of fenced code as code, blank lines cutting it into runs all the same', () => {
    expect(scanned('```\n> > > > > x\n\n- - - - y\n```\n').map((block) => block.depth)).toEqual([
      0, 0,
    ]);
  });

  it('starts chunks only after a blank line, at a line that no earlier block continues', () => {
    const markdown = 'a\n\n- item\n\n  more\n\n```\n\nb\n```\n\n<!--\n\nc\n-->\n\nd\n';
    expect(
      scanned(markdown, { first: 1, later: 1 })
        .filter((block) => block.startsChunk)
        .map((block) => block.text),
    ).toEqual(['```\n', '<!--\n', 'd\n']);
  });

  it('starts a chunk only once the one before has the size asked for', () => {
    const starts = (sizes: { first: number; later: number }) =>
      scanned('a\n\nb\n\nc\n\nd\n', sizes)
        .filter((block) => block.startsChunk)
        .map((block) => block.text);
    expect(starts({ first: 3, later: 6 })).toEqual(['b\n', 'd\n']);
    expect(starts({ first: 100, later: 1 })).toEqual([]);
  });
});
