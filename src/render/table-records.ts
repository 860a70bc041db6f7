import type { Theme } from './theme.ts';
import { cellWidth, hang, longestWord, type Width, wrapCells } from './wrap.ts';

/** The indent of a value under its header, where the headers leave it too little room beside them. */
const stackedIndent = 2;

/**
 * A table too wide for its words, as narrow screens show one: a block per
 * row, each cell as `Header: value` with the values lined up after the
 * longest header and wrapped under themselves, blocks apart by a blank line.
 * Where the headers would take more than half the width, or leave a value's
 * longest word no room beside them, each value goes under its header instead.
 * A column without a header is named by its number.
 */
export function renderRecords(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width: Width,
  theme: Theme,
): string {
  const labels = header.map((name, column) =>
    cellWidth(name) > 0 ? name.replace(/\n/g, ' ') : String(column + 1),
  );
  const column = Math.max(...labels.map(cellWidth)) + 2;
  const room = width - column;
  const widestWord = Math.max(0, ...rows.flatMap((row) => row.map(longestWord)));
  const beside = column <= width / 2 && widestWord <= room;
  return rows
    .map((row) =>
      labels
        .map((label, index) => {
          const value = row[index] ?? '';
          if (beside) {
            const first = `${theme.tableHeader(label)}:${' '.repeat(column - cellWidth(label) - 1)}`;
            return hang(wrapCells(value, room), first, ' '.repeat(column)).trimEnd();
          }
          const title = wrapCells(label, width - 1)
            .split('\n')
            .map(theme.tableHeader);
          title[title.length - 1] += ':';
          if (!value) return title.join('\n');
          const indent = ' '.repeat(stackedIndent);
          const under = hang(wrapCells(value, width - stackedIndent), indent, indent);
          return `${title.join('\n')}\n${under}`;
        })
        .join('\n'),
    )
    .join('\n\n');
}
