import { escapeSequenceSource } from '../render/controls.ts';
import type { PageLink } from './page-links.ts';

/** What a line of the screen shows of links: the focused one's columns, and hint numbers before links. */
export interface LineLinks {
  /** Plain-text columns to show in inverse video, end excluded. */
  readonly focus: readonly { readonly start: number; readonly end: number }[];
  /** Numbers to show before the link that starts at `at`. */
  readonly labels: readonly { readonly at: number; readonly label: string }[];
}

const inverse = '\u001b[7m';
const inverseOff = '\u001b[27m';
const escapeAt = new RegExp(escapeSequenceSource, 'y');

/**
 * The marks of links on one line of the view: the focused link's pieces,
 * and the numbers of `hinted` (numbered 1 up), each before the link's first
 * piece on the screen, whose first row is `top`.
 */
export function linksOnLine(
  line: number,
  top: number,
  focused: PageLink | undefined,
  hinted: readonly PageLink[] | undefined,
): LineLinks {
  const focus = (focused?.pieces ?? []).filter((piece) => piece.line === line);
  const labels = (hinted ?? []).flatMap((link, index) => {
    const first = link.pieces.find((one) => one.line >= top);
    return first?.line === line ? [{ at: first.start, label: `${index + 1}` }] : [];
  });
  return { focus, labels };
}

/**
 * A line as drawn (with its colours), the focused link in inverse video and
 * each hint's number inserted in inverse video before its link. Columns
 * count the plain text; colour codes inside the focus keep it inverse.
 */
export function drawLinks(line: string, links: LineLinks): string {
  if (links.focus.length === 0 && links.labels.length === 0) return line;
  const inFocus = (column: number) =>
    links.focus.some((span) => column >= span.start && column < span.end);
  let out = '';
  let column = 0;
  let focused = false;
  const at = (next: number) => {
    for (const { label } of links.labels.filter((one) => one.at === next))
      out += `${focused ? inverseOff : ''}${inverse}${label}${inverseOff}${focused ? inverse : ''}`;
    const now = inFocus(next);
    if (now !== focused) out += now ? inverse : inverseOff;
    focused = now;
  };
  for (let index = 0; index < line.length; ) {
    escapeAt.lastIndex = index;
    const sequence = escapeAt.exec(line);
    if (sequence) {
      // A reset inside the focus would end the inverse video: it is turned on again.
      out += sequence[0] + (focused ? inverse : '');
      index += sequence[0].length;
      continue;
    }
    at(column);
    out += line[index];
    index += 1;
    column += 1;
  }
  at(column);
  return focused ? out + inverseOff : out;
}
