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

describe('searchSections with numbered links', () => {
  const [section] = document.sections;
  if (!section) throw new Error('a section expected');
  const unit: SearchUnit = {
    text: 'See the docs. Then more docs here. Last.',
    prose: true,
    links: [
      { at: 12, href: '/docs' },
      { at: 28, href: '/more' },
      { at: 33, href: '/here' },
    ],
  };

  it('gives each sentence the links that end in it, where they end in the sentence', () => {
    const [found] = searchSections([section], 'docs', () => [unit]);
    expect(found?.matches).toEqual([
      { text: 'See the docs.', ranges: [[8, 12]], links: [{ at: 12, href: '/docs' }] },
      {
        text: 'Then more docs here.',
        ranges: [[10, 14]],
        links: [
          { at: 14, href: '/more' },
          { at: 19, href: '/here' },
        ],
      },
    ]);
  });

  it('carries the links of a unit that is not prose as they are, and gives none where there are none', () => {
    const row: SearchUnit = { text: 'a | docs', prose: false, links: [{ at: 1, href: '/a' }] };
    expect(searchSections([section], 'docs', () => [row])[0]?.matches).toEqual([
      { text: 'a | docs', ranges: [[4, 8]], links: [{ at: 1, href: '/a' }] },
    ]);
    const [last] = searchSections([section], 'last', () => [unit])[0]?.matches ?? [];
    expect(last).toEqual({ text: 'Last.', ranges: [[0, 4]] });
    expect(last && 'links' in last).toBe(false);
  });
});
