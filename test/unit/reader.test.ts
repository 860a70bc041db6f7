import fc from 'fast-check';
import stringWidth from 'string-width';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/document.ts';
import { drawFrame } from '../../src/reader/draw.ts';
import { layoutPage, readerWidth } from '../../src/reader/page.ts';
import { type Key, type Outcome, Reader, type Size } from '../../src/reader/reader.ts';
import { TextRenderer } from '../../src/render/text.ts';

/**
 * The reader's state machine in process: keys as readline reports them go in,
 * the state and the frame drawn from it come out. No terminal is involved.
 */

// A generated guide: top-level sections with subsections, long enough to scroll
// at 60x10, a wide-character title, a short last section, and "zebra" in
// several cases at known places.
const vocabulary =
  'the river runs past old stone walls and green fields under a pale sky while quick brown foxes jump over lazy dogs near quiet farms'.split(
    ' ',
  );

function paragraph(seed: number, count: number, inserts: readonly string[]): string {
  const words: string[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(vocabulary[state % vocabulary.length] ?? 'word');
  }
  // Each insert replaces a word, spread over the paragraph.
  inserts.forEach((insert, k) => {
    words[Math.floor(((k + 1) * count) / (inserts.length + 1))] = insert;
  });
  return `${words.join(' ')}.`;
}

const outline: readonly [heading: string, words: number, zebras: readonly string[]][] = [
  ['## Alpha', 60, ['Zebra']],
  ['### Alpha one', 50, ['zebra']],
  ['### Alpha two', 40, ['zebra']],
  ['## Beta', 70, ['ZEBRA']],
  ['### Beta one', 50, ['zebra', 'zebras']],
  ['## Gamma Über 東京', 150, ['zebra zebra']],
  ['### Gamma one', 90, ['Zebra']],
  ['### Gamma two', 90, []],
  ['### Gamma three', 60, ['zeBRA']],
  ['## Delta', 60, ['zebra']],
];
const markdown = [
  '# Field Guide',
  ...outline.flatMap(([heading, words, zebras], at) => [heading, paragraph(at + 1, words, zebras)]),
  '## Epsilon',
  'A short end with a zebra.',
  '',
].join('\n\n');
/** How many times "zebra" is in the text, in any case. */
const zebras = (markdown.match(/zebra/gi) ?? []).length;

const document = parseDocument({ name: 'guide', text: markdown });
const layout = (size: Size) =>
  layoutPage(
    document,
    new TextRenderer({ width: Math.min(size.columns, 100), colour: true }),
    true,
  );
const indexOf = (number: string) =>
  document.sections.findIndex((section) => section.number === number);

// Keys as readline's keypress events give them.
function key(char: string): Key {
  if (char === ' ') return { name: 'space', sequence: ' ' };
  if (/^[a-z0-9]$/i.test(char)) {
    return {
      name: char.toLowerCase(),
      sequence: char,
      ...(char !== char.toLowerCase() && { shift: true }),
    };
  }
  return { sequence: char };
}
const keys = {
  down: { name: 'down', sequence: '\u001b[B' },
  up: { name: 'up', sequence: '\u001b[A' },
  enter: { name: 'return', sequence: '\r' },
  escape: { name: 'escape', sequence: '\u001b' },
  ctrlC: { name: 'c', sequence: '\u0003', ctrl: true },
  tab: { name: 'tab', sequence: '\t' },
  pageDown: { name: 'pagedown', sequence: '\u001b[6~' },
  pageUp: { name: 'pageup', sequence: '\u001b[5~' },
  home: { name: 'home', sequence: '\u001b[H' },
  end: { name: 'end', sequence: '\u001b[F' },
  backspace: { name: 'backspace', sequence: '\u007f' },
} satisfies Record<string, Key>;

/** Presses each key in turn; returns the outcome of the last. */
function press(reader: Reader, ...pressed: (Key | string)[]): Outcome {
  let outcome: Outcome;
  for (const one of pressed) outcome = reader.handle(typeof one === 'string' ? key(one) : one);
  return outcome;
}

/** Types text character by character, as keys. */
function typeText(reader: Reader, text: string): void {
  for (const char of text) press(reader, char);
}

const escapes = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** The frame as the rows a terminal would show, escapes taken out. */
function frameRows(reader: Reader): string[] {
  return drawFrame(reader).replace(escapes, '').split('\r\n');
}
const statusLine = (reader: Reader) => frameRows(reader).at(-1) ?? '';

const size = { columns: 60, rows: 10 };
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
  it('starts at the top, on the title, before the first section', () => {
    expect(reader.top).toBe(0);
    expect(reader.mode).toBe('read');
    expect(reader.height).toBe(9);
    expect(reader.section).toBe(-1);
    const rows = frameRows(reader);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe('Field Guide');
    expect(rows.at(-1)).toMatch(/^ Field Guide +\d+% │ \? help $/);
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
    // Every section but the short last one can be brought to the top.
    for (let index = 0; index < document.sections.length - 1; index++) {
      press(reader, ']');
      expect(reader.section).toBe(index);
      expect(reader.top).toBe(starts[index]);
      const section = document.sections[index];
      expect(statusLine(reader)).toContain(`${section?.number} ${section?.title}`);
    }
  });

  it('] from the middle of a section goes to the next one', () => {
    press(reader, ']', 'j', 'j', 'j', ']');
    expect(reader.section).toBe(1);
    expect(reader.top).toBe(reader.page.starts[1]);
  });

  it('[ goes to the start of this section, then of the one before, then to the title', () => {
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
    expect(reader.section).toBe(-1);
    press(reader, '[');
    expect(reader.top).toBe(0);
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
  it.each([
    ['t', key('t')],
    ['Tab', keys.tab],
  ])(
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
      /^ A title that is… │ 2 A section title that is long enough to fil… +100% │ \? help $/,
    );
  });

  it('shows both whole when they fit, and the section alone when the line is too short for both', () => {
    expect(status(160)).toMatch(
      /^ A title that is long enough to crowd the status line │ 2 A section title that is long enough to fill the status line by itself +100% │ \? help $/,
    );
    expect(status(30)).toMatch(/^ 2 A section t… +100% │ \? help $/);
    // Room for the whole section and a few cells of the title: the section stays whole.
    expect(status(103)).toMatch(
      /^ A title that… │ 2 A section title that is long enough to fill the status line by itself +100% │ \? help $/,
    );
  });
});

describe('the wrap width', () => {
  it('follows the screen up to 100 columns without -w', () => {
    expect(readerWidth(undefined, 80)).toBe(80);
    expect(readerWidth(undefined, 130)).toBe(100);
  });

  it('never goes past the screen, so that no line is cut off for good', () => {
    expect(readerWidth(60, 80)).toBe(60);
    expect(readerWidth(120, 80)).toBe(80);
    expect(readerWidth(120, 130)).toBe(120);
    // -w 0: no wrapping of its own, so the screen's edge.
    expect(readerWidth(0, 80)).toBe(80);
    expect(readerWidth(0, 200)).toBe(200);
    expect(readerWidth(0, 0)).toBe(1);
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
    const { Reader } = await import('../../src/reader/reader.ts');
    const { drawFrame } = await import('../../src/reader/draw.ts');
    const { layoutPage } = await import('../../src/reader/page.ts');
    const { TextRenderer } = await import('../../src/render/text.ts');
    const { parseDocument } = await import('../../src/document/document.ts');
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
