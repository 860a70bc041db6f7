import Table from 'cli-table3';
import type { Tokens } from 'marked';
import type { Theme } from './theme.ts';
import { cellWidth, hang, type Width, wrapPreformatted, wrapText } from './wrap.ts';

type RenderCell = (cell: Tokens.TableCell) => string;

/** Border and padding cells per column, plus the one closing border. */
const perColumn = 3;
const narrowestColumn = 4;

/**
 * A GFM table drawn with cli-table3 and columns shrunk to fit the width. A
 * table too wide even at the narrowest columns becomes one record per row
 * ("header: value"), which reads better than lines cut at the screen edge.
 */
export function renderTable(
  token: Tokens.Table,
  renderCell: RenderCell,
  width: Width,
  theme: Theme,
): string {
  const header = token.header.map(renderCell);
  const rows = token.rows.map((row) => row.map(renderCell));
  const columns = header.length;
  if (Number.isFinite(width) && columns * (narrowestColumn + perColumn) + 1 > width) {
    return renderRecords(header, rows, width, theme);
  }
  const natural = header.map((cell, column) =>
    Math.max(cellWidth(cell), ...rows.map((row) => cellWidth(row[column] ?? '')), 1),
  );
  const contentWidths = fitColumns(
    natural,
    Number.isFinite(width) ? width - columns * perColumn - 1 : Infinity,
  );
  // Cells are wrapped here rather than by cli-table3, which cuts long words off with '…'.
  const wrapCell = (text: string, column: number) => wrapCellText(text, contentWidths[column] ?? 1);
  const table = new Table({
    head: header.map((cell, column) => theme.tableHeader(wrapCell(cell, column))),
    colWidths: contentWidths.map((content) => content + 2),
    colAligns: token.align.map((align) => align ?? 'left'),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of rows)
    table.push(header.map((_, column) => wrapCell(row[column] ?? '', column)));
  return table
    .toString()
    .split('\n')
    .map((line) => line.replace(/[─│┌┐└┘├┤┬┴┼]+/g, (border) => theme.rule(border)))
    .join('\n');
}

/** Words move to the next line; a word wider than the column is cut, as nothing may stick out. */
function wrapCellText(text: string, width: number): string {
  if (!Number.isFinite(width)) return text;
  return wrapText(text, width)
    .split('\n')
    .map((line) => (cellWidth(line) > width ? wrapPreformatted(line, width) : line))
    .join('\n');
}

/** Takes a cell at a time off the widest column until the columns fit. */
function fitColumns(natural: number[], available: number): number[] {
  const widths = [...natural];
  let total = widths.reduce((sum, value) => sum + value, 0);
  while (total > available) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= narrowestColumn - 2) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total--;
  }
  return widths;
}

function renderRecords(header: string[], rows: string[][], width: Width, theme: Theme): string {
  return rows
    .map((row) =>
      header
        .map((name, column) => {
          const label = `${theme.tableHeader(name)}: `;
          return hang(wrapText(`${label}${row[column] ?? ''}`, width - 2), '', '  ');
        })
        .join('\n'),
    )
    .join('\n\n');
}
