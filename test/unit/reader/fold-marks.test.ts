import { describe, expect, it } from 'vitest';
import { groupDetails } from '../../../src/document/details.ts';
import { lexBlocks } from '../../../src/markdown/lex.ts';
import { takeFoldMarks } from '../../../src/reader/fold-marks.ts';
import { foldMarks } from '../../../src/render/details.ts';
import { TextRenderer } from '../../../src/render/text.ts';

const { summary, body, end } = foldMarks;

describe('takeFoldMarks', () => {
  it('finds each block: its summary line, where its contents start and end, and its mark', () => {
    const lines = [
      'Before.',
      '',
      `${summary}▸ Outer${body}`,
      '',
      '  text',
      '',
      `  ${summary}▸ Inner that`,
      `    wraps${body}`,
      '',
      `    deep${end}${end}`,
      '',
      `${summary}▾ Open, empty${body}${end}`,
    ];
    const folds = takeFoldMarks(lines);
    expect(lines).not.toContain(summary);
    expect(lines.join('\n')).not.toMatch(/[\u0001-\u0003]/);
    expect(lines[6]).toBe('  ▸ Inner that');
    expect(folds).toEqual([
      { summary: 2, body: 3, end: 10, at: 0, plainAt: 0, open: false },
      { summary: 6, body: 8, end: 10, at: 2, plainAt: 2, open: false },
      { summary: 11, body: 12, end: 12, at: 0, plainAt: 0, open: true },
    ]);
  });

  it('finds the mark after the colour around it, and where it is in the plain text', () => {
    const renderer = new TextRenderer({ width: 40, colour: true, foldMarks: true });
    const tokens = groupDetails(
      lexBlocks('> <details><summary>Quoted</summary>\n>\n> text\n> </details>\n', {}),
    );
    const lines = renderer.blocks(tokens).split('\n');
    const [fold] = takeFoldMarks(lines);
    const line = lines[fold?.summary ?? -1] ?? '';
    expect(line[fold?.at ?? -1]).toBe('▸');
    expect(line.slice(0, fold?.at)).toContain('\u001b[');
    expect(fold?.plainAt).toBe(2);
    expect(fold).toMatchObject({ summary: 0, body: 1, end: 3, open: false });
  });

  it('leaves lines without marks as they are: printed output has none', () => {
    const renderer = new TextRenderer({ width: 40, colour: false });
    const tokens = groupDetails(
      lexBlocks('<details><summary>S</summary>\n\ntext\n</details>\n', {}),
    );
    const lines = renderer.blocks(tokens).split('\n');
    expect(lines).toEqual(['▸ S', '', '  text']);
    expect(takeFoldMarks(lines)).toEqual([]);
  });
});
