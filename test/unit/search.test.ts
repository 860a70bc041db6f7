import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/document.ts';
import { type Piece, sectionPieces } from '../../src/render/pieces.ts';
import { searchSections } from '../../src/select/search.ts';

const document = parseDocument({
  name: 'notes',
  text: '## Cats\n\nCats sleep a lot. A cat\nnaps in the SUN.\n\n## Dogs\n\nDogs bark. No sun here? Sun!\n',
});
const ownText = (section: (typeof document.sections)[number]): Piece[] =>
  sectionPieces(document, section);

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

describe('searchSections on the pieces of lists, tables, code and quotes', () => {
  const markdown = [
    '## Fruit',
    'Some fruit. An apple a day keeps the doctor away.',
    '- apples are red\n- pears are green\n- plums',
    '1. first apple\n2. second pear',
    '| fruit | colour |\n| --- | --- |\n| apple | red |\n| pear | green |',
    '```\nconst apple = 1;\nconst pear = 2;\n```',
    '> A quoted apple\n> on two lines.',
    '- a loose item about an apple\n\n  Its second paragraph. The apple again.\n\n      apple();\n\n- a nested list:\n  - apple inside',
    '',
  ].join('\n\n');
  const fruit = parseDocument({ name: 'fruit', text: markdown });
  // As print.ts searches.
  const printed = (section: (typeof fruit.sections)[number]) => sectionPieces(fruit, section);
  const texts = (query: string) =>
    searchSections(fruit.sections, query, printed)[0]?.matches.map((match) => match.text);

  it('gives each list item, table row and line of code alone, and sentences of paragraphs', () => {
    expect(texts('apple')).toEqual([
      'An apple a day keeps the doctor away.',
      '• apples are red',
      '1. first apple',
      'apple | red',
      'const apple = 1;',
      'A quoted apple on two lines.',
      '• a loose item about an apple',
      'The apple again.',
      'apple();',
      '• apple inside',
    ]);
  });

  it('joins the cells of a table row with " | ", headers too, and draws no borders', () => {
    expect(texts('colour')).toEqual(['fruit | colour']);
    const all = searchSections(fruit.sections, 'e', printed).flatMap(({ matches }) =>
      matches.map((match) => match.text),
    );
    expect(all.join('\n')).not.toMatch(/[\u2500-\u257f]/);
  });

  it('keeps the lines of a quote together as a paragraph, without its bar', () => {
    expect(texts('apple on two')).toEqual(['A quoted apple on two lines.']);
  });
});

describe('searchSections on code that looks like a list marker', () => {
  const numbers = parseDocument({ name: 'n', text: '## N\n\n```\n1.\n•\n```\n\n- \n  - inner\n' });
  const texts = (query: string) =>
    searchSections(numbers.sections, query, (section) =>
      sectionPieces(numbers, section),
    )[0]?.matches.map((match) => match.text);

  it('keeps a line of code that reads like a marker, and gives an item without text no piece', () => {
    expect(texts('1.')).toEqual(['1.']);
    expect(texts('•')).toEqual(['•', '• inner']);
  });
});
