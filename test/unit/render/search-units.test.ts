import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { sectionsById } from '../../../src/document/section-links.ts';
import { sectionUnits, withLinkPlaces } from '../../../src/render/search-units.ts';
import { searchSections } from '../../../src/select/search.ts';

describe('search units of lists, tables, code and quotes', () => {
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
  // As cli/run.ts searches.
  const printed = (section: (typeof fruit.sections)[number]) => sectionUnits(fruit, section);
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

describe('search units of code that looks like a list marker', () => {
  const numbers = parseDocument({ name: 'n', text: '## N\n\n```\n1.\n•\n```\n\n- \n  - inner\n' });
  const texts = (query: string) =>
    searchSections(numbers.sections, query, (section) =>
      sectionUnits(numbers, section),
    )[0]?.matches.map((match) => match.text);

  it('keeps a line of code that reads like a marker, and gives an item without text no unit', () => {
    expect(texts('1.')).toEqual(['1.']);
    expect(texts('•')).toEqual(['•', '• inner']);
  });
});

describe('search units of links, in each mode', () => {
  const links = parseDocument({
    name: 'l',
    text: [
      '## L',
      'See [the docs](https://x.org/docs) and ![a cat](cat.png). Then <https://x.org> [here ](/h) ok.',
      '- item [one](/one)\n- item [![badge](b.svg)](/build)',
      '| [a](/a) | b |\n| - | - |\n| c | [d](/d) |',
      '',
    ].join('\n\n'),
  });
  const [section] = links.sections;
  if (!section) throw new Error('a section expected');

  it('are the text as printed inline, addresses included', () => {
    expect(sectionUnits(links, section, 'inline').map((unit) => unit.text)).toContain(
      'See the docs (https://x.org/docs) and [image: a cat] (cat.png). Then https://x.org here (/h) ok.',
    );
  });

  it('are the text alone in mode none, images left out', () => {
    expect(sectionUnits(links, section, 'none')).toEqual([
      { text: 'L', prose: false },
      { text: 'See the docs and. Then https://x.org here ok.', prose: true },
      { text: '• item one', prose: false },
      { text: '• item', prose: false },
      { text: 'a | b', prose: false },
      { text: 'c | d', prose: false },
    ]);
  });

  it('say where each numbered link ends, and leave the numbers to the printing', () => {
    expect(sectionUnits(links, section, 'numbered')).toEqual([
      { text: 'L', prose: false },
      {
        text: 'See the docs and [image: a cat]. Then https://x.org here ok.',
        prose: true,
        links: [
          { at: 12, href: 'https://x.org/docs' },
          { at: 31, href: 'cat.png' },
          { at: 56, href: '/h' },
        ],
      },
      { text: '• item one', prose: false, links: [{ at: 10, href: '/one' }] },
      {
        text: '• item [image: badge]',
        prose: false,
        links: [
          { at: 21, href: 'b.svg' },
          { at: 21, href: '/build' },
        ],
      },
      { text: 'a | b', prose: false, links: [{ at: 1, href: '/a' }] },
      { text: 'c | d', prose: false, links: [{ at: 5, href: '/d' }] },
    ]);
  });
});

describe('withLinkPlaces', () => {
  const references = [
    { number: 1, href: '/a' },
    { number: 2, href: '/b' },
  ];

  it('takes the marks out, keeping one space where two meet', () => {
    expect(withLinkPlaces('a\u0000 and b\u0000.', references)).toEqual({
      text: 'a and b.',
      links: [
        { at: 1, href: '/a' },
        { at: 7, href: '/b' },
      ],
    });
    expect(withLinkPlaces('a \u0000 b \u0000', references)).toEqual({
      text: 'a b',
      links: [
        { at: 1, href: '/a' },
        { at: 3, href: '/b' },
      ],
    });
    expect(withLinkPlaces('\u0000 b', references.slice(0, 1))).toEqual({
      text: 'b',
      links: [{ at: 0, href: '/a' }],
    });
  });
});

describe('search units of footnotes', () => {
  const markdown =
    '## One\n\nA claim[^a].\n\n## Two\n\nAnother[^b], the claim again[^a].\n\n[^a]: The source of the claim.\n\n[^b]: Elsewhere.\n';
  const document = parseDocument({ name: 'notes', text: markdown });
  const units = (number: string) => {
    const section = document.sections.find((candidate) => candidate.number === number);
    return section ? sectionUnits(document, section).map((unit) => unit.text) : [];
  };

  it("finds a note's text in each section that prints it, references as they print", () => {
    expect(units('1')).toEqual(['One', 'A claim[1].', 'The source of the claim.']);
    expect(units('2')).toEqual([
      'Two',
      'Another[2], the claim again[1].',
      'The source of the claim.',
      'Elsewhere.',
    ]);
  });
});

describe('search units of alerts', () => {
  const markdown =
    '## Notes\n\n> [!WARNING]\n> Back up first.\n\n- > [!TIP]\n  > Nested tips stay quotes.\n';
  const notes = parseDocument({ name: 'notes', text: markdown });
  const texts = (query: string) =>
    searchSections(notes.sections, query, (section) =>
      sectionUnits(notes, section),
    )[0]?.matches.map((match) => match.text);

  it('finds the label as printed and the text without the marker', () => {
    expect(texts('warning')).toEqual(['⚠ Warning']);
    expect(texts('back up')).toEqual(['Back up first.']);
    // A quote in a list item is no alert: its marker is text (the sentence segmenter ends a sentence at "!").
    expect(texts('tip')).toEqual(['TIP] Nested tips stay quotes.']);
  });
});

describe('search units of links to sections', () => {
  const document = parseDocument({
    name: 'd',
    text: '## Alpha\n\nSee [the beta part](#beta) and [away](#nowhere).\n\n## Beta\n\nText.\n',
  });
  const [alpha] = document.sections;
  if (!alpha) throw new Error('a section expected');

  it('say which section a link leads to, as printed, when given the sections', () => {
    const headings = sectionsById(document.sections);
    expect(sectionUnits(document, alpha, 'inline', headings)[1]?.text).toBe(
      'See the beta part (→ 2 Beta) and away (#nowhere).',
    );
    expect(sectionUnits(document, alpha, 'numbered', headings)[1]).toEqual({
      text: 'See the beta part and away.',
      prose: true,
      links: [
        { at: 17, href: '#beta', place: '→ 2 Beta' },
        { at: 26, href: '#nowhere' },
      ],
    });
  });

  it('keep the address without the sections (JSON text)', () => {
    expect(sectionUnits(document, alpha)[1]?.text).toBe(
      'See the beta part (#beta) and away (#nowhere).',
    );
  });
});
