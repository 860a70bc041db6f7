import { describe, expect, it } from 'vitest';
import { cutPoints, markdownChunks } from '../../../src/markdown/chunks.ts';

const tiny = { first: 1, later: 1 };

describe('markdownChunks', () => {
  it('gives back the text unchanged when joined', () => {
    const text = '# a\n\nb\n\n- c\n\n- d\n\ne\n';
    expect([...markdownChunks(text, tiny)].join('')).toBe(text);
  });

  it('cuts only where a block can start afresh', () => {
    const text =
      '# a\n\npara\n\n- item\n\n- loose item\n\n  continued\n\n```\ncode\n\n# not a heading\n```\n\n<pre>\n\nx\n</pre>\n\nend\n';
    expect([...markdownChunks(text, tiny)]).toEqual([
      '# a\n\n',
      'para\n\n- item\n\n- loose item\n\n  continued\n\n',
      '```\ncode\n\n# not a heading\n```\n\n',
      '<pre>\n\nx\n</pre>\n\n',
      'end\n',
    ]);
  });

  it('cuts chunks of about the sizes asked for', () => {
    const paragraph = `${'word '.repeat(200)}\n\n`;
    const chunks = [...markdownChunks(paragraph.repeat(400), { first: 4_000, later: 40_000 })];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]?.length).toBeGreaterThanOrEqual(4_000);
    expect(chunks[0]?.length).toBeLessThan(5_100);
    expect(chunks[1]?.length).toBeGreaterThanOrEqual(40_000);
    expect(chunks[1]?.length).toBeLessThan(41_100);
  });
});

describe('cutPoints', () => {
  it('gives where the smallest chunks start, none inside code', () => {
    const text = 'a\n\n```\n\nb\n```\n\nc\n';
    expect(cutPoints(text)).toEqual([0, 3, text.indexOf('c')]);
    const starts = [...markdownChunks(text, tiny)].map(
      (_, index, all) => all.slice(0, index).join('').length,
    );
    expect(cutPoints(text)).toEqual(starts);
  });
});
