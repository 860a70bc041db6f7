import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../src/render/table.ts';
import { createTheme } from '../../../src/render/theme.ts';

const plain = createTheme(false);
const cellText = (cell: Tokens.TableCell) => cell.text;
function table(markdown: string, width: number, theme = plain): string {
  const token = new Lexer({ gfm: true }).lex(markdown).find((one) => one.type === 'table');
  if (!token) throw new Error('no table');
  return renderTable(token as Tokens.Table, cellText, width, theme);
}

describe('renderTable', () => {
  it('draws the columns at their natural width, aligned as the delimiter row says', () => {
    expect(table('| a | midd | c |\n| :- | :-: | -: |\n| one | 2 | three |', 80)).toBe(
      [
        '┌─────┬──────┬───────┐',
        '│ a   │ midd │     c │',
        '├─────┼──────┼───────┤',
        '│ one │  2   │ three │',
        '└─────┴──────┴───────┘',
      ].join('\n'),
    );
  });

  it('takes a cell at a time off the widest column until it fits, wrapping its words', () => {
    expect(table('| key | value |\n| - | - |\n| k | one two three four |', 24)).toBe(
      [
        '┌─────┬────────────────┐',
        '│ key │ value          │',
        '├─────┼────────────────┤',
        '│ k   │ one two three  │',
        '│     │ four           │',
        '└─────┴────────────────┘',
      ].join('\n'),
    );
  });

  it('cuts a word wider than its column, as nothing may stick out', () => {
    expect(table('| a | b |\n| - | - |\n| x | abcdefghijkl |', 17)).toBe(
      [
        '┌───┬───────────┐',
        '│ a │ b         │',
        '├───┼───────────┤',
        '│ x │ abcdefghi │',
        '│   │ jkl       │',
        '└───┴───────────┘',
      ].join('\n'),
    );
  });

  it('counts wide characters as two cells and fills missing cells', () => {
    expect(table('| 名前 | b |\n| - | - |\n| 東 |', 80)).toBe(
      ['┌──────┬───┐', '│ 名前 │ b │', '├──────┼───┤', '│ 東   │   │', '└──────┴───┘'].join('\n'),
    );
  });

  it('becomes one record per row when even the narrowest columns do not fit', () => {
    // Three columns of at least four cells, with borders, take 22 cells.
    expect(table('| a | b | c |\n| - | - | - |\n| 1 | 2 | 3 |\n| 4 | 5 | six seven |', 21)).toBe(
      'a: 1\nb: 2\nc: 3\n\na: 4\nb: 5\nc: six seven',
    );
    expect(table('| a | b | c |\n| - | - | - |\n| 1 | 2 | 3 |', 22)).toMatch(/^┌/);
  });

  it('styles the header and the borders with the theme', () => {
    const coloured = table('| h |\n| - |\n| v |', 80, createTheme(true));
    expect(coloured.split('\n')[1]).toBe(
      '\u001b[38;5;245m│\u001b[39m \u001b[1mh\u001b[22m \u001b[38;5;245m│\u001b[39m',
    );
  });
});
