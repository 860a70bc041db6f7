import type { Token } from 'marked';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../src/markdown/link-definitions.ts';
import { Footnotes, renderNotes } from '../../../src/render/footnotes.ts';
import { Layout } from '../../../src/render/layout.ts';
import { createTheme } from '../../../src/render/theme.ts';

const definitions = findDefinitions(
  '[^a]: Note a.\n\n[^b]: Note b, long enough to wrap at a narrow width.\n\n    Second paragraph.\n\n[^c]: Note c.\n',
).footnotes;

describe('Footnotes', () => {
  it('numbers notes in order of first use, a note keeping its number', () => {
    const notes = new Footnotes();
    notes.read(definitions);
    expect(['b', 'A', 'b', 'c'].map((label) => notes.refer(label))).toEqual([1, 2, 1, 3]);
  });

  it('gives no number where nothing defines the label', () => {
    const notes = new Footnotes();
    notes.read(definitions);
    expect(notes.refer('missing')).toBeUndefined();
    expect(notes.take()).toEqual([]);
  });

  it("keeps a section's numbers from the whole document", () => {
    const notes = new Footnotes();
    notes.read(definitions, [
      { key: 'c', number: 7 },
      { key: 'a', number: 9 },
    ]);
    expect([notes.refer('a'), notes.refer('c')]).toEqual([9, 7]);
  });

  it('takes the notes referred to since the last time, by number, once each', () => {
    const notes = new Footnotes();
    notes.read(definitions);
    notes.refer('b');
    notes.refer('a');
    notes.refer('b');
    expect(notes.take().map((note) => [note.number, note.definition.label])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
    notes.refer('b');
    expect(notes.take().map((note) => note.number)).toEqual([1]);
    expect(notes.take()).toEqual([]);
  });

  it('gives references inside notes no new number, and lists none of them', () => {
    const notes = new Footnotes();
    notes.read(definitions);
    notes.refer('a');
    notes.take();
    expect(notes.layingOutNotes(() => [notes.refer('a'), notes.refer('c')])).toEqual([
      1,
      undefined,
    ]);
    expect(notes.take()).toEqual([]);
    expect(notes.refer('c')).toBe(2);
  });
});

describe('renderNotes', () => {
  const theme = createTheme(false);
  const layout = new Layout(theme);
  const layOut = (tokens: readonly Token[], width: number) => layout.blocks(tokens, width);
  const note = (key: string, number: number) => {
    const definition = definitions[key];
    if (!definition) throw new Error(key);
    return { number, definition };
  };

  it('lists notes under a short rule, each hanging after its number', () => {
    expect(renderNotes([note('a', 1), note('b', 2)], layOut, theme, 30)).toBe(
      [
        '────────────────',
        '[1] Note a.',
        '[2] Note b, long enough to',
        '    wrap at a narrow width.',
        '    ',
        '    Second paragraph.',
      ].join('\n'),
    );
  });

  it('right-aligns numbers to the widest, and fits the width', () => {
    const text = renderNotes([note('a', 9), note('b', 10)], layOut, theme, 24);
    expect(text.split('\n').slice(1, 3)).toEqual([' [9] Note a.', '[10] Note b, long enough']);
    for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(24);
  });

  it('puts the number on a line of its own where the width leaves too little beside it', () => {
    expect(renderNotes([note('a', 1)], layOut, theme, 10)).toBe('──────────\n[1]\nNote a.');
  });

  it('is empty for no notes', () => {
    expect(renderNotes([], layOut, theme, 40)).toBe('');
  });
});
