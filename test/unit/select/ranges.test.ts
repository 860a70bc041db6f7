import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { type Document, type Section, withSubsections } from '../../../src/document/model.ts';
import { UsageError } from '../../../src/errors.ts';
import { parseRange, selectRange } from '../../../src/select/ranges.ts';
import { NoSuchSection, ReversedRange } from '../../../src/select/reference-errors.ts';

const guide = parseDocument({
  name: 'guide.md',
  text: readFileSync(new URL('../../fixtures/guide.md', import.meta.url), 'utf8'),
});
const article = parseDocument({
  name: 'article',
  text: readFileSync(new URL('../../../content/article.md', import.meta.url), 'utf8'),
});

/** The numbers a range prints, in order, each section with the subsections it keeps. */
const printed = (document: Document, reference: string): string[] => {
  const range = parseRange(reference);
  if (!range) throw new Error(`'${reference}' is no range`);
  return selectRange(document, reference, range)
    .flatMap(withSubsections)
    .map((section) => section.number);
};
const failure = (document: Document, reference: string): Error => {
  try {
    printed(document, reference);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`'${reference}' was found`);
};

describe('parseRange', () => {
  it('reads two numbers joined by - or .., and one number with .. before or after it', () => {
    expect(parseRange('2-3')).toEqual({ start: '2', end: '3' });
    expect(parseRange('2.1-2.3')).toEqual({ start: '2.1', end: '2.3' });
    expect(parseRange('1.2..3')).toEqual({ start: '1.2', end: '3' });
    expect(parseRange(' 2 - 3 ')).toEqual({ start: '2', end: '3' });
    expect(parseRange('2..')).toEqual({ start: '2', end: undefined });
    expect(parseRange('..2.1')).toEqual({ start: undefined, end: '2.1' });
  });

  it('takes nothing else for a range: ids with hyphens, words, a lone .., an open -', () => {
    for (const reference of [
      'season-2-will-not-be-affected-by-backlash',
      'season-2',
      '2-b',
      'a-3',
      '..',
      '2-',
      '-2',
      '2',
      '2.1',
      '2...3',
      '2--3',
      'install/linux',
    ]) {
      expect(parseRange(reference), reference).toBeUndefined();
    }
  });
});

describe('selectRange', () => {
  it('covers each end with its subsections, and everything between', () => {
    expect(printed(article, '2-3')).toEqual(['2', '3']);
    expect(printed(guide, '2-3')).toEqual([
      '2',
      '2.1',
      '2.1.1',
      '2.1.2',
      '2.2',
      '2.3',
      '3',
      '3.1',
      '3.2',
    ]);
    expect(printed(guide, '2.1-2.2')).toEqual(['2.1', '2.1.1', '2.1.2', '2.2']);
    expect(printed(guide, '3-3')).toEqual(['3', '3.1', '3.2']);
  });

  it('runs to the end or from the start when an end is left out', () => {
    expect(printed(article, '2..')).toEqual(['2', '3']);
    expect(printed(article, '..2')).toEqual(['1', '2']);
    expect(printed(guide, '3.2..')).toEqual(['3.2', '4']);
    expect(printed(guide, '..1')).toEqual(['1']);
    expect(printed(guide, '..2.1.1')).toEqual(['1', '2', '2.1', '2.1.1']);
  });

  it('with ends in different branches, covers everything between them in document order', () => {
    expect(printed(guide, '2.1.2-3.1')).toEqual(['2.1.2', '2.2', '2.3', '3', '3.1']);
    expect(printed(guide, '2.2-4')).toEqual(['2.2', '2.3', '3', '3.1', '3.2', '4']);
  });

  it('keeps a section whose later subsections are past its end, without them', () => {
    // 2's own text, then 2.1 whole; 2.2 and 2.3 come after the end.
    expect(printed(guide, '2-2.1')).toEqual(['2', '2.1', '2.1.1', '2.1.2']);
    const [installation] = selectRange(guide, '2-2.1', { start: '2', end: '2.1' });
    expect(installation?.title).toBe('Installation');
    expect(installation?.subsections.map((section) => section.number)).toEqual(['2.1']);
  });

  it('gives the sections themselves when they keep all their subsections', () => {
    const [installation, usage] = selectRange(guide, '2-3', { start: '2', end: '3' });
    const byNumber = (number: string): Section | undefined =>
      guide.sections.find((section) => section.number === number);
    expect(installation).toBe(byNumber('2'));
    expect(usage).toBe(byNumber('3'));
    // The document's own section keeps all of them when a range trims a copy.
    selectRange(guide, '2-2.1', { start: '2', end: '2.1' });
    expect(byNumber('2')?.subsections).toHaveLength(3);
  });

  it('refuses a range that runs backwards as a usage error that says why', () => {
    for (const [reference, message] of [
      ['3-2', "the range '3-2' runs backwards: section 3 comes after section 2; write '2-3'"],
      [
        '2.1-2',
        "the range '2.1-2' runs backwards: section 2.1 comes after section 2; write '2-2.1'",
      ],
      [
        '3.1-2.3',
        "the range '3.1-2.3' runs backwards: section 3.1 comes after section 2.3; write '2.3-3.1'",
      ],
    ] as const) {
      const error = failure(guide, reference);
      expect(error).toBeInstanceOf(ReversedRange);
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toBe(message);
    }
  });

  it('says which end names no section, with the section nearest it', () => {
    const past = failure(article, '2-7') as NoSuchSection;
    expect(past).toBeInstanceOf(NoSuchSection);
    expect(past.reference).toBe('2-7');
    expect(past.part).toBe('7');
    expect(past.suggestions.map((section) => section.number)).toEqual(['3']);
    expect(past.message).toBe(
      "no section '7' in '2-7': there are 3 sections; did you mean: 3 Katherine Langford and Dylan Minnette talk about season two? (see 'article --list')",
    );
    const start = failure(guide, '2.9..') as NoSuchSection;
    expect(start.part).toBe('2.9');
    expect(start.message).toBe(
      "no section '2.9' in '2.9..': section 2 has 3 subsections; did you mean: 2.3 Windows? (see 'article --list')",
    );
    expect(failure(guide, '..0').message).toBe(
      "no section '0' in '..0': sections are numbered from 1; did you mean: 1 Introduction? (see 'article --list')",
    );
  });

  it('in a document without sections, says so', () => {
    const empty = parseDocument({ name: 'empty', text: '' });
    expect(empty.sections).toEqual([]);
    expect(failure(empty, '1..').message).toBe(
      "no section '1' in '1..': there are no sections (see 'article --list')",
    );
    expect(failure(empty, '..1').message).toContain('there are no sections');
  });
});

describe('selectRange, for any outline', () => {
  /** A document of headings at these levels (2 to 5), each with a line of text. */
  const outline = fc
    .array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 14 })
    .map((levels) =>
      parseDocument({
        name: 'outline',
        text: levels.map((level, at) => `${'#'.repeat(level)} H${at}\n\ntext ${at}\n`).join('\n'),
      }),
    );

  it('prints, in document order, every section from the start to the last one under the end', () => {
    fc.assert(
      fc.property(outline, fc.nat(), fc.nat(), (document, a, b) => {
        const { sections } = document;
        const start = sections[a % sections.length] as Section;
        const end = sections[b % sections.length] as Section;
        const from = sections.indexOf(start);
        const at = sections.indexOf(end);
        const reference = `${start.number}-${end.number}`;
        if (from > at) {
          expect(() => printed(document, reference)).toThrow(ReversedRange);
          return;
        }
        // The end's subsections run to the next section no deeper than it.
        const next = sections.findIndex(
          (section, index) => index > at && section.depth <= end.depth,
        );
        const expected = sections.slice(from, next === -1 ? undefined : next);
        expect(printed(document, reference)).toEqual(expected.map((section) => section.number));
      }),
    );
  });
});
