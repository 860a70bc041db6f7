import { describe, expect, it } from 'vitest';
import { unexplainedBreaks } from '../helpers/broken-words.ts';

/**
 * The corpus's check that words stay whole (test/helpers/broken-words.ts),
 * on output written by hand: it must catch a word cut where it had room, and
 * let pass what wrapping may do.
 */
describe('unexplainedBreaks', () => {
  const code = 'npm install --save-dev @biomejs/biome';
  const whole = `    ${code}`;

  it('passes words moved whole to the next row, in prose, code and table cells', () => {
    expect(
      unexplainedBreaks(code, whole, '    npm install\n      --save-dev\n      @biomejs/biome', 20),
    ).toEqual([]);
    const grid = '│ a │ one two │\n│   │ three   │';
    expect(unexplainedBreaks('a one two three', '│ a │ one two three │', grid, 20)).toEqual([]);
  });

  it('catches a word cut in code where a row could have held it', () => {
    const cut = '    npm install --sa\n    ve-dev @biomejs/bio\n    me';
    expect(unexplainedBreaks(code, whole, cut, 20)).toEqual([
      '"--save-dev" whole 1 times fewer, broken where it had room: "    npm install --sa⏎    ve-dev @biomejs/bio" (room 16)',
      '"@biomejs/biome" whole 1 times fewer, broken where it had room: "    ve-dev @biomejs/bio⏎    me" (room 16)',
    ]);
  });

  it('catches a word cut in a table column, which a layout as records would have kept whole', () => {
    const grid = '│ a │ credent │\n│   │ ials    │';
    expect(unexplainedBreaks('a credentials', '│ a │ credentials │', grid, 20)).toEqual([
      '"credentials" whole 1 times fewer, broken where it had room: "│ a │ credent │⏎│   │ ials    │" (room 16)',
    ]);
  });

  it('lets a word wider than its room be cut, where it starts its row', () => {
    const long = 'https://example.com/a/long/path';
    expect(
      unexplainedBreaks(
        `see ${long}`,
        `    see ${long}`,
        '    see\n      https://example.\n      com/a/long/path',
        20,
      ),
    ).toEqual([]);
    // Started after another word on the row, it could have had a row to itself.
    expect(
      unexplainedBreaks(
        `see ${long}`,
        `    see ${long}`,
        '    see https://ex\n      ample.com/a/long\n      /path',
        20,
      ),
    ).toHaveLength(1);
  });

  it('lets Chinese and Japanese break between characters', () => {
    expect(unexplainedBreaks('お任せします', 'お任せします', 'お任せ\nします', 20)).toEqual([]);
  });

  it('does not count record headers repeated for every row as words gained or lost', () => {
    const records = 'Name: a\nUse:  one\n\nName: b\nUse:  two';
    expect(
      unexplainedBreaks(
        'Name Use a one b two',
        '│ Name │ Use │\n│ a │ one │\n│ b │ two │',
        records,
        20,
      ),
    ).toEqual([]);
  });
});
