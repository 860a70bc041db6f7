import { describe, expect, it } from 'vitest';
import { documentBlocks, openDocument, parseDocument } from '../../../src/document/document.ts';
import { openStreamedDocument } from '../../../src/document/streamed.ts';
import type { TextPieces } from '../../../src/source/pieces.ts';

/** A text given a line at a time, read again each time it is asked for; counts its readings. */
function inLines(text: string): TextPieces & { readings: number } {
  const file = {
    name: 'doc',
    readings: 0,
    pieces() {
      file.readings++;
      return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    },
  };
  return file;
}

const text = [
  '---',
  'title: The title',
  'notice: A notice.',
  'author: Someone',
  '---',
  '',
  '# Heading',
  '',
  'See [the guide][guide], a note[^1] and [a section](#heading).',
  '',
  '```',
  '[guide]: https://example.com/not-this',
  '```',
  '',
  '[guide]: https://example.com/guide',
  '[^1]: The note, with [the guide][guide].',
  '',
].join('\n');

describe('openStreamedDocument', () => {
  it('reads what openDocument reads of the whole text, once, then the blocks as they are asked for', () => {
    const file = inLines(text);
    const streamed = openStreamedDocument(file);
    const whole = openDocument({ name: 'doc', text });
    expect(file.readings).toBe(1);
    const { blocks: _streamedBlocks, fragmentLinks, ...read } = streamed;
    const { blocks: _wholeBlocks, ...expected } = whole;
    expect(read).toEqual(expected);
    expect(fragmentLinks).toBe(true);
    expect([...documentBlocks(streamed)]).toEqual([...documentBlocks(whole)]);
    expect(file.readings).toBe(3);
  });

  it('finds the same sections', () => {
    const { blocks: _a, ...streamed } = parseDocument(openStreamedDocument(inLines(text)));
    const { blocks: _b, ...whole } = parseDocument(openDocument({ name: 'doc', text }));
    expect(streamed).toMatchObject(whole);
  });

  it('says when nothing links to a section', () => {
    expect(openStreamedDocument(inLines('# A\n\n[b]: https://example.com\n')).fragmentLinks).toBe(
      false,
    );
    expect(openStreamedDocument(inLines('# A\n\n[b]: #a\n')).fragmentLinks).toBe(true);
  });
});
