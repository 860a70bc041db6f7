import fc from 'fast-check';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownChunks } from '../../../src/markdown/chunks.ts';
import {
  DefinitionsInChunks,
  findDefinitions,
  findLinkDefinitions,
} from '../../../src/markdown/link-definitions.ts';
import { markdownLine as line } from '../../helpers/markdown-lines.ts';

describe('findLinkDefinitions', () => {
  it('finds definitions anywhere, as marked reads them', () => {
    const body =
      'see [a] and [B]\n\n[a]: http://a.example "A"\n   [b]: <http://b.example>\n  \'B title\'\n    [code]: /not-a-definition\ntext [c]: /mid-line\n[a]: http://second.example\n';
    expect(findLinkDefinitions(body)).toEqual({
      a: { href: 'http://a.example', title: 'A' },
      b: { href: 'http://b.example', title: 'B title' },
    });
  });

  it('finds nothing in text without brackets', () => {
    expect(findLinkDefinitions('plain text\n')).toEqual({});
  });
});

describe('findLinkDefinitions, targets and titles on lines of their own', () => {
  it('reads them as marked does', () => {
    const body = '[a]:\n  http://a.example\n  "A"\n\n[b]: http://b.example\n(B)\n';
    const lexer = new Lexer({ gfm: true });
    lexer.lex(body);
    expect(findLinkDefinitions(body)).toEqual({ ...lexer.tokens.links });
  });
});

describe('findLinkDefinitions (property)', () => {
  it('finds every definition marked finds in the whole document, with the same target', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const markdown = `${lines.join('\n')}\n`;
        const lexer = new Lexer({ gfm: true });
        lexer.lex(markdown);
        const found = findLinkDefinitions(markdown);
        for (const [label, definition] of Object.entries(lexer.tokens.links)) {
          expect(found[label]).toEqual(definition);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('DefinitionsInChunks (property)', () => {
  // Footnotes too: their definitions, continuations, and references to them and to links.
  const withNotes = fc.oneof(
    line,
    fc.constantFrom(
      '[^1]: note with [ref]',
      '[^Note]: named',
      '[^1]: again',
      '    continued [other]',
      'lazy line',
    ),
  );

  it('finds what findDefinitions finds in the whole, a chunk at a time', () => {
    fc.assert(
      fc.property(
        fc.array(withNotes, { maxLength: 80 }),
        fc.integer({ min: 1, max: 60 }),
        (lines, size) => {
          const markdown = `${lines.join('\n')}\n`;
          const definitions = new DefinitionsInChunks();
          for (const chunk of markdownChunks(markdown, { first: size, later: size }))
            definitions.add(chunk);
          expect(definitions.finish()).toEqual(findDefinitions(markdown));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
