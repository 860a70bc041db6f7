import { describe, expect, it } from 'vitest';
import { parsedLazilyFrom, readerDocument } from '../../../src/cli/reader-document.ts';
import { openDocument } from '../../../src/document/document.ts';

const section = (number: number) => `## Part ${number}\n\n${'Some words of text. '.repeat(40)}\n\n`;
/** A document of `count` sections, Part 1 to Part `count`. */
const book = (count: number) =>
  openDocument({
    name: 'book',
    text: `# Book\n\n${Array.from({ length: count }, (_, at) => section(at + 1)).join('')}`,
  });
const big = book(Math.ceil(parsedLazilyFrom / section(1).length) + 10);

describe('readerDocument', () => {
  it('parses a small document whole, as before', () => {
    const { document, parsing } = readerDocument(book(20), { whole: false });
    expect(parsing).toBeUndefined();
    expect(document.unfinished).toBeUndefined();
    expect(document.sections).toHaveLength(20);
  });

  it('parses a big one as far as its first screens, the rest left to the reader', () => {
    const { document, parsing } = readerDocument(big, { whole: false });
    expect(parsing?.done).toBe(false);
    expect(document.unfinished).toBeDefined();
    expect(document.sections.length).toBeGreaterThan(5);
    expect(document.sections.length).toBeLessThan(100);
    expect(document.sections[0]?.title).toBe('Part 1');
  });

  it('parses it whole when a section is asked for, or the history left the reader beyond the first', () => {
    for (const needs of [{ whole: true }, { whole: false, section: 'part-300' }]) {
      const { document, parsing } = readerDocument(big, needs);
      expect(parsing).toBeUndefined();
      expect(document.unfinished).toBeUndefined();
    }
    expect(readerDocument(big, { whole: false, section: 'part-2' }).parsing).toBeDefined();
  });
});
