import { unicodeWidths } from '../libraries.ts';
import { sgrSource } from './controls.ts';
import { narrowText } from './wrap.ts';

/** Where a row of a code line starts and ends, in UTF-16 units of the line. */
export interface CodeRow {
  readonly start: number;
  readonly end: number;
}

/**
 * The rows of a code line too long for its room: it breaks at the last space
 * that fits (the spaces at the break are dropped), and inside a word only
 * when no space fits, which is when the word is wider than a row. A line
 * whose own indent leaves its first word no room keeps less of the indent.
 * The first row has `first` cells; the others `rest`, left after the
 * continuation mark.
 */
export function codeRows(line: string, first: number, rest: number): CodeRow[] {
  const parts = graphemes(line);
  const offset = (at: number) => parts[at]?.offset ?? line.length;
  const rows: CodeRow[] = [];
  let room = Math.max(1, first);
  let start = keptIndent(parts, room);
  while (start < parts.length) {
    let end = start;
    let width = 0;
    while (end < parts.length && width + (parts[end]?.width ?? 0) <= room) {
      width += parts[end]?.width ?? 0;
      end++;
    }
    if (end === parts.length) break;
    const [rowEnd, next] = breakAt(parts, start, Math.max(end, start + 1));
    rows.push({ start: offset(start), end: offset(rowEnd) });
    start = next;
    room = Math.max(1, rest);
  }
  if (start < parts.length || rows.length === 0)
    rows.push({ start: offset(start), end: line.length });
  return rows;
}

interface Part {
  readonly text: string;
  readonly width: number;
  readonly offset: number;
}

/**
 * Where the first row starts: at the line's start, unless its indent leaves
 * the first word no room; then with as much of the indent as leaves room for
 * the whole line, or else for the first word and no more than half the row.
 */
function keptIndent(parts: readonly Part[], room: number): number {
  const words = firstNonSpace(parts, 0);
  const word = widthOf(parts, words, wordEnd(parts, words));
  if (words === 0 || words + word <= room) return 0;
  const content = widthOf(parts, words, parts.length);
  const kept = content <= room ? room - content : Math.min(room - word, Math.floor(room / 2));
  return words - Math.max(0, kept);
}

/** Where the row from `start` ends and the next starts, given that the parts before `fits` fit. */
function breakAt(parts: readonly Part[], start: number, fits: number): [number, number] {
  const words = firstNonSpace(parts, start);
  for (let space = fits; space > words; space--) {
    if (parts[space]?.text !== ' ') continue;
    let end = space;
    while (parts[end - 1]?.text === ' ') end--;
    return [end, firstNonSpace(parts, space)];
  }
  // No space fits: the word is wider than the row.
  return [fits, fits];
}

function firstNonSpace(parts: readonly Part[], from: number): number {
  let at = from;
  while (parts[at]?.text === ' ') at++;
  return at;
}

function wordEnd(parts: readonly Part[], from: number): number {
  let at = from;
  while (at < parts.length && parts[at]?.text !== ' ') at++;
  return at;
}

function widthOf(parts: readonly Part[], from: number, to: number): number {
  let width = 0;
  for (let at = from; at < to; at++) width += parts[at]?.width ?? 0;
  return width;
}

/** The line's characters as the terminal shows them (a cell or two each), with where each starts. */
function graphemes(line: string): Part[] {
  if (narrowText.test(line)) return [...line].map((text, offset) => ({ text, width: 1, offset }));
  const { stringWidth } = unicodeWidths();
  return [...new Intl.Segmenter().segment(line)].map(({ segment, index }) => ({
    text: segment,
    width: stringWidth(segment),
    offset: index,
  }));
}

const sgr = new RegExp(sgrSource, 'y');

/**
 * The part of a line with colour codes whose text, without them, runs from
 * `start` to `end`: the colours in force at `start` given again before it,
 * and those in force at `end` ended after it, so that each row stands alone.
 */
export function styledSlice(styled: string, start: number, end: number): string {
  const state = new SgrState();
  let before = '';
  let inside = '';
  let visible = 0;
  for (let at = 0; at < styled.length; ) {
    sgr.lastIndex = at;
    const code = sgr.exec(styled)?.[0];
    if (code) {
      if (visible < end) state.apply(code);
      if (visible > start && visible < end) inside += code;
      at += code.length;
      continue;
    }
    if (visible >= end) break;
    if (visible === start) before = state.opening();
    if (visible >= start) inside += styled[at];
    visible++;
    at++;
  }
  return before + inside + state.closing();
}

/** Which attribute an SGR parameter sets or ends (colours end with 39 and 49, bold and dim with 22). */
const attributes: Readonly<Record<string, { attribute: string; end: string }>> = {
  '1': { attribute: 'intensity', end: '22' },
  '2': { attribute: 'intensity', end: '22' },
  '22': { attribute: 'intensity', end: '' },
  '3': { attribute: 'italic', end: '23' },
  '23': { attribute: 'italic', end: '' },
  '4': { attribute: 'underline', end: '24' },
  '24': { attribute: 'underline', end: '' },
  '7': { attribute: 'inverse', end: '27' },
  '27': { attribute: 'inverse', end: '' },
  '9': { attribute: 'strike', end: '29' },
  '29': { attribute: 'strike', end: '' },
  '39': { attribute: 'foreground', end: '' },
  '49': { attribute: 'background', end: '' },
};

function attributeOf(parameter: string): { attribute: string; end: string } | undefined {
  const number = Number(parameter);
  if ((number >= 30 && number <= 38) || (number >= 90 && number <= 97))
    return { attribute: 'foreground', end: '39' };
  if ((number >= 40 && number <= 48) || (number >= 100 && number <= 107))
    return { attribute: 'background', end: '49' };
  return attributes[parameter];
}

/** The attributes in force, as the codes that set them: the theme's codes set one attribute each. */
class SgrState {
  private readonly codes = new Map<string, { code: string; end: string }>();

  apply(code: string): void {
    const parameter = code.slice(2, -1).split(';')[0] ?? '';
    if (parameter === '' || parameter === '0') {
      this.codes.clear();
      return;
    }
    const found = attributeOf(parameter);
    if (!found) return;
    if (found.end) this.codes.set(found.attribute, { code, end: found.end });
    else this.codes.delete(found.attribute);
  }

  opening(): string {
    return [...this.codes.values()].map(({ code }) => code).join('');
  }

  closing(): string {
    return [...this.codes.values()]
      .reverse()
      .map(({ end }) => `\u001b[${end}m`)
      .join('');
  }
}
