import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { layoutPage, type Page } from '../../../src/reader/page.ts';
import { lineAt, placeAt, sectionName } from '../../../src/reader/place.ts';
import { Reader } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { document, indexOf, layout, press, size, statusLine } from '../../helpers/reader-guide.ts';

/** Places (place.ts): a section and the words of it above the top, which land on the same words at any width. */

const pageAt = (columns: number): Page => layout({ columns, rows: 10 });
/** Words as a reader counts them: runs of non-spaces with a letter or a digit (the guide's 東京 is one). */
const wordsOf = (lines: readonly string[]) =>
  lines
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));

describe('placeAt and lineAt', () => {
  it('names the section a line is in and the words of it above the line', () => {
    const page = pageAt(60);
    const gamma = indexOf('3');
    const start = page.starts[gamma] ?? 0;
    expect(placeAt(page, document.sections, start)).toEqual({
      section: 'gamma-über-東京',
      words: 0,
    });
    const place = placeAt(page, document.sections, start + 4);
    expect(place.section).toBe('gamma-über-東京');
    expect(place.words).toBe(wordsOf(page.plain.slice(start, start + 4)).length);
    // Above the first section: no section, words from the top of the page.
    expect(placeAt(page, document.sections, 1)).toEqual({
      section: null,
      words: wordsOf(page.plain.slice(0, 1)).length,
    });
  });

  it('gives back the same line at the same width, for every line', () => {
    const page = pageAt(60);
    for (let line = 0; line < page.lines.length; line++) {
      const found = lineAt(page, document.sections, placeAt(page, document.sections, line));
      // A line without words (a blank, a rule) comes back as the first line at those words.
      expect(found).toBeLessThanOrEqual(line);
      expect(placeAt(page, document.sections, found ?? -1)).toEqual(
        placeAt(page, document.sections, line),
      );
    }
  });

  it('lands on the line holding the same next word at any other width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 100 }),
        fc.integer({ min: 20, max: 100 }),
        fc.nat(),
        (from, to, pick) => {
          const before = pageAt(from);
          const after = pageAt(to);
          const line = pick % before.lines.length;
          const place = placeAt(before, document.sections, line);
          const found = lineAt(after, document.sections, place) as number;
          const index = document.sections.findIndex((section) => section.id === place.section);
          const start = after.starts[index] ?? 0;
          const end = after.starts[index + 1] ?? after.lines.length;
          if (place.words >= wordsOf(after.plain.slice(start, end)).length) return;
          // The words above the found line are at most the place's; the first line from there
          // that has words holds the place's next word.
          expect(wordsOf(after.plain.slice(start, found)).length).toBeLessThanOrEqual(place.words);
          let next = found;
          while (wordsOf(after.plain.slice(next, next + 1)).length === 0) next++;
          expect(wordsOf(after.plain.slice(start, next)).length).toBeLessThanOrEqual(place.words);
          expect(wordsOf(after.plain.slice(start, next + 1)).length).toBeGreaterThan(place.words);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds no line for a section that is not in the document', () => {
    expect(lineAt(pageAt(60), document.sections, { section: 'gone', words: 3 })).toBeUndefined();
  });

  it('stops at the end of the section when the words run past it', () => {
    const page = pageAt(60);
    const alpha = indexOf('1');
    const line = lineAt(page, document.sections, { section: 'alpha', words: 1_000_000 });
    expect(line).toBe((page.starts[alpha + 1] ?? 0) - 1);
  });
});

describe('sectionName', () => {
  it('is the number and title, cut after a whole word when long', () => {
    const long = parseDocument({
      name: 'x',
      text: '# T\n\n## Season 2 will not be affected by backlash\n\nText.\n',
    });
    expect(sectionName(long.sections[0])).toBe('1 Season 2 …');
    expect(sectionName(document.sections[indexOf('2')])).toBe('2 Beta');
    expect(sectionName(undefined)).toBe('the start');
  });
});

describe('the Reader resuming', () => {
  const gamma = () => indexOf('3');
  const left = () => {
    const reader = new Reader(document, layout, size);
    press(reader, '3', 'd', 'j');
    return reader;
  };

  it('opens where it was left, saying so until the next key', () => {
    const before = left();
    const reader = new Reader(document, layout, size, undefined, {
      place: before.place,
      marks: {},
      changed: false,
    });
    expect(reader.top).toBe(before.top);
    expect(reader.section).toBe(gamma());
    expect(reader.note).toBe('resumed at 3 Gamma Über … · g for the start');
    // At 60 columns the note is cut, so that the progress and the help still show.
    expect(statusLine(reader)).toMatch(
      /^ +resumed at 3 Gamma Über … · g for the start │ \d+% │ \? help $/,
    );
    expect(stringWidth(statusLine(reader))).toBe(size.columns);
    press(reader, 'g');
    expect(reader.top).toBe(0);
    expect(reader.note).toBe('');
  });

  it('opens at the same words at another width', () => {
    const before = left();
    const wide = (columns: number) => ({ columns, rows: 10 });
    const reader = new Reader(document, layout, wide(35), undefined, {
      place: before.place,
      marks: {},
      changed: false,
    });
    expect(reader.section).toBe(gamma());
    const word = wordsOf(before.page.plain.slice(before.top, before.top + 1))[0] ?? '';
    expect(reader.page.plain[reader.top]).toContain(word);
  });

  it('opens at a section named on the command line instead', () => {
    const place = left().place;
    const beta = document.sections[indexOf('2')];
    const reader = new Reader(document, layout, size, beta, { place, marks: {}, changed: false });
    expect(reader.section).toBe(indexOf('2'));
    expect(reader.note).toBe('');
  });

  it('opens a changed document at the start of the same section, saying it changed', () => {
    const place = left().place;
    const reader = new Reader(document, layout, size, undefined, {
      place,
      marks: {},
      changed: true,
    });
    expect(reader.top).toBe(reader.page.starts[gamma()]);
    expect(reader.note).toBe(
      'changed since last read: resumed at 3 Gamma Über … · g for the start',
    );
  });

  it('opens a changed document whose section is gone at the start', () => {
    const place = { section: 'gone', words: 10 };
    const reader = new Reader(document, layout, size, undefined, {
      place,
      marks: {},
      changed: true,
    });
    expect(reader.top).toBe(0);
    expect(reader.note).toBe('changed since last read: its section is gone, so from the start');
  });

  it('says nothing when it was left at the start', () => {
    const place = { section: null, words: 0 };
    const reader = new Reader(document, layout, size, undefined, {
      place,
      marks: {},
      changed: false,
    });
    expect(reader.top).toBe(0);
    expect(reader.note).toBe('');
  });

  it('keeps the short last section jumped to as its place', () => {
    const reader = new Reader(document, layout, size);
    press(reader, '5');
    expect(reader.place).toEqual({ section: 'epsilon', words: 0 });
    const again = new Reader(document, layout, size, undefined, {
      place: reader.place,
      marks: {},
      changed: false,
    });
    expect(again.section).toBe(indexOf('5'));
  });
});

describe('a page without sections', () => {
  it('keeps a place from the top of the page', () => {
    const plain = parseDocument({ name: 'p', text: 'Just a paragraph of words.\n' });
    const page = layoutPage(plain, new TextRenderer({ width: 40, colour: false }), false);
    expect(placeAt(page, plain.sections, 0)).toEqual({ section: 'introduction', words: 0 });
    expect(lineAt(page, plain.sections, { section: 'introduction', words: 3 })).toBe(0);
  });
});
