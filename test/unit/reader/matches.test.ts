import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { drawFrame } from '../../../src/reader/draw.ts';
import { findMatches, matchSpansOn } from '../../../src/reader/matches.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import { Reader } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import {
  document,
  keys,
  layout,
  markdown,
  press,
  size,
  statusLine,
  typeText,
} from '../../helpers/reader-guide.ts';

/** Matches of the reader's search (matches.ts), found and highlighted through the reader. */

let reader: Reader;

beforeEach(() => {
  reader = new Reader(document, layout, size);
});

describe('the Reader: a phrase across the wrapping', () => {
  /** A two-word phrase that the layout breaks across lines: the last word of a line and the first of the next. */
  function brokenPhrase(): { phrase: string; line: number } {
    const { plain } = reader.page;
    for (let line = 0; line < plain.length - 1; line++) {
      const last = /([a-z]+)$/.exec(plain[line] ?? '')?.[1];
      const first = /^([a-z]+)\b/.exec(plain[line + 1] ?? '')?.[1];
      if (last && first) return { phrase: `${last} ${first}`, line };
    }
    throw new Error('no phrase is broken across lines');
  }
  /** How often the phrase is in the source, any white space between its words: what -s counts. */
  const inSource = (phrase: string) =>
    (markdown.match(new RegExp(phrase.replace(' ', '\\s+'), 'gi')) ?? []).length;

  it('finds it, highlights both parts, and counts it once', () => {
    const { phrase, line } = brokenPhrase();
    const [before, after] = phrase.split(' ');
    press(reader, '/');
    typeText(reader, phrase);
    press(reader, keys.enter);
    expect(reader.matches).toHaveLength(inSource(phrase));
    const index = reader.matches.findIndex((match) => match.line === line);
    expect(reader.matches[index]).toMatchObject({
      line,
      endLine: line + 1,
      start: expect.any(Number),
      end: after?.length,
    });
    while (reader.current !== index) press(reader, 'n');
    expect(reader.top).toBeLessThanOrEqual(line);
    expect(reader.top + reader.height).toBeGreaterThan(line + 1);
    // Both parts are underlined as the current match; the line break and the indent are not highlighted.
    const rows = drawFrame(reader).split('\r\n');
    const current = (word: string | undefined) => `\u001b[4m\u001b[7m${word}\u001b[27m\u001b[24m`;
    expect(rows[line - reader.top]).toContain(`${current(before)}\u001b[0m`);
    expect(rows[line + 1 - reader.top]?.startsWith(current(after))).toBe(true);
    expect(statusLine(reader)).toContain(`match ${index + 1}/${reader.matches.length} │`);
  });

  it('n and N step over it as one match, and the count is the same at any width', () => {
    const { phrase } = brokenPhrase();
    press(reader, '/');
    typeText(reader, phrase);
    press(reader, keys.enter);
    const count = reader.matches.length;
    for (let i = 0; i < count; i++) press(reader, 'n');
    expect(reader.current).toBe(0);
    press(reader, 'N');
    expect(reader.current).toBe(count - 1);
    for (const columns of [40, 33, 100, 60]) {
      reader.resize({ columns, rows: 10 });
      expect(reader.matches).toHaveLength(inSource(phrase));
      expect(statusLine(reader)).toContain(`/${count} │`);
    }
  });

  it('does not find a phrase from one paragraph into the next', () => {
    const two = parseDocument({
      name: 'two',
      text: '## Two\n\nThe first paragraph ends without a stop\n\nzebras begin the second one\n',
    });
    const at = new Reader(
      two,
      () => layoutPage(two, new TextRenderer({ width: 60, colour: false }), true),
      size,
    );
    // In the laid-out lines the words are a blank line apart: white space, but not in one paragraph.
    expect(at.page.plain.join('\n')).toMatch(/stop\n\nzebras/);
    press(at, '/');
    typeText(at, 'stop zebras');
    press(at, keys.enter);
    expect(at.matches).toEqual([]);
    expect(at.note).toBe("no match for 'stop zebras'");
    press(at, '/');
    typeText(at, 'zebras begin');
    press(at, keys.enter);
    expect(at.matches).toHaveLength(1);
  });
});

describe('findMatches and matchSpansOn, on lines written by hand', () => {
  const lines = ['The show has received', '  major criticism, and', '', 'major again'];

  it('finds a phrase across a line break but not across a blank line', () => {
    expect(findMatches(lines, 'received major')).toEqual([
      { line: 0, start: 13, endLine: 1, end: 7 },
    ]);
    expect(findMatches(lines, 'and major')).toEqual([]);
    expect(findMatches(lines, 'MAJOR')).toEqual([
      { line: 1, start: 2, endLine: 1, end: 7 },
      { line: 3, start: 0, endLine: 3, end: 5 },
    ]);
  });

  it('highlights each line’s part of a match, without the indent or the line end', () => {
    const matches = findMatches(lines, 'received major');
    expect(matchSpansOn(matches, 0, lines[0] ?? '')).toEqual([{ start: 13, end: 21, index: 0 }]);
    expect(matchSpansOn(matches, 1, lines[1] ?? '')).toEqual([{ start: 2, end: 7, index: 0 }]);
    expect(matchSpansOn(matches, 2, '')).toEqual([]);
  });
});
