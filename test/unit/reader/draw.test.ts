import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import { type Key, Reader } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { document, frameRows, keys, layout, press } from '../../helpers/reader-guide.ts';

/** The frame drawn from the reader's state (draw.ts): the status line, and rows that fit the screen. */

let reader: Reader;
/** The last line the top can be at: the end of the text on the last row above the status line. */
const last = () => reader.page.lines.length - reader.height;

describe('the status line', () => {
  const long = parseDocument({
    name: 'long',
    text: '# A title that is long enough to crowd the status line\n\n## Intro\n\nText.\n\n## A section title that is long enough to fill the status line by itself\n\nMore text.\n',
  });
  const status = (columns: number) => {
    const at = new Reader(
      long,
      () => layoutPage(long, new TextRenderer({ width: columns, colour: false }), true),
      {
        columns,
        rows: 10,
      },
    );
    press(at, '2');
    return frameRows(at).at(-1) ?? '';
  };

  it('shortens the title with an ellipsis rather than leaving it out, and keeps the section, percent and help', () => {
    const line = status(80);
    expect(stringWidth(line)).toBe(80);
    expect(line).toMatch(
      /^ A title that… │ 2 A section title that is long enough t… +§2\/2 · 100% │ \? help $/,
    );
  });

  it('shows both whole when they fit, and the section alone when the line is too short for both', () => {
    expect(status(160)).toMatch(
      /^ A title that is long enough to crowd the status line │ 2 A section title that is long enough to fill the status line by itself +§2\/2 · 100% │ \? help $/,
    );
    expect(status(30)).toMatch(/^ 2 A section t… +100% │ \? help $/);
    // Room for the whole section and a few cells of the title: the section stays whole.
    expect(status(110)).toMatch(
      /^ A title that… │ 2 A section title that is long enough to fill the status line by itself +§2\/2 · 100% │ \? help $/,
    );
  });
});

describe('the frame', () => {
  /** Checks that the frame fills the screen exactly: `rows` rows, none wider than the columns. */
  function expectFits(at: Reader): void {
    const rows = frameRows(at);
    expect(rows).toHaveLength(at.size.rows);
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(at.size.columns);
  }

  it.each([
    [60, 10],
    [40, 8],
    [20, 5],
    [100, 30],
    [33, 4],
  ])('never has a row wider than %i columns (%i rows), in any mode', (columns, rows) => {
    reader = new Reader(document, layout, { columns, rows });
    expectFits(reader);
    for (const step of [
      ['3'],
      ['d'],
      ['/', ...'zebra', keys.enter],
      ['n', 'n', 'n', 'n', 'n'],
      ['9'],
      ['t'],
      [keys.end],
      [keys.escape, '?'],
      ['x', '/', ...'a very long search text that will not fit on the status line at all'],
      [keys.escape, 'N'],
      ['G'],
    ]) {
      press(reader, ...step);
      expectFits(reader);
    }
  });

  it('fits whatever keys are pressed, at whatever size (property)', () => {
    const pool: (Key | string)[] = [
      ...'jkfbdugG][123459tnN/?zq ',
      ...Object.values(keys).filter((one) => one !== keys.ctrlC),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 120 }),
        fc.integer({ min: 3, max: 40 }),
        fc.array(
          fc.oneof(
            fc.constantFrom(...pool),
            fc.record({
              columns: fc.integer({ min: 20, max: 120 }),
              rows: fc.integer({ min: 3, max: 40 }),
            }),
          ),
          { maxLength: 40 },
        ),
        (columns, rows, steps) => {
          reader = new Reader(document, layout, { columns, rows });
          for (const step of steps) {
            if (typeof step === 'object' && 'columns' in step) reader.resize(step);
            else press(reader, step);
            expect(reader.top).toBeGreaterThanOrEqual(0);
            expect(reader.top).toBeLessThanOrEqual(Math.max(0, last()));
            expect(reader.section).toBeGreaterThanOrEqual(-1);
            expect(reader.section).toBeLessThan(document.sections.length);
            expectFits(reader);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a terminal of two rows', () => {
  it('gets frames of two rows in every mode', async () => {
    const { Reader } = await import('../../../src/reader/reader.ts');
    const { drawFrame } = await import('../../../src/reader/draw.ts');
    const { layoutPage } = await import('../../../src/reader/page.ts');
    const { TextRenderer } = await import('../../../src/render/text.ts');
    const { parseDocument } = await import('../../../src/document/document.ts');
    const document = parseDocument({
      name: 'tiny',
      text: '## A\n\none two three\n\n## B\n\nfour\n',
    });
    const layout = () => layoutPage(document, new TextRenderer({ width: 30, colour: false }), true);
    const reader = new Reader(document, layout, { columns: 30, rows: 2 });
    for (const key of [{}, { name: 'tab' }, { name: 'escape' }, { sequence: '?' }]) {
      reader.handle(key);
      expect(drawFrame(reader).split('\r\n')).toHaveLength(2);
    }
  });
});
