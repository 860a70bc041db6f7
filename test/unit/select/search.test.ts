import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { sectionUnits } from '../../../src/render/search-units.ts';
import { type SearchUnit, searchSections } from '../../../src/select/search.ts';

const document = parseDocument({
  name: 'notes',
  text: '## Cats\n\nCats sleep a lot. A cat\nnaps in the SUN.\n\n## Dogs\n\nDogs bark. No sun here? Sun!\n',
});
const ownText = (section: (typeof document.sections)[number]): SearchUnit[] =>
  sectionUnits(document, section);

describe('searchSections', () => {
  it('finds the sentences that contain the text, case-insensitively, by section', () => {
    const found = searchSections(document.sections, 'sun', ownText);
    expect(found.map(({ section }) => section.title)).toEqual(['Cats', 'Dogs']);
    expect(found[0]?.matches.map((match) => match.text)).toEqual(['A cat naps in the SUN.']);
    expect(found[1]?.matches.map((match) => match.text)).toEqual(['No sun here?', 'Sun!']);
  });

  it('finds a phrase across a line break of the source, and says where each match is', () => {
    const [cats] = searchSections(document.sections, 'cat   naps', ownText);
    expect(cats?.matches).toEqual([{ text: 'A cat naps in the SUN.', ranges: [[2, 10]] }]);
  });

  it('finds every match in a sentence', () => {
    const [cats] = searchSections(document.sections, 'cat', ownText);
    expect(cats?.matches.find((match) => match.text.startsWith('Cats'))?.ranges).toEqual([[0, 3]]);
    expect(cats?.matches.map((match) => match.text)).toContain('A cat naps in the SUN.');
  });

  it('treats the text literally, not as a pattern', () => {
    expect(searchSections(document.sections, 'here?', ownText)).toHaveLength(1);
    expect(searchSections(document.sections, '.*', ownText)).toEqual([]);
  });

  it('finds nothing for no match or an empty text', () => {
    expect(searchSections(document.sections, 'parrot', ownText)).toEqual([]);
    expect(searchSections(document.sections, '  ', ownText)).toEqual([]);
  });
});
