import stringWidth from 'string-width';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { drawFrame } from '../../../src/reader/draw.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import { Reader, type Size } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import {
  document,
  frameRows,
  indexOf,
  key,
  keys,
  layout,
  press,
  size,
  statusLine,
  typeText,
  zebras,
} from '../../helpers/reader-guide.ts';

/**
 * The reader's state machine in process: keys as readline reports them go in,
 * the state and the frame drawn from it come out. No terminal is involved.
 */

let reader: Reader;
/** The last line the top can be at: the end of the text on the last row above the status line. */
const last = () => reader.page.lines.length - reader.height;

beforeEach(() => {
  reader = new Reader(document, layout, size);
});

describe('the generated guide', () => {
  it('has sections and subsections, and is several screens long at 60x10', () => {
    expect(document.sections.map((section) => section.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '3',
      '3.1',
      '3.2',
      '3.3',
      '4',
      '5',
    ]);
    expect(zebras).toBe(12);
    expect(reader.page.lines.length).toBeGreaterThan(10 * reader.height);
    // The last section is shorter than a screen, so a jump there cannot bring it to the top.
    expect(reader.page.starts.at(-1)).toBeGreaterThan(last());
  });
});

describe('the Reader: scrolling', () => {
  it('starts at the top, on the title, in the first section, which the status line names', () => {
    expect(reader.top).toBe(0);
    expect(reader.mode).toBe('read');
    expect(reader.height).toBe(9);
    expect(reader.page.starts[0]).toBeGreaterThan(0);
    expect(reader.section).toBe(0);
    const rows = frameRows(reader);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe('Field Guide');
    expect(rows.at(-1)).toMatch(
      /^ Field Guide │ 1 Alpha +§1\/11 · \d+% · \d+ min left │ \? help $/,
    );
  });

  it.each([
    ['j', key('j')],
    ['Down', keys.down],
    ['Enter', keys.enter],
  ])('%s moves a line down', (_, down) => {
    expect(press(reader, down)).toBeUndefined();
    expect(reader.top).toBe(1);
    press(reader, down, down);
    expect(reader.top).toBe(3);
    expect(frameRows(reader)[0]).toBe(reader.page.plain[3]);
  });

  it.each([
    ['k', key('k')],
    ['Up', keys.up],
  ])('%s moves a line up, and not above the start', (_, up) => {
    press(reader, 'j', 'j', 'j', up);
    expect(reader.top).toBe(2);
    press(reader, up, up, up, up);
    expect(reader.top).toBe(0);
  });

  it.each([
    ['Space', key(' ')],
    ['f', key('f')],
    ['PgDn', keys.pageDown],
  ])('%s moves a page (the text rows) down, and not past the end', (_, down) => {
    press(reader, down);
    expect(reader.top).toBe(9);
    press(reader, down);
    expect(reader.top).toBe(18);
    for (let i = 0; i < 30; i++) press(reader, down);
    expect(reader.top).toBe(last());
  });

  it.each([
    ['b', key('b')],
    ['PgUp', keys.pageUp],
  ])('%s moves a page up, and not above the start', (_, up) => {
    press(reader, ' ', ' ', ' ', up);
    expect(reader.top).toBe(18);
    press(reader, up, up, up);
    expect(reader.top).toBe(0);
  });

  it('d and u move half a page', () => {
    press(reader, 'd');
    expect(reader.top).toBe(4);
    press(reader, 'd', 'd', 'u');
    expect(reader.top).toBe(8);
    press(reader, 'u', 'u', 'u');
    expect(reader.top).toBe(0);
  });

  it.each([
    ['G', 'g', key('G'), key('g')],
    ['End', 'Home', keys.end, keys.home],
  ])('%s goes to the end and %s to the start', (_end, _home, end, home) => {
    press(reader, 'j', end);
    expect(reader.top).toBe(last());
    const rows = frameRows(reader);
    // The last line of the text is on the row above the status line, which says 100%.
    expect(rows.at(-2)).toBe(reader.page.plain.at(-1));
    expect(rows.at(-1)).toContain('100% │ ? help');
    press(reader, home);
    expect(reader.top).toBe(0);
  });

  it('j at the end stays at the end', () => {
    press(reader, 'G', 'j', 'j', keys.down);
    expect(reader.top).toBe(last());
  });
});

describe('the Reader: sections', () => {
  it('] goes to the start of each next section in turn, and the status line names it', () => {
    const { starts } = reader.page;
    // At the start the first section is read already: ] goes to the second. Every
    // section but the short last one can be brought to the top.
    for (let index = 1; index < document.sections.length - 1; index++) {
      press(reader, ']');
      expect(reader.section).toBe(index);
      expect(reader.top).toBe(starts[index]);
      const section = document.sections[index];
      expect(statusLine(reader)).toContain(`${section?.number} ${section?.title}`);
    }
  });

  it('at the start of a document with an Introduction, names it and ] goes to section 2', () => {
    const text = `# Notes\n\n${'Opening words.\n\n'.repeat(12)}## Second\n\nMore.\n\n## Third\n\nEnd.\n`;
    const introduced = parseDocument({ name: 'notes', text });
    const at = new Reader(
      introduced,
      (current) =>
        layoutPage(introduced, new TextRenderer({ width: current.columns, colour: false }), true),
      size,
    );
    expect(at.top).toBe(0);
    expect(at.page.starts[0]).toBeGreaterThan(0);
    expect(statusLine(at)).toMatch(
      /^ Notes │ 1 Introduction +§1\/3 · \d+% · \d+ min left │ \? help $/,
    );
    press(at, ']');
    expect(at.top).toBe(at.page.starts[1]);
    expect(frameRows(at)[0]).toBe('Second');
    expect(statusLine(at)).toMatch(/^ Notes │ 2 Second /);
  });

  it('] from the middle of a section goes to the next one', () => {
    press(reader, ']', 'j', 'j', 'j', ']');
    expect(reader.section).toBe(2);
    expect(reader.top).toBe(reader.page.starts[2]);
  });

  it('[ goes to the start of this section, then of the one before, then to the title, which is in the first', () => {
    const gamma = indexOf('3');
    press(reader, '3', 'j', 'j', 'j');
    expect(reader.section).toBe(gamma);
    press(reader, '[');
    expect(reader.top).toBe(reader.page.starts[gamma]);
    expect(reader.section).toBe(gamma);
    press(reader, '[');
    expect(reader.section).toBe(gamma - 1);
    expect(reader.top).toBe(reader.page.starts[gamma - 1]);
    press(reader, '1', '[');
    expect(reader.top).toBe(0);
    expect(reader.section).toBe(0);
    press(reader, '[');
    expect(reader.top).toBe(0);
    press(reader, ']');
    expect(reader.section).toBe(1);
  });

  it.each([
    ['1', '1 Alpha'],
    ['2', '2 Beta'],
    ['3', '3 Gamma Über 東京'],
    ['4', '4 Delta'],
  ])('%s goes to that top-level section', (digit, status) => {
    press(reader, 'G', digit);
    const index = indexOf(digit);
    expect(reader.section).toBe(index);
    expect(reader.top).toBe(reader.page.starts[index]);
    expect(statusLine(reader)).toContain(` Field Guide │ ${status} `);
  });

  it('a digit with no such section leaves the place and says so until the next key', () => {
    press(reader, 'd', '9');
    expect(reader.top).toBe(4);
    expect(reader.note).toBe('no section 9');
    expect(statusLine(reader)).toContain('no section 9 │');
    press(reader, 'j');
    expect(reader.note).toBe('');
    expect(statusLine(reader)).not.toContain('no section');
  });

  it('a jump to a last section shorter than the screen shows the end and names that section', () => {
    const epsilon = indexOf('5');
    press(reader, '5');
    expect(reader.top).toBe(last());
    expect(reader.section).toBe(epsilon);
    expect(statusLine(reader)).toContain('5 Epsilon');
    press(reader, '4', ']');
    expect(reader.section).toBe(epsilon);
    expect(statusLine(reader)).toContain('5 Epsilon');
    // ] once more has nowhere to go; [ goes back to the start of the one before.
    press(reader, ']');
    expect(reader.section).toBe(epsilon);
    press(reader, '[');
    expect(reader.section).toBe(epsilon - 1);
    expect(reader.top).toBe(reader.page.starts[epsilon - 1]);
  });

  it('scrolling after such a jump names the section at the top again', () => {
    press(reader, '5', 'k');
    expect(reader.section).toBe(indexOf('4'));
  });
});

describe('the Reader: contents', () => {
  it('leaves Tab to the links: it opens no contents', () => {
    press(reader, keys.tab);
    expect(reader.mode).toBe('read');
  });

  it.each([['t', key('t')]])(
    '%s opens the contents on the current section; Down, Up, j, k move; Enter jumps',
    (_, open) => {
      press(reader, '2', open);
      expect(reader.mode).toBe('contents');
      expect(reader.cursor).toBe(indexOf('2'));
      const rows = frameRows(reader);
      expect(rows[0]).toMatch(/^Contents/);
      expect(rows).toContain('  2  Beta');
      expect(rows).toContain('    2.1  Beta one');
      // The entry under the cursor is drawn inverse.
      expect(drawFrame(reader)).toContain('\u001b[7m  2  Beta\u001b[27m');

      press(reader, keys.down, keys.down, 'j');
      expect(reader.cursor).toBe(indexOf('3.1'));
      press(reader, keys.up, 'k');
      expect(reader.cursor).toBe(indexOf('2.1'));
      expect(reader.top).toBe(reader.page.starts[indexOf('2')]);
      press(reader, keys.enter);
      expect(reader.mode).toBe('read');
      expect(reader.section).toBe(indexOf('2.1'));
      expect(reader.top).toBe(reader.page.starts[indexOf('2.1')]);
    },
  );

  it('opens on the first entry from the title, and the cursor stays in the list', () => {
    press(reader, 't');
    expect(reader.cursor).toBe(0);
    press(reader, keys.up, 'k');
    expect(reader.cursor).toBe(0);
    press(reader, 'G');
    expect(reader.cursor).toBe(document.sections.length - 1);
    press(reader, keys.down, 'j');
    expect(reader.cursor).toBe(document.sections.length - 1);
    expect(frameRows(reader)).toContain('  5  Epsilon');
    press(reader, 'g');
    expect(reader.cursor).toBe(0);
    press(reader, keys.end, keys.home);
    expect(reader.cursor).toBe(0);
  });

  it.each([
    ['Esc', keys.escape],
    ['t', key('t')],
    ['Tab', keys.tab],
    ['q', key('q')],
  ])('%s closes the contents without moving (and without quitting)', (_, close) => {
    press(reader, 'd', 't', keys.down, keys.down);
    expect(press(reader, close)).toBeUndefined();
    expect(reader.mode).toBe('read');
    expect(reader.top).toBe(4);
  });
});

describe('the Reader: search', () => {
  it('/ shows what is typed on the status line; Enter finds every match, in any case', () => {
    press(reader, '/');
    expect(reader.mode).toBe('search');
    typeText(reader, 'ZEBX');
    press(reader, keys.backspace);
    expect(statusLine(reader)).toBe('/ZEB');
    typeText(reader, 'ra');
    press(reader, keys.enter);
    expect(reader.mode).toBe('read');
    expect(reader.matches).toHaveLength(zebras);
    for (const match of reader.matches) {
      expect(reader.page.plain[match.line]?.slice(match.start, match.end).toLowerCase()).toBe(
        'zebra',
      );
    }
    // In document order, two on one line included.
    const places = reader.matches.map((match) => match.line * 1000 + match.start);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(new Set(reader.matches.map((match) => match.line)).size).toBe(zebras - 1);
    expect(reader.current).toBe(0);
    expect(statusLine(reader)).toContain(`match 1/${zebras} │`);
  });

  it('moves to the first match at or after the top of the screen, as less does', () => {
    const gamma = indexOf('3');
    press(reader, '3');
    const top = reader.top;
    press(reader, '/');
    typeText(reader, 'zebra');
    press(reader, keys.enter);
    const first = reader.matches.findIndex((match) => match.line >= top);
    expect(first).toBeGreaterThan(0);
    expect(reader.current).toBe(first);
    const line = reader.matches[first]?.line ?? -1;
    expect(line).toBeGreaterThan(top + reader.height - 1);
    // Not on the screen: it comes to the top.
    expect(reader.top).toBe(line);
    expect(reader.section).toBe(gamma);
    expect(statusLine(reader)).toContain(`match ${first + 1}/${zebras}`);
  });

  it('does not move when the first match after the top is already on the screen', () => {
    press(reader, '1');
    const top = reader.top;
    press(reader, '/');
    typeText(reader, 'zebra');
    press(reader, keys.enter);
    expect(reader.current).toBe(0);
    expect(reader.matches[0]?.line).toBeLessThan(top + reader.height);
    expect(reader.top).toBe(top);
  });

  it('wraps to the first match when none is after the top', () => {
    press(reader, 'G', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', '/');
    typeText(reader, 'quick brown');
    press(reader, keys.enter);
    expect(reader.matches.length).toBeGreaterThan(0);
    if (reader.matches.every((match) => match.line < reader.top)) {
      expect(reader.current).toBe(0);
    }
    // The phrase as the query typed it, any run of white space between the words.
    const { line = -1, start = 0, end = 0 } = reader.matches[reader.current] ?? {};
    expect(reader.page.plain[line]?.slice(start, end)).toMatch(/^quick\s+brown$/i);
  });

  it('n and N go to the next and the previous match, wrapping round, and keep it on the screen', () => {
    press(reader, '/');
    typeText(reader, 'zebra');
    press(reader, keys.enter);
    const seen: number[] = [];
    for (let i = 1; i <= zebras; i++) {
      press(reader, 'n');
      seen.push(reader.current);
      const line = reader.matches[reader.current]?.line ?? -1;
      expect(line).toBeGreaterThanOrEqual(reader.top);
      expect(line).toBeLessThan(reader.top + reader.height);
      expect(statusLine(reader)).toContain(`match ${reader.current + 1}/${zebras} │`);
    }
    expect(seen).toEqual([...Array(zebras - 1).keys()].map((i) => i + 1).concat(0));
    press(reader, 'N');
    expect(reader.current).toBe(zebras - 1);
    expect(reader.section).toBe(indexOf('5') - 1);
    press(reader, 'N', 'N');
    expect(reader.current).toBe(zebras - 3);
    expect(statusLine(reader)).toContain(`match ${zebras - 2}/${zebras} │`);
  });

  it('highlights the matches on the screen, the current one underlined too', () => {
    press(reader, '/');
    typeText(reader, 'zebra');
    press(reader, keys.enter);
    // Go to the first of the two matches on one line.
    const pair = reader.matches.findIndex((match, i) => match.line === reader.matches[i + 1]?.line);
    expect(pair).toBeGreaterThan(0);
    while (reader.current !== pair) press(reader, 'n');
    const frame = drawFrame(reader);
    expect(frame).toContain('\u001b[4m\u001b[7mzebra\u001b[27m\u001b[24m \u001b[7mzebra\u001b[27m');
  });

  it('Esc clears the search; another Esc quits', () => {
    press(reader, '/');
    typeText(reader, 'zebra');
    press(reader, keys.enter, 'n');
    const top = reader.top;
    expect(press(reader, keys.escape)).toBeUndefined();
    expect(reader.matches).toEqual([]);
    expect(reader.query).toBe('');
    expect(reader.top).toBe(top);
    expect(statusLine(reader)).not.toContain('match');
    expect(drawFrame(reader)).not.toContain('\u001b[7mzebra');
    press(reader, 'n');
    expect(reader.note).toBe('no search: type / and a text');
    expect(press(reader, keys.escape)).toBe('quit');
  });

  it('Esc while typing goes back without searching', () => {
    press(reader, '/');
    typeText(reader, 'zebra');
    expect(press(reader, keys.escape)).toBeUndefined();
    expect(reader.mode).toBe('read');
    expect(reader.matches).toEqual([]);
    expect(reader.top).toBe(0);
  });

  it('a text that is not there says so, and a blank one does nothing', () => {
    press(reader, 'd', '/');
    typeText(reader, 'quagga');
    press(reader, keys.enter);
    expect(reader.matches).toEqual([]);
    expect(reader.query).toBe('');
    expect(reader.note).toBe("no match for 'quagga'");
    expect(statusLine(reader)).toContain("no match for 'quagga' │");
    expect(reader.top).toBe(4);
    press(reader, '/', ' ', ' ', keys.enter);
    expect(reader.matches).toEqual([]);
    expect(reader.note).toBe('');
  });

  it('n with no search says how to search', () => {
    press(reader, 'N');
    expect(reader.note).toBe('no search: type / and a text');
    expect(statusLine(reader)).toContain('no search: type / and a text');
    expect(reader.top).toBe(0);
  });
});

describe('the Reader: help and quitting', () => {
  it('? shows the keys, and any key goes back without doing anything else', () => {
    press(reader, 'd', '?');
    expect(reader.mode).toBe('help');
    const rows = frameRows(reader);
    expect(rows[0]).toBe('Keys — press any key to go back');
    expect(rows.some((row) => row.includes('the next or the previous section'))).toBe(true);
    expect(rows).toHaveLength(10);
    expect(press(reader, 'G')).toBeUndefined();
    expect(reader.mode).toBe('read');
    expect(reader.top).toBe(4);
    // Esc, too, only closes the keys.
    press(reader, '?');
    expect(press(reader, keys.escape)).toBeUndefined();
    expect(reader.mode).toBe('read');
  });

  it('q quits', () => {
    expect(press(reader, 'q')).toBe('quit');
  });

  it('Esc quits when there is no search', () => {
    expect(press(reader, keys.escape)).toBe('quit');
  });

  it.each([
    ['reading', []],
    ['in the contents', ['t']],
    ['typing a search', ['/', 'z']],
    ['in the help', ['?']],
  ])('Ctrl-C interrupts %s', (_, before) => {
    press(reader, ...before);
    expect(press(reader, keys.ctrlC)).toBe('interrupt');
  });

  it('other keys do nothing', () => {
    press(reader, 'd');
    for (const other of ['x', 'Z', '0', '!', 'é']) expect(press(reader, other)).toBeUndefined();
    expect(press(reader, { name: 'z', sequence: '\u001a', ctrl: true })).toBeUndefined();
    expect(reader.top).toBe(4);
    expect(reader.mode).toBe('read');
  });
});

describe('the Reader: resizing', () => {
  /** Where the top is in its section, from 0 (its first line) to 1. */
  const through = () => {
    const index = reader.section;
    const start = reader.page.starts[index] ?? 0;
    const end = reader.page.starts[index + 1] ?? reader.page.lines.length;
    return { index, fraction: (reader.top - start) / (end - start), length: end - start };
  };

  it('keeps the same place of the same section, wrapped to the new width', () => {
    const gamma = indexOf('3');
    press(reader, '3', 'd', 'd');
    const before = through();
    expect(before.index).toBe(gamma);
    expect(before.fraction).toBeGreaterThan(0.3);
    expect(before.fraction).toBeLessThan(0.7);

    reader.resize({ columns: 40, rows: 10 });
    const after = through();
    expect(after.index).toBe(gamma);
    expect(after.length).toBeGreaterThan(before.length);
    expect(Math.abs(after.fraction - before.fraction)).toBeLessThanOrEqual(1 / after.length + 0.02);
    expect(Math.max(...reader.page.plain.map((line) => stringWidth(line)))).toBeLessThanOrEqual(40);
    // At 40 columns the title and the section share the status line, each shortened.
    expect(statusLine(reader)).toMatch(/^ Field G… │ 3 Gamma Über… +\d+% │ \? help $/);
    for (const row of frameRows(reader)) expect(stringWidth(row)).toBeLessThanOrEqual(40);

    reader.resize({ columns: 100, rows: 20 });
    const wide = through();
    expect(wide.index).toBe(gamma);
    expect(Math.abs(wide.fraction - before.fraction)).toBeLessThanOrEqual(1 / wide.length + 0.05);
  });

  it('stays at the start at the title', () => {
    reader.resize({ columns: 30, rows: 8 });
    expect(reader.top).toBe(0);
    expect(reader.height).toBe(7);
  });

  it('keeps a jump to the short last section on that section', () => {
    press(reader, '5');
    reader.resize({ columns: 40, rows: 12 });
    expect(reader.section).toBe(indexOf('5'));
    expect(reader.top).toBe(last());
  });

  it('finds the matches again in the new lines, keeping the current one', () => {
    press(reader, '/');
    typeText(reader, 'zebra');
    press(reader, keys.enter, 'n', 'n', 'n');
    reader.resize({ columns: 40, rows: 10 });
    expect(reader.matches).toHaveLength(zebras);
    expect(reader.current).toBe(3);
    for (const match of reader.matches) {
      expect(reader.page.plain[match.line]?.slice(match.start, match.end).toLowerCase()).toBe(
        'zebra',
      );
    }
    expect(statusLine(reader)).toContain(`match 4/${zebras}`);
  });
});

describe('the Reader: details blocks', () => {
  const filler = (count: number) =>
    Array.from({ length: count }, (_, index) => `Filler paragraph ${index}.`).join('\n\n');
  const text = [
    '## Setup',
    'Read this first.',
    '<details>\n<summary>Advanced usage</summary>',
    `Hidden words about a walrus.\n\n${filler(6)}`,
    '<details>\n<summary>Inner</summary>',
    'A deeper walrus.\n</details>\n</details>',
    '<details open>\n<summary>Open one</summary>',
    'Open contents.\n</details>',
    '## Next',
    filler(8),
    '',
  ].join('\n\n');
  const folding = parseDocument({ name: 'folding', text });
  const foldingLayout = (current: Size) =>
    layoutPage(
      folding,
      new TextRenderer({ width: current.columns, colour: true, foldMarks: true }),
      true,
    );
  const shown = () => frameRows(reader).slice(0, -1).join('\n');

  beforeEach(() => {
    reader = new Reader(folding, foldingLayout, { columns: 60, rows: 14 });
  });

  it('starts folded: the summary line alone, but for a block written open', () => {
    expect(shown()).toContain('▸ Advanced usage');
    expect(shown()).not.toContain('Hidden words');
    expect(shown()).toContain('▾ Open one');
    expect(shown()).toContain('Open contents.');
  });

  it('o opens the first block whose summary is on the screen, and o again closes it', () => {
    press(reader, 'o');
    expect(shown()).toContain('▾ Advanced usage');
    expect(shown()).toContain('Hidden words about a walrus.');
    expect(reader.top).toBe(0);
    press(reader, 'o');
    expect(shown()).toContain('▸ Advanced usage');
    expect(shown()).not.toContain('Hidden words');
  });

  it('Enter opens and closes the block whose summary is at the top; elsewhere it goes a line down', () => {
    press(reader, keys.enter);
    expect(reader.top).toBe(1);
    while (!frameRows(reader)[0]?.includes('Advanced usage')) press(reader, 'j');
    const top = reader.top;
    press(reader, keys.enter);
    expect(reader.top).toBe(top);
    expect(shown()).toContain('Hidden words');
    press(reader, keys.enter);
    expect(shown()).not.toContain('Hidden words');
  });

  it('o inside an open block with no summary on the screen closes it and goes to its summary', () => {
    press(reader, 'o');
    while (
      frameRows(reader)
        .slice(0, -1)
        .some((row) => row.includes('Advanced usage'))
    )
      press(reader, 'j');
    press(reader, 'o');
    expect(frameRows(reader)[0]).toContain('▸ Advanced usage');
  });

  it('says so when there is no block to open', () => {
    press(reader, ']');
    expect(reader.section).toBe(1);
    press(reader, 'o');
    expect(statusLine(reader)).toContain('no details block here');
  });

  it('search finds words in folded blocks, and opens the blocks around the match shown', () => {
    press(reader, '/');
    typeText(reader, 'walrus');
    press(reader, keys.enter);
    expect(reader.matches).toHaveLength(2);
    expect(shown()).toContain('▾ Advanced usage');
    expect(shown()).toContain('Hidden words about a walrus.');
    expect(shown()).not.toContain('A deeper walrus');
    press(reader, 'n');
    expect(reader.page.plain).toContain('  ▾ Inner');
    expect(shown()).toContain('A deeper walrus.');
    const row = frameRows(reader).findIndex((line) => line.includes('A deeper walrus'));
    const spans = reader.matchSpansOn(reader.top + row);
    expect(
      spans.map((span) => reader.page.plain[reader.top + row]?.slice(span.start, span.end)),
    ).toEqual(['walrus']);
  });

  it('keeps the blocks opened when the screen changes size', () => {
    press(reader, 'o');
    reader.resize({ columns: 40, rows: 12 });
    expect(shown()).toContain('▾ Advanced usage');
    expect(shown()).toContain('Hidden words');
  });
});
