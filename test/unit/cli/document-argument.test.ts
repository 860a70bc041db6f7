import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentArgument } from '../../../src/cli/document-argument.ts';

const folder = mkdtempSync(join(tmpdir(), 'document-argument-'));
const page = join(folder, 'page.html');
writeFileSync(page, '<p>x</p>');
writeFileSync(join(folder, 'notes.txt'), 'x');

describe('documentArgument', () => {
  it('takes a first argument that is a web address, or an existing Markdown or HTML file', () => {
    expect(documentArgument(undefined, ['https://a.example/x', '2'])).toEqual({
      file: 'https://a.example/x',
      references: ['2'],
    });
    expect(documentArgument(undefined, [page, 'intro'])).toEqual({
      file: page,
      references: ['intro'],
    });
  });

  it('leaves sections as sections: other names, missing files, and anything after --file', () => {
    const notes = join(folder, 'notes.txt');
    expect(documentArgument(undefined, [notes])).toEqual({ file: undefined, references: [notes] });
    expect(documentArgument(undefined, ['gone.md', '2'])).toEqual({
      file: undefined,
      references: ['gone.md', '2'],
    });
    expect(documentArgument('x.md', [page])).toEqual({ file: 'x.md', references: [page] });
    expect(documentArgument(undefined, [])).toEqual({ file: undefined, references: [] });
  });
});
