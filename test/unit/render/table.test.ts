import fc from 'fast-check';
import { Lexer, type Tokens } from 'marked';
import stringWidth from 'string-width';
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

  it('counts wide characters as two cells and fills missing cells', () => {
    expect(table('| 名前 | b |\n| - | - |\n| 東 |', 80)).toBe(
      ['┌──────┬───┐', '│ 名前 │ b │', '├──────┼───┤', '│ 東   │   │', '└──────┴───┘'].join('\n'),
    );
  });

  it('keeps the grid while every column can be as wide as its longest word, and not a cell longer', () => {
    // Longest words 3 + 12 cells, with borders, take 22 cells.
    const source = '| key | value |\n| - | - |\n| k | abcdefghijkl mn |';
    expect(table(source, 22)).toBe(
      [
        '┌─────┬──────────────┐',
        '│ key │ value        │',
        '├─────┼──────────────┤',
        '│ k   │ abcdefghijkl │',
        '│     │ mn           │',
        '└─────┴──────────────┘',
      ].join('\n'),
    );
    expect(table(source, 21)).toBe('key:   k\nvalue: abcdefghijkl\n       mn');
  });

  it('becomes one record per row, values lined up after the longest header, wrapped under themselves', () => {
    const source = [
      '| Name | Use |',
      '| - | - |',
      '| width | The number of columns the text is wrapped at |',
      '| theme | Colours for a dark background |',
    ].join('\n');
    // Longest words 5 + 10 cells, with borders, take 22 cells.
    expect(table(source, 22)).toMatch(/^┌/);
    expect(table(source, 21)).toBe(
      [
        'Name: width',
        'Use:  The number of',
        '      columns the',
        '      text is wrapped',
        '      at',
        '',
        'Name: theme',
        'Use:  Colours for a',
        '      dark background',
      ].join('\n'),
    );
  });

  it('puts each value under its header when the headers would take more than half the width', () => {
    const source =
      '| Description of it | Default |\n| - | - |\n| The columns wrapped at | eighty |';
    expect(table(source, 20)).toBe(
      ['Description of it:', '  The columns', '  wrapped at', 'Default:', '  eighty'].join('\n'),
    );
  });

  it('names a column without a header by its number, and cuts only a word wider than the whole width', () => {
    expect(table('| | b |\n| - | - |\n| one | abcdefghijklmnopqrstuvwxyz |', 12)).toBe(
      ['1:', '  one', 'b:', '  abcdefghij', '  klmnopqrst', '  uvwxyz'].join('\n'),
    );
    expect(table('| | b |\n| - | - |\n| one |  |', 8)).toBe('1: one\nb:');
  });

  it('switches between the grid and records as the width allows the longest words', () => {
    const source = [
      '| Option | Meaning | Default |',
      '| :- | :-: | -: |',
      '| --width | columns to wrap at | terminal |',
      '| --color | auto, always or never | auto |',
    ].join('\n');
    const at80 = table(source, 80);
    expect(at80.split('\n')).toEqual([
      '┌─────────┬───────────────────────┬──────────┐',
      '│ Option  │        Meaning        │  Default │',
      '├─────────┼───────────────────────┼──────────┤',
      '│ --width │  columns to wrap at   │ terminal │',
      '├─────────┼───────────────────────┼──────────┤',
      '│ --color │ auto, always or never │     auto │',
      '└─────────┴───────────────────────┴──────────┘',
    ]);
    // At 40 the middle column gives up cells but keeps its longest word ("columns").
    expect(table(source, 40).split('\n')).toEqual([
      '┌─────────┬─────────────────┬──────────┐',
      '│ Option  │     Meaning     │  Default │',
      '├─────────┼─────────────────┼──────────┤',
      '│ --width │ columns to wrap │ terminal │',
      '│         │       at        │          │',
      '├─────────┼─────────────────┼──────────┤',
      '│ --color │ auto, always or │     auto │',
      '│         │      never      │          │',
      '└─────────┴─────────────────┴──────────┘',
    ]);
    // Longest words 7 + 7 + 8 cells and ten of borders: 32 cells.
    expect(table(source, 32)).toMatch(/^┌/);
    expect(table(source, 31)).toMatch(/^Option: /);
    expect(table(source, 20)).toBe(
      [
        'Option:  --width',
        'Meaning: columns to',
        '         wrap at',
        'Default: terminal',
        '',
        'Option:  --color',
        'Meaning: auto,',
        '         always or',
        '         never',
        'Default: auto',
      ].join('\n'),
    );
  });

  it('lets a Chinese column be as narrow as its widest character, as lines may break between them', () => {
    expect(table('| 名前 | b |\n| - | - |\n| 東京都の地図 | x |', 12).split('\n')[3]).toBe(
      '│ 東京 │ x │',
    );
  });

  it('styles the header and the borders with the theme, in the grid and in records', () => {
    const coloured = table('| h |\n| - |\n| v |', 80, createTheme(true));
    expect(coloured.split('\n')[1]).toBe(
      '\u001b[38;5;245m│\u001b[39m \u001b[1mh\u001b[22m \u001b[38;5;245m│\u001b[39m',
    );
    expect(table('| h |\n| - |\n| value |', 8, createTheme(true))).toBe(
      '\u001b[1mh\u001b[22m: value',
    );
  });

  it('fits every row in the width, and keeps every word whole in a grid (property)', () => {
    const word = fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{1,12}$/) },
      { weight: 1, arbitrary: fc.stringMatching(/^[a-z/.:-]{13,60}$/) },
      { weight: 1, arbitrary: fc.constantFrom('東京', '漢字のテキスト', 'ｆｕｌｌ', 'é', '👍') },
    );
    const cell = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
    const tableSource = fc
      .integer({ min: 1, max: 6 })
      .chain((columns) =>
        fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
          minLength: 2,
          maxLength: 4,
        }),
      )
      .map((rows) => {
        const line = (row: string[]) => `| ${row.join(' | ')} |`;
        const [header = [], ...body] = rows;
        return [line(header), `|${' - |'.repeat(header.length)}`, ...body.map(line)].join('\n');
      });
    fc.assert(
      fc.property(tableSource, fc.integer({ min: 20, max: 100 }), (source, width) => {
        const shown = table(source, width);
        for (const row of shown.split('\n')) expect(stringWidth(row)).toBeLessThanOrEqual(width);
        if (!shown.startsWith('┌')) return;
        const tokens = new Set(shown.split(/[\s│┌┬┐├┼┤└┴┘─]+/));
        const words = source.split(/[\s|]+/).filter((one) => one && one !== '-');
        // Chinese and Japanese may break between their characters.
        for (const one of words.filter((text) => !/[\u3000-\uffff]/.test(text)))
          expect(tokens.has(one), one).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
