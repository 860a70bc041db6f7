import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Width in terminal cells; `Infinity` means no wrapping. */
export type Width = number;

/** Prose: words move to the next line; a word longer than the width stands alone. */
export function wrapText(text: string, width: Width): string {
  if (!Number.isFinite(width)) return text;
  return wrapAnsi(text, Math.max(1, width), { hard: false, trim: true, wordWrap: true });
}

/** Code and preformatted lines: cut at the width exactly, leading spaces kept. */
export function wrapPreformatted(text: string, width: Width): string {
  if (!Number.isFinite(width)) return text;
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: false, wordWrap: false });
}

/** Prefixes the first line with `first` and the others with `rest`: bullets, quote bars. */
export function hang(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n');
}

export function cellWidth(text: string): number {
  return stringWidth(text);
}

export function widestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(cellWidth));
}

/** Spaces at line ends (padding of an empty list item, say) are invisible but break comparisons and copying. */
export function trimLineEnds(text: string): string {
  return text.replace(/[ \t]+((?:\u001b\[[0-9;]*m)*)$/gm, '$1');
}
