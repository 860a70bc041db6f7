import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunksOfPieces,
  cutPoints,
  markdownChunks,
  scanChunks,
} from '../../../src/markdown/chunks.ts';
import { markdownLine as line } from '../../helpers/markdown-lines.ts';

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

describe('chunksOfPieces', () => {
  it('cuts a text read in pieces as scanChunks cuts the whole', () => {
    fc.assert(
      fc.property(
        // Paragraphs and blank lines often, so that there are places to cut between the fences.
        fc.array(
          fc.oneof(
            { arbitrary: line, weight: 1 },
            { arbitrary: fc.constantFrom('para text', ''), weight: 8 },
          ),
          { minLength: 20, maxLength: 200 },
        ),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 200 }),
        (lines, cuts, chunk, window) => {
          const body = `${lines.join('\n')}\n`;
          const sizes = { first: chunk, later: chunk * 2 };
          expect([...chunksOfPieces(inPieces(body, cuts), sizes, 3, window)]).toEqual([
            ...scanChunks(body, sizes, 3),
          ]);
        },
      ),
    );
  });

  it('scans a window at a time, however long the text', () => {
    const paragraph = `${'word '.repeat(200)}\n\n`;
    const body = `${'```\n'}${paragraph.repeat(2_000)}${'```\n\n'}${paragraph.repeat(2_000)}`;
    const pieces = body.match(/[^\n]*\n/g) ?? [];
    expect([...chunksOfPieces(pieces)]).toEqual([...scanChunks(body)]);
  });
});

/** The text in pieces of whole lines, of these many lines each, in turn. */
function inPieces(text: string, counts: readonly number[]): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const pieces: string[] = [];
  for (let at = 0, turn = 0; at < lines.length; turn++) {
    const count = counts[turn % counts.length] ?? 1;
    pieces.push(lines.slice(at, at + count).join(''));
    at += count;
  }
  return pieces;
}
