import { beforeEach, describe, expect, it } from 'vitest';
import { Marks } from '../../../src/reader/marks.ts';
import { Reader } from '../../../src/reader/reader.ts';
import {
  document,
  indexOf,
  keys,
  layout,
  press,
  size,
  statusLine,
} from '../../helpers/reader-guide.ts';

/** Marks (marks.ts): m and a letter sets one at the place at the top, ' and the letter goes back to it. */

let reader: Reader;
beforeEach(() => {
  reader = new Reader(document, layout, size);
});

describe('m and a letter', () => {
  it('sets a mark that quote and the letter return to, from anywhere', () => {
    press(reader, '3', 'd');
    const marked = reader.top;
    press(reader, 'm');
    expect(reader.note).toBe('mark: type a letter');
    press(reader, 'a');
    expect(reader.note).toBe("mark a set · 'a comes back here");
    expect(statusLine(reader)).toContain('mark a set');
    press(reader, 'G');
    expect(reader.top).not.toBe(marked);
    press(reader, "'");
    expect(statusLine(reader)).toContain('go to mark: type a letter');
    press(reader, 'a');
    expect(reader.top).toBe(marked);
    expect(reader.note).toBe('mark a');
  });

  it('takes the letter after m as a letter, not as its key: mq does not quit, md does not scroll', () => {
    expect(press(reader, 'j', 'm', 'q')).toBeUndefined();
    press(reader, 'm', 'd');
    expect(reader.top).toBe(1);
    expect(reader.marks.toRecord()).toEqual({
      d: reader.place,
      q: reader.place,
    });
  });

  it('tells lower and upper case apart', () => {
    press(reader, 'j', 'm', 'a', 'G', 'm', 'A', 'g', "'", 'a');
    expect(reader.top).toBe(1);
    press(reader, "'", 'A');
    expect(reader.top).toBe(reader.page.lines.length - reader.height);
  });

  it('says so when no mark has the letter', () => {
    press(reader, 'j', "'", 'b');
    expect(reader.note).toBe('no mark b: mb sets one');
    expect(reader.top).toBe(1);
  });

  it('is cancelled by a key that is no letter, which does nothing else', () => {
    press(reader, 'm', keys.escape);
    expect(reader.note).toBe('');
    expect(reader.mode).toBe('read');
    press(reader, "'", '2');
    expect(reader.top).toBe(0);
    expect(reader.marks.toRecord()).toEqual({});
  });

  it('keeps a mark at the same words across a resize', () => {
    press(reader, '3', 'd', 'm', 'x');
    const section = reader.section;
    reader.resize({ columns: 35, rows: 12 });
    press(reader, 'g', "'", 'x');
    expect(reader.section).toBe(section);
    // At 35 columns the marked word may be inside the top line: the words above it are fewer.
    const mark = reader.marks.toRecord().x?.words ?? 0;
    expect(mark).toBeGreaterThan(0);
    expect(reader.place.words).toBeLessThanOrEqual(mark);
    expect(reader.place.words).toBeGreaterThan(mark - 8);
  });

  it('takes the marks kept with the place', () => {
    const beta = { section: document.sections[indexOf('2')]?.id ?? '', words: 0 };
    const kept = new Reader(document, layout, size, undefined, {
      place: { section: null, words: 0 },
      marks: { b: beta, g: { section: 'gone', words: 4 } },
      changed: false,
    });
    press(kept, "'", 'b');
    expect(kept.section).toBe(indexOf('2'));
    press(kept, "'", 'g');
    expect(kept.note).toBe('mark g: its section is gone');
    expect(kept.section).toBe(indexOf('2'));
  });
});

describe('Marks', () => {
  it('leaves out stored marks under something other than a letter, and lists them in order', () => {
    const place = { section: null, words: 1 };
    const marks = new Marks({ z: place, a: place, '1': place, ab: place });
    expect(Object.keys(marks.toRecord())).toEqual(['a', 'z']);
  });
});
