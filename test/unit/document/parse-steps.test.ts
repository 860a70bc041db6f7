import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexedBlocks } from '../../../src/document/block-source.ts';
import { groupDetailsInBatches } from '../../../src/document/details.ts';
import { openDocument, parseDocument } from '../../../src/document/document.ts';
import type { Document, DocumentText } from '../../../src/document/model.ts';
import { DocumentParse } from '../../../src/document/parse-steps.ts';
import { lexInChunks } from '../../../src/markdown/lex.ts';
import { block, markdown } from '../../helpers/arbitrary-markdown.ts';
import '../../helpers/property-seed.ts';

const numRuns = Number(process.env.PROPERTY_RUNS ?? 200);

/** The document's text, its blocks lexed in the smallest chunks there are: a batch per block or so. */
function inSmallBatches(text: string): DocumentText {
  const opened = openDocument({ name: 'notes', text });
  return {
    ...opened,
    blocks: {
      ...lexedBlocks,
      batches: (body) =>
        groupDetailsInBatches(lexInChunks(body.body, body.links, { first: 1, later: 1 })),
    },
  };
}

/** What a reader shows of a section before its text: its number, id, title and depth. */
const outline = (document: Document) =>
  document.sections.map(({ number, id, title, depth }) => ({ number, id, title, depth }));

describe('DocumentParse', () => {
  it('parses a batch at a time, the document so far unfinished until the end', () => {
    const text = inSmallBatches('# Title\n\nIntro.\n\n## One\n\nText.\n\n## Two\n\nMore.\n');
    const parse = new DocumentParse(text);
    expect(parse.document().sections).toEqual([]);
    expect(parse.document().unfinished).toEqual({ parsed: 0 });
    parse.step();
    parse.step();
    const early = parse.document();
    expect(early.title).toBe('Title');
    expect(early.unfinished?.parsed).toBeGreaterThan(0);
    while (parse.step());
    expect(parse.done).toBe(true);
    expect(parse.document().unfinished).toBeUndefined();
    expect(outline(parse.document()).map((section) => section.title)).toEqual([
      'Introduction',
      'One',
      'Two',
    ]);
  });

  it('numbers the first sections as the whole does when a shallower heading comes later', () => {
    // The whole has a `#` section further on: the `##` headings before it stay in the Introduction.
    const body = `# Title\n\nIntro.\n\n## Early\n\nText.\n\n${'Filler.\n\n'.repeat(20)}# Late\n\nEnd.\n`;
    const parse = new DocumentParse(inSmallBatches(body));
    for (let step = 0; step < 6; step++) parse.step();
    const whole = parseDocument(inSmallBatches(body));
    expect(outline(whole).slice(0, 2)).toEqual([
      { number: '1', id: 'introduction', title: 'Introduction', depth: 1 },
      { number: '1.1', id: 'early', title: 'Early', depth: 2 },
    ]);
    expect(outline(parse.document())).toEqual(outline(whole).slice(0, 2));
  });

  it('ends with the document parseDocument gives, however often it was looked at on the way', () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 1, max: 4 }), (text, every) => {
        const opened = inSmallBatches(text);
        const parse = new DocumentParse(opened);
        for (let step = 0; parse.step(); step++) if (step % every === 0) parse.document();
        expect(parse.document()).toEqual(parseDocument(opened));
      }),
      { numRuns },
    );
  });

  it('gives at each step the first sections of the whole, with their numbers, ids and titles', () => {
    const lines = block.filter((text) => !text.includes('\r'));
    const body = fc.array(lines, { maxLength: 10 }).map((blocks) => `${blocks.join('\n\n')}\n`);
    fc.assert(
      fc.property(body, fc.boolean(), (text, frontMatter) => {
        const source = frontMatter ? `---\ntitle: T\n---\n${text}` : text;
        const whole = outline(parseDocument(inSmallBatches(source)));
        const parse = new DocumentParse(inSmallBatches(source));
        while (parse.step()) {
          const sofar = outline(parse.document());
          expect(sofar).toEqual(whole.slice(0, sofar.length));
        }
      }),
      { numRuns },
    );
  });
});
