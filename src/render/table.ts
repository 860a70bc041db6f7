import type { Tokens } from 'marked';
import { renderRecords } from './table-records.ts';
import type { Theme } from './theme.ts';
import { cellWidth, longestWord, type Width, wrapCells } from './wrap.ts';

type RenderCell = (cell: Tokens.TableCell) => string;

/** Border and padding cells per column, plus the one closing border. */
const perColumn = 3;

/**
 * A GFM table with box-drawing borders and columns shrunk to fit the width
 * (drawn here, not by cli-table3, which rebuilt a regular expression for
 * every string it measured: README, Performance: Limits). A column is never
 * narrower than its longest word: where no choice of widths keeps every word
 * whole, the table becomes one record per row ("Header: value"), as narrow
 * screens show tables, which reads better than words cut inside a grid.
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
  const table = [header, ...rows];
  const natural = header.map((_, column) =>
    Math.max(1, ...table.map((row) => cellWidth(row[column] ?? ''))),
  );
  if (!Number.isFinite(width)) return drawGrid(token, table, natural, theme);
  const shortest = header.map((_, column) =>
    Math.max(1, ...table.map((row) => longestWord(row[column] ?? ''))),
  );
  const available = width - columns * perColumn - 1;
  if (sum(shortest) > available) return renderRecords(header, rows, width, theme);
  return drawGrid(token, table, fitColumns(natural, shortest, available), theme);
}

/** The grid: the header row styled, each cell wrapped in its column and aligned as the delimiter row says. */
function drawGrid(token: Tokens.Table, table: string[][], widths: number[], theme: Theme): string {
  const [header = [], ...rows] = table;
  const aligns = token.align;
  const grid = [header.map((cell) => theme.tableHeader(cell)), ...rows].map((row) =>
    widths.map((width, column) => wrapCells(row[column] ?? '', width).split('\n')),
  );
  const rule = (left: string, middle: string, right: string) =>
    theme.rule(left + widths.map((width) => '─'.repeat(width + 2)).join(middle) + right);
  const bar = theme.rule('│');
  const drawRow = (cells: string[][]) => {
    const height = Math.max(...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) => {
      const inner = cells.map((lines, column) =>
        align(lines[line] ?? '', widths[column] ?? 0, aligns[column] ?? null),
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

/**
 * Takes a cell at a time off the widest column that is still wider than its
 * longest word, until the columns fit (they do: the caller checked that the
 * longest words fit).
 */
function fitColumns(natural: number[], shortest: number[], available: number): number[] {
  const widths = [...natural];
  let total = sum(widths);
  while (total > available) {
    let widest = -1;
    for (const [column, width] of widths.entries()) {
      if (width > (shortest[column] ?? 1) && (widest === -1 || width > (widths[widest] ?? 0)))
        widest = column;
    }
    if (widest === -1) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total--;
  }
  return widths;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
