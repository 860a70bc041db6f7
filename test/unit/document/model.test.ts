import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { headingPaths } from '../../../src/document/model.ts';

describe('headingPaths', () => {
  const document = parseDocument({
    name: 'guide',
    text: 'Opening.\n\n## Installation\n\n### Linux\n\n#### Debian\n\n### Mac\n\n## Usage\n\n### Linux\n',
  });
  const pathOf = headingPaths(document.sections);

  it("gives each section its ancestors' titles, the top-level one first, then its own", () => {
    expect(document.sections.map((section) => [section.number, pathOf(section)])).toEqual([
      ['1', ['Introduction']],
      ['2', ['Installation']],
      ['2.1', ['Installation', 'Linux']],
      ['2.1.1', ['Installation', 'Linux', 'Debian']],
      ['2.2', ['Installation', 'Mac']],
      ['3', ['Usage']],
      ['3.1', ['Usage', 'Linux']],
    ]);
  });

  it('gives a copy of a section the same path', () => {
    const debian = document.sections[3];
    if (!debian) throw new Error('no section 2.1.1');
    expect(pathOf({ ...debian, subsections: [] })).toEqual(['Installation', 'Linux', 'Debian']);
  });
});
