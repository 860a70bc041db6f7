import type { Tokens } from 'marked';
import type { Theme } from './theme.ts';
import { cellWidth, hang, type Width, wrapPreformatted, wrapText } from './wrap.ts';

type RenderCell = (cell: Tokens.TableCell) => string;

/** Border and padding cells per column, plus the one closing border. */
const perColumn = 3;
const narrowestColumn = 4;

/**
 * A GFM table with box-drawing borders and columns shrunk to fit the width
 * (drawn here, not by cli-table3, which rebuilt a regular expression for
 * every string it measured: README, Performance: Limits). A
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
  const aligns = token.align;
  const grid = [header.map((cell) => theme.tableHeader(cell)), ...rows].map((row) =>
    contentWidths.map((width, column) => wrapCellText(row[column] ?? '', width).split('\n')),
  );
  const rule = (left: string, middle: string, right: string) =>
    theme.rule(left + contentWidths.map((width) => '─'.repeat(width + 2)).join(middle) + right);
  const bar = theme.rule('│');
  const drawRow = (cells: string[][]) => {
    const height = Math.max(...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) => {
      const inner = cells.map((lines, column) =>
        align(lines[line] ?? '', contentWidths[column] ?? 0, aligns[column] ?? null),
      );
      return `${bar} ${inner.join(` ${bar} `)} ${bar}`;
    }).join('\n');
  };
  return [
    rule('┌', '┬', '┐'),
    grid.map(drawRow).join(`\n${rule('├', '┼', '┤')}\n`),
    rule('└', '┴', '┘'),
  ].join('\n');
}

function align(text: string, width: number, how: 'left' | 'right' | 'center' | null): string {
  const room = Math.max(0, width - cellWidth(text));
  if (how === 'right') return ' '.repeat(room) + text;
  if (how === 'center') {
    const left = Math.floor(room / 2);
    return ' '.repeat(left) + text + ' '.repeat(room - left);
  }
  return text + ' '.repeat(room);
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
