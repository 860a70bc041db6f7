import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { renderSearchText } from '../../../src/render/search.ts';
import { createTheme } from '../../../src/render/theme.ts';
import type { SectionMatches } from '../../../src/select/search.ts';

const document = parseDocument({ name: 'n', text: '## One\n\nx\n\n## Two\n\ny\n' });
const [one, two] = document.sections;
if (!one || !two) throw new Error('two sections expected');

describe('renderSearchText', () => {
  it('shows each section with its matching sentences, hung under it', () => {
    const found: SectionMatches[] = [
      { section: one, matches: [{ text: 'A cat naps in the sun.', ranges: [[2, 5]] }] },
    ];
    expect(renderSearchText(found, createTheme(false), 20)).toBe(
      '1 One\n  A cat naps in\n    the sun.\n',
    );
  });

  it('numbers the links of the sentences shown through the results, and lists them under each section', () => {
    const found: SectionMatches[] = [
      {
        section: one,
        matches: [
          {
            text: 'See the docs and a cat.',
            ranges: [[8, 12]],
            links: [
              { at: 12, href: 'https://x.org/docs' },
              { at: 22, href: 'cat.png' },
            ],
          },
        ],
      },
      {
        section: two,
        matches: [{ text: 'More docs.', ranges: [[5, 9]], links: [{ at: 9, href: '/more' }] }],
      },
    ];
    expect(renderSearchText(found, createTheme(false), 80)).toBe(
      [
        '1 One',
        '  See the docs[1] and a cat[2].',
        '',
        '  [1] https://x.org/docs',
        '  [2] cat.png',
        '',
        '2 Two',
        '  More docs[3].',
        '',
        '  [3] /more',
        '',
      ].join('\n'),
    );
  });

  it('puts a number inside a highlighted match, keeping the highlight around it', () => {
    const theme = createTheme(true);
    const found: SectionMatches[] = [
      {
        section: one,
        matches: [{ text: 'docs and', ranges: [[0, 8]], links: [{ at: 4, href: '/d' }] }],
      },
    ];
    const [, sentence] = renderSearchText(found, theme, 80).split('\n');
    expect(sentence).toBe(`  ${theme.match('docs')}${theme.muted('[1]')}${theme.match(' and')}`);
  });
});
