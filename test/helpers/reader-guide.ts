import { parseDocument } from '../../src/document/document.ts';
import { drawFrame } from '../../src/reader/draw.ts';
import { layoutPage } from '../../src/reader/page.ts';
import type { Key, Outcome, Reader, Size } from '../../src/reader/reader.ts';
import { TextRenderer } from '../../src/render/text.ts';

/**
 * What the reader's unit tests share: a generated guide, keys as readline
 * reports them, and the frame drawn from the reader's state as rows.
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
export const markdown = [
  '# Field Guide',
  ...outline.flatMap(([heading, words, zebras], at) => [heading, paragraph(at + 1, words, zebras)]),
  '## Epsilon',
  'A short end with a zebra.',
  '',
].join('\n\n');
/** How many times "zebra" is in the text, in any case. */
export const zebras = (markdown.match(/zebra/gi) ?? []).length;

export const document = parseDocument({ name: 'guide', text: markdown });
export const layout = (size: Size) =>
  layoutPage(
    document,
    new TextRenderer({ width: Math.min(size.columns, 100), colour: true }),
    true,
  );
export const indexOf = (number: string) =>
  document.sections.findIndex((section) => section.number === number);

// Keys as readline's keypress events give them.
export function key(char: string): Key {
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
export const keys = {
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
export function press(reader: Reader, ...pressed: (Key | string)[]): Outcome {
  let outcome: Outcome;
  for (const one of pressed) outcome = reader.handle(typeof one === 'string' ? key(one) : one);
  return outcome;
}

/** Types text character by character, as keys. */
export function typeText(reader: Reader, text: string): void {
  for (const char of text) press(reader, char);
}

const escapes = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** The frame as the rows a terminal would show, escapes taken out. */
export function frameRows(reader: Reader): string[] {
  return drawFrame(reader).replace(escapes, '').split('\r\n');
}
export const statusLine = (reader: Reader) => frameRows(reader).at(-1) ?? '';

export const size = { columns: 60, rows: 10 };
