import fc from 'fast-check';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { openDocument, parseDocument } from '../../../src/document/document.ts';
import {
  isFragment,
  mayLinkToSections,
  sectionsById,
} from '../../../src/document/section-links.ts';

const opened = (text: string) => openDocument({ name: 'doc', text });

describe('sectionsById', () => {
  it("gives each section by the id the document gave it, a repeated title's by its own", () => {
    const { sections } = parseDocument({ name: 'doc', text: 'Hi.\n\n## Setup\n\n## Setup\n' });
    const byId = sectionsById(sections);
    expect([...byId.keys()]).toEqual(['introduction', 'setup', 'setup-1']);
    expect(byId.get('setup-1')?.number).toBe('3');
  });
});

describe('mayLinkToSections', () => {
  it('says yes for an inline link or a reference definition to a fragment', () => {
    expect(mayLinkToSections(opened('See [the end](#the-end).'))).toBe(true);
    expect(mayLinkToSections(opened('See [the end]( <#the-end> ).'))).toBe(true);
    expect(mayLinkToSections(opened('See [the end].\n\n[the end]: #the-end\n'))).toBe(true);
    expect(mayLinkToSections(opened('See [the end].\n\n[the end]: &#35;the-end\n'))).toBe(true);
    expect(mayLinkToSections(opened('See [the end](&num;the-end) or [it](\\#the-end).'))).toBe(
      true,
    );
  });

  it('says no for links elsewhere and headings alone', () => {
    expect(
      mayLinkToSections(opened('# Title\n\n[x](https://x.org/#a) and [y][y]\n\n[y]: b.md#c\n')),
    ).toBe(false);
  });

  /** The addresses of every link marked finds, however deep. */
  const hrefs = (tokens: readonly Token[]): string[] =>
    tokens.flatMap((token) => [
      ...(token.type === 'link' ? [(token as Tokens.Link).href] : []),
      ...('tokens' in token && token.tokens ? hrefs(token.tokens) : []),
      ...(token.type === 'list' ? hrefs((token as Tokens.List).items) : []),
    ]);

  it('never says no for a document in which marked finds a link to a fragment (property)', () => {
    // Pieces of link syntax, so that links (and near misses) come up often.
    const piece = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom('[a](', '#a)', '<#a>)', ' ', '\n', '\n[a]: ', ' #a'),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...'[]()#<>:a\\`!*"'.split(''),
          '\n\n',
          '[a]',
          '&#35;',
          '&num;',
          '&#x23;',
        ),
      },
    );
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
        (text) => {
          const links = hrefs(new Lexer({ gfm: true }).lex(text));
          if (!links.some(isFragment)) return;
          found += 1;
          expect(mayLinkToSections(opened(text))).toBe(true);
        },
      ),
      // Found with CI's seed: an escaped `&` before an entity of `#`.
      { numRuns: 3000, examples: [['[a](\\&#x23;)']] },
    );
    // The property was tried on many documents with such links.
    expect(found).toBeGreaterThan(100);
  });
});
