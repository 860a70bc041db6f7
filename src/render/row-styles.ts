import { unicodeWidths } from '../libraries.ts';
import { escapeSequenceSource } from './controls.ts';

/**
 * wrap-ansi's last step, for the escape sequences the text format writes:
 * each row of a wrapped line closes the styles and the hyperlink open at its
 * end, and the next row opens them again, so that every row stands on its
 * own. The same bookkeeping as wrap-ansi 10's (its SGR codes from
 * ansi-styles, its hyperlinks reopened with BEL), so that the rows come out
 * byte for byte as it writes them; a property test holds it to wrap-ansi.
 * `rows` is one wrapped line, its rows joined with '\n'.
 */
export function restoreStylesAcrossRows(rows: string): string {
  if (!rows.includes('\u001b')) return rows;
  const state: RowState = { styles: [], link: undefined };
  let out = '';
  let index = 0;
  let copied = 0;
  for (;;) {
    rowBoundary.lastIndex = index;
    const boundary = rowBoundary.exec(rows);
    if (!boundary) break;
    index = boundary.index;
    if (boundary[0] === '\u001b') {
      index += applySequence(rows, index, state);
      continue;
    }
    out += rows.slice(copied, index);
    if (index > copied) out += (state.link ? hyperlink('') : '') + closing(state.styles);
    out += '\n';
    index++;
    copied = index;
    if (index < rows.length && rows[index] !== '\n') {
      const opening = [...state.styles];
      applyLeadingResets(rows, index, opening);
      out += opening.map((style) => sgr(style.open)).join('');
      if (state.link) out += hyperlink(state.link);
    }
  }
  return out + rows.slice(copied);
}

interface ActiveStyle {
  readonly family: string;
  readonly open: string;
  readonly close: number;
}

interface RowState {
  readonly styles: ActiveStyle[];
  link: string | undefined;
}

const rowBoundary = /[\n\u001b]/g;
const sequenceAt = new RegExp(escapeSequenceSource, 'y');

/** The sequence at `index`, applied to the state; returns its length (1 for a lone ESC, which is text). */
function applySequence(text: string, index: number, state: RowState): number {
  sequenceAt.lastIndex = index;
  const sequence = sequenceAt.exec(text)?.[0];
  if (!sequence) return 1;
  if (sequence[1] === '[') {
    for (const token of sgrTokens(sequence.slice(2, -1))) applyToken(token, state.styles);
  } else {
    const uri = sequence.slice('\u001b]8;;'.length, sequence.endsWith('\u0007') ? -1 : -2);
    state.link = uri === '' ? undefined : uri;
  }
  return sequence.length;
}

/** Codes that close what opened before a row break, at the start of the next row: they are not reopened. */
function applyLeadingResets(text: string, start: number, styles: ActiveStyle[]): void {
  let index = start;
  for (;;) {
    sequenceAt.lastIndex = index;
    const sequence = sequenceAt.exec(text)?.[0];
    if (!sequence) return;
    if (sequence[1] === '[') {
      for (const token of sgrTokens(sequence.slice(2, -1))) applyReset(token.code, styles);
    }
    index += sequence.length;
  }
}

interface SgrToken {
  readonly code: number;
  readonly open: string;
  readonly hasArguments: boolean;
}

const extendedColours = new Set([38, 48, 58]);

/** The codes of one SGR sequence's parameters, an extended colour (38;5;n, 38;2;r;g;b) as one. */
function sgrTokens(parameters: string): SgrToken[] {
  const list = parameters.split(';');
  const tokens: SgrToken[] = [];
  for (let index = 0; index < list.length; index++) {
    const parameter = list[index] as string;
    const code = parameter === '' ? 0 : Number.parseInt(parameter, 10);
    if (!extendedColours.has(code)) {
      tokens.push({ code, open: String(code), hasArguments: false });
      continue;
    }
    if (index + 1 >= list.length) break;
    const [mode, ...values] = list
      .slice(index + 1, index + 5)
      .map((value) => Number.parseInt(value, 10));
    const [first, second, third] = values;
    if (mode === 5 && Number.isFinite(first)) {
      tokens.push({ code, open: [code, mode, first].join(';'), hasArguments: true });
      index += 2;
    } else if (mode === 2 && [first, second, third].every((value) => Number.isFinite(value))) {
      tokens.push({ code, open: [code, mode, first, second, third].join(';'), hasArguments: true });
      index += 4;
    } else break;
  }
  return tokens;
}

function applyToken(token: SgrToken, styles: ActiveStyle[]): void {
  if (applyReset(token.code, styles)) return;
  const colour = colourStyle(token);
  if (colour) {
    upsert(styles, colour);
    return;
  }
  const close = unicodeWidths().ansiStyles.codes.get(token.code);
  if (close !== undefined && close !== 0)
    upsert(styles, { family: `modifier-${token.code}`, open: token.open, close });
}

/** Applies a code that ends styles; false if it ends none. */
function applyReset(code: number, styles: ActiveStyle[]): boolean {
  const family = resetFamilies.get(code);
  if (code === 0) styles.length = 0;
  else if (family) remove(styles, family);
  else if (closingCodes().has(code)) {
    for (let index = styles.length - 1; index >= 0; index--) {
      const style = styles[index] as ActiveStyle;
      if (style.family.startsWith('modifier-') && style.close === code) styles.splice(index, 1);
    }
  } else return false;
  return true;
}

const resetFamilies = new Map([
  [39, 'foreground'],
  [49, 'background'],
  [59, 'underlineColor'],
]);

let closers: Set<number> | undefined;

function closingCodes(): Set<number> {
  closers ??= new Set([...unicodeWidths().ansiStyles.codes.values()].filter((code) => code !== 0));
  return closers;
}

function colourStyle({ code, open, hasArguments }: SgrToken): ActiveStyle | undefined {
  const extended = (base: number) => code === base && hasArguments;
  if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97) || extended(38))
    return { family: 'foreground', open, close: 39 };
  if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107) || extended(48))
    return { family: 'background', open, close: 49 };
  if (extended(58)) return { family: 'underlineColor', open, close: 59 };
  return undefined;
}

function remove(styles: ActiveStyle[], family: string): void {
  const index = styles.findIndex((style) => style.family === family);
  if (index !== -1) styles.splice(index, 1);
}

function upsert(styles: ActiveStyle[], style: ActiveStyle): void {
  remove(styles, style.family);
  styles.push(style);
}

function closing(styles: readonly ActiveStyle[]): string {
  return [...styles]
    .reverse()
    .map((style) => sgr(style.close))
    .join('');
}

const sgr = (code: string | number) => `\u001b[${code}m`;
const hyperlink = (uri: string) => `\u001b]8;;${uri}\u0007`;
