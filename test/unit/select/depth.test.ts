import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Document, Section } from '../../../src/document/model.ts';
import { blocksToDepth, selectToDepth, sourceOf } from '../../../src/select/depth.ts';

const nestedText = readFileSync(new URL('../../fixtures/nested.md', import.meta.url), 'utf8');
const nested = parseDocument({ name: 'nested.md', text: nestedText });
const numbers = (sections: readonly Section[]) => sections.map((section) => section.number);
const section = (document: Document, number: string): Section => {
  const found = document.sections.find((each) => each.number === number);
  if (!found) throw new Error(`no section ${number}`);
  return found;
};
/** The text of the blocks kept, heading lines and paragraphs, as written. */
const keptSource = (document: Document, depth: number) =>
  sourceOf(blocksToDepth(document, depth)).trimEnd();

describe('selectToDepth', () => {
  it('leaves of the whole document the headings down to the depth, counted from the top', () => {
    expect(numbers(selectToDepth(nested, undefined, 1).shown)).toEqual(['1', '2', '3']);
    expect(numbers(selectToDepth(nested, undefined, 2).shown)).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
      '3',
      '3.1',
    ]);
    expect(numbers(selectToDepth(nested, undefined, 3).shown)).toEqual(numbers(nested.sections));
    expect(selectToDepth(nested, undefined, 1).selected).toBe(nested.sections);
  });

  it('counts from the top for chosen sections too, and keeps a chosen one deeper than the depth', () => {
    const install = section(nested, '2');
    const linux = section(nested, '2.1');
    expect(numbers(selectToDepth(nested, [install], 2).shown)).toEqual(['2', '2.1', '2.2']);
    expect(numbers(selectToDepth(nested, [linux], 2).shown)).toEqual(['2.1']);
    expect(numbers(selectToDepth(nested, [linux], 3).shown)).toEqual(['2.1', '2.1.1', '2.1.2']);
    expect(numbers(selectToDepth(nested, [linux, install], 1).shown)).toEqual(['2.1', '2']);
  });

  it('keeps the whole selection, hidden subsections too, for the totals', () => {
    const install = section(nested, '2');
    expect(numbers(selectToDepth(nested, [install], 1).selected)).toEqual([
      '2',
      '2.1',
      '2.1.1',
      '2.1.2',
      '2.2',
    ]);
  });
});

describe('blocksToDepth', () => {
  it('leaves out the headings and text of deeper sections, the title kept', () => {
    expect(keptSource(nested, 1)).toBe(
      '# Handbook\n\nHow to get the tool and use it.\n\n## Install\n\nPick your system.\n\n## Use\n\nRun it on a file.',
    );
    const two = keptSource(nested, 2);
    expect(two).toContain('### Linux\n\nPackages for Linux.\n\n### Mac');
    expect(two).not.toContain('Debian');
    expect(two).not.toContain('Run apt.');
  });

  it('keeps every block, as written, at the deepest level', () => {
    expect(sourceOf(blocksToDepth(nested, 4))).toBe(nestedText);
    expect(sourceOf(blocksToDepth(nested, 3))).toBe(nestedText);
  });

  it('counts the levels as sections do, not as the headings are written', () => {
    // Without a `#` title, `##` is the top; a skipped level (`####` under `##`) is one level down.
    const skipped = parseDocument({
      name: 'notes',
      text: 'Intro.\n\n#### Early\n\nE.\n\n## One\n\nA.\n\n#### Deep\n\nB.\n\n## Two\n\nC.\n',
    });
    expect(numbers(skipped.sections)).toEqual(['1', '1.1', '2', '2.1', '3']);
    expect(sourceOf(blocksToDepth(skipped, 1))).toBe('Intro.\n\n## One\n\nA.\n\n## Two\n\nC.\n');
  });

  it('keeps a `#` heading that is a section, when the title comes from front matter', () => {
    const titled = parseDocument({
      name: 'notes',
      text: '---\ntitle: Notes\n---\n# One\n\nA.\n\n## Deeper\n\nB.\n\n# Two\n\nC.\n',
    });
    expect(sourceOf(blocksToDepth(titled, 1))).toBe('# One\n\nA.\n\n# Two\n\nC.\n');
  });
});
