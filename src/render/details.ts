import { type DetailsToken, summaryText } from '../document/details.ts';
import { showControls } from './controls.ts';
import type { Theme } from './theme.ts';
import { hang, type Width, wrapText } from './wrap.ts';

/** The marks before a summary: folded (GitHub's closed triangle) and open. */
export const disclosure = { folded: '▸', open: '▾' } as const;

/**
 * Where a details block is, for the full-screen reader to fold it: control
 * characters, which no document text can bring into the layout (it shows
 * them all as visible text), so no document can forge one. `summary` goes
 * right before the disclosure mark, `body` at the end of the summary's last
 * line, `end` at the end of the block's last line. The reader takes them out
 * (reader/folds.ts); printed output never has them.
 */
export const foldMarks = { summary: '\u0001', body: '\u0002', end: '\u0003' } as const;

/** The narrowest text the indent of the contents may leave. */
const narrowest = 8;

/**
 * A details block as GitHub shows it opened: the summary after a disclosure
 * mark (its lines hang under the text), then, after a blank line as between
 * any blocks, the contents indented two cells,
 * laid out by `blocks` at the width left. Blocks nested deeper than the width
 * allows go on unindented, as quotes do.
 */
export function layoutDetails(
  token: DetailsToken,
  blocks: (width: Width) => string,
  width: Width,
  theme: Theme,
  marked: boolean,
): string {
  const indent = width - 2 >= narrowest ? '  ' : '';
  const mark = theme.listMarker(token.open ? disclosure.open : disclosure.folded);
  const summary = hang(wrapText(showControls(summaryText(token)), width - 2), `${mark} `, '  ');
  const contents = blocks(width - indent.length);
  const indented = contents
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
  if (!marked) return contents ? `${summary}\n\n${indented}` : summary;
  const opened = `${foldMarks.summary}${summary}${foldMarks.body}`;
  return contents ? `${opened}\n\n${indented}${foldMarks.end}` : `${opened}${foldMarks.end}`;
}
