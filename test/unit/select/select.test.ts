import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { type Document, withSubsections } from '../../../src/document/model.ts';
import { ArticleError } from '../../../src/errors.ts';
import {
  AmbiguousReference,
  findSection,
  NoSuchSection,
  ReversedRange,
  selectSections,
} from '../../../src/select/select.ts';

const documentWith = (...titles: string[]): Document =>
  parseDocument({ name: 'notes', text: titles.map((title) => `## ${title}\n\ntext\n`).join('\n') });
const titleOf = (document: Document, reference: string) => findSection(document, reference).title;
const failure = (document: Document, reference: string): Error => {
  try {
    findSection(document, reference);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`'${reference}' was found`);
};

const article = parseDocument({
  name: 'article',
  text: readFileSync(new URL('../../../content/article.md', import.meta.url), 'utf8'),
});

describe('findSection', () => {
  const nested = parseDocument({
    name: 'notes',
    text: '## Alpha\n\n### Beta\n\n#### Gamma\n\n## Delta\n',
  });

  it('finds a section by number', () => {
    expect(titleOf(nested, '1')).toBe('Alpha');
    expect(titleOf(nested, '1.1')).toBe('Beta');
    expect(titleOf(nested, '1.1.1')).toBe('Gamma');
    expect(titleOf(nested, ' 2 ')).toBe('Delta');
    expect(titleOf(article, '2')).toBe('Season 2 will not be affected by backlash');
  });

  it('finds a section by id', () => {
    expect(titleOf(article, 'katherine-langford-and-dylan-minnette-talk-about-season-two')).toBe(
      'Katherine Langford and Dylan Minnette talk about season two',
    );
    const document = documentWith('C++ tips', 'Notes', 'Notes');
    expect(findSection(document, 'c-tips').number).toBe('1');
    expect(findSection(document, 'notes-1').number).toBe('3');
  });

  it('prefers a number to a title that is the same number', () => {
    const document = documentWith('2', 'Other');
    expect(findSection(document, '2').title).toBe('Other');
  });

  it('prefers an exact title to titles that start with it', () => {
    // 'c++ tips' is not the id (c-tips), and both titles start with it.
    const document = documentWith('C++ tips and tricks', 'C++ tips');
    expect(titleOf(document, 'c++ tips')).toBe('C++ tips');
  });

  it('prefers a title that starts with the text to titles containing its words', () => {
    const document = documentWith(
      'The two season finale',
      'Recap of season two',
      'Season two recap',
    );
    expect(titleOf(document, 'season two')).toBe('Season two recap');
  });

  it('falls back to a title containing every word, in any order', () => {
    const document = documentWith('Dylan on set', 'Katherine Langford and Dylan Minnette');
    expect(titleOf(document, 'dylan katherine')).toBe('Katherine Langford and Dylan Minnette');
    expect(titleOf(article, 'katherine')).toBe(
      'Katherine Langford and Dylan Minnette talk about season two',
    );
    expect(titleOf(article, 'backlash')).toBe('Season 2 will not be affected by backlash');
  });

  it('compares whole words, not parts of words, in the third rule', () => {
    // 'on' is inside "Introduction", "season" and "Minnette", but it is no word of any title.
    const error = failure(article, 'on');
    expect(error).toBeInstanceOf(NoSuchSection);
    expect(error.message).toBe("no section 'on' (see 'article --list')");
    const document = documentWith('Notes on cats', 'Dogs and cattle', 'The catalogue');
    expect(titleOf(document, 'cats')).toBe('Notes on cats');
    expect(titleOf(document, 'on')).toBe('Notes on cats');
    expect(failure(document, 'cat')).toBeInstanceOf(NoSuchSection);
  });

  it('ignores punctuation around the words of a title and of the reference', () => {
    const document = documentWith('Who wrote it? (The author, mostly)', 'Other');
    expect(titleOf(document, 'author who')).toBe('Who wrote it? (The author, mostly)');
    expect(titleOf(document, 'mostly, author.')).toBe('Who wrote it? (The author, mostly)');
    expect(titleOf(document, 'WROTE IT')).toBe('Who wrote it? (The author, mostly)');
  });

  it('splits words at spaces alone, in matching and in suggestions: "season-two" is one word', () => {
    const document = documentWith('Recap of season-two', 'The second season, part two');
    expect(titleOf(document, 'season-two')).toBe('Recap of season-two');
    expect(titleOf(document, 'two season')).toBe('The second season, part two');
    expect(failure(document, 'sesaon-two').message).toBe(
      "no section 'sesaon-two'; did you mean: 1 Recap of season-two? (see 'article --list')",
    );
  });

  it('ignores case and extra spaces', () => {
    const document = documentWith('C++ Tips and Tricks', 'C++ Tips');
    expect(titleOf(document, 'C++ TIPS')).toBe('C++ Tips');
    expect(titleOf(document, '  c++   tips  AND ')).toBe('C++ Tips and Tricks');
    expect(titleOf(article, 'SEASON 2 will')).toBe('Season 2 will not be affected by backlash');
    expect(titleOf(article, 'INTRODUCTION')).toBe('Introduction');
  });

  it('lists several equally good matches instead of choosing one', () => {
    const document = documentWith('Notes on A', 'Notes on B', 'Other');
    const error = failure(document, 'notes on');
    expect(error).toBeInstanceOf(ArticleError);
    expect(error).not.toBeInstanceOf(NoSuchSection);
    expect(error.message).toBe("'notes on' matches several sections: 1 Notes on A; 2 Notes on B");
    expect(error).toBeInstanceOf(AmbiguousReference);
    const candidates = (error as AmbiguousReference).candidates.map((section) => section.title);
    expect(candidates).toEqual(['Notes on A', 'Notes on B']);
  });

  it('carries the reference and the suggestions as data, not only in the message', () => {
    const error = failure(article, 'introdution') as NoSuchSection;
    expect(error).toBeInstanceOf(NoSuchSection);
    expect(error.reference).toBe('introdution');
    expect(error.suggestions.map((section) => section.number)).toEqual(['1']);
    const numbered = failure(article, '7') as NoSuchSection;
    expect(numbered.reference).toBe('7');
    expect(numbered.reason).toBe('there are 3 sections');
    expect(numbered.suggestions.map((section) => section.number)).toEqual(['3']);
  });

  it('reports no match, suggesting the closest title for a typo', () => {
    const error = failure(article, 'seson');
    expect(error).toBeInstanceOf(NoSuchSection);
    expect(error).toBeInstanceOf(ArticleError);
    expect(error.message.startsWith("no section 'seson'")).toBe(true);
    expect(error.message).toContain('did you mean');
    expect(error.message).toMatch(/did you mean: [^?]*Season/);
    expect(error.message).toContain('article --list');
    expect(failure(article, 'introdution').message).toContain('did you mean: 1 Introduction?');
  });

  it('suggests titles with a word close to each word of the reference', () => {
    const section3 = '3 Katherine Langford and Dylan Minnette talk about season two';
    for (const reference of ['dylan minette', 'katherine langferd', 'Minnete  TALK']) {
      expect(failure(article, reference).message).toBe(
        `no section '${reference}'; did you mean: ${section3}? (see 'article --list')`,
      );
    }
    // Both words of section 2 are close; section 3 has "season" but nothing like "backlsh".
    expect(failure(article, 'backlsh season').message).toContain(
      'did you mean: 2 Season 2 will not be affected by backlash?',
    );
  });

  it('suggests the section whose id the reference begins', () => {
    expect(failure(article, 'katherine-langford').message).toContain(
      'did you mean: 3 Katherine Langford and Dylan Minnette talk about season two?',
    );
    expect(failure(article, 'season-2-will-not').message).toContain('did you mean: 2 Season 2');
  });

  it('suggests at most three sections, the closest first', () => {
    const document = documentWith('Season one', 'Season two', 'Season three', 'Reason', 'Seasons');
    expect(failure(document, 'seasonn').message).toBe(
      "no section 'seasonn'; did you mean: 5 Seasons; 1 Season one; 2 Season two? (see 'article --list')",
    );
  });

  it('suggests nothing for an unrelated reference', () => {
    for (const reference of ['quantum chromodynamics', 'xylophone', 'zzz']) {
      const error = failure(article, reference);
      expect(error).toBeInstanceOf(NoSuchSection);
      expect(error.message).toBe(`no section '${reference}' (see 'article --list')`);
    }
  });
});

describe('selectSections', () => {
  it('keeps the order of the references', () => {
    const chosen = selectSections(article, ['3', 'introduction', 'backlash']);
    expect(chosen.map((section) => section.number)).toEqual(['3', '1', '2']);
  });

  it('returns nothing for no references', () => {
    expect(selectSections(article, [])).toEqual([]);
  });

  it('fails on the first reference that matches nothing', () => {
    expect(() => selectSections(article, ['1', 'nothing like it'])).toThrow(NoSuchSection);
  });
});

describe('selectSections: ranges, paths and single references', () => {
  const guide = parseDocument({
    name: 'guide.md',
    text: readFileSync(new URL('../../fixtures/guide.md', import.meta.url), 'utf8'),
  });
  const printed = (document: Document, ...references: string[]) =>
    selectSections(document, references)
      .flatMap(withSubsections)
      .map((section) => section.number);
  const selectFailure = (document: Document, reference: string): Error => {
    try {
      selectSections(document, [reference]);
    } catch (error) {
      return error as Error;
    }
    throw new Error(`'${reference}' was found`);
  };

  it('reads a range of numbers as every section from its start through its end', () => {
    expect(printed(article, '2-3')).toEqual(['2', '3']);
    expect(printed(article, '2..')).toEqual(['2', '3']);
    expect(printed(article, '..2')).toEqual(['1', '2']);
    expect(printed(guide, '2.1-2.2')).toEqual(['2.1', '2.1.1', '2.1.2', '2.2']);
    expect(printed(guide, '2.3-3')).toEqual(['2.3', '3', '3.1', '3.2']);
  });

  it('keeps the order of the references, ranges and paths among them', () => {
    expect(printed(guide, '4', '2.1.1-2.1.2', 'usage/options', '1')).toEqual([
      '4',
      '2.1.1',
      '2.1.2',
      '3.2',
      '1',
    ]);
  });

  it('takes an id with hyphens and numbers for the id, never for a range', () => {
    expect(printed(article, 'season-2-will-not-be-affected-by-backlash')).toEqual(['2']);
    const years = parseDocument({ name: 'years', text: '## 2019-2020\n\n## 1-2\n\n## Other\n' });
    // "2019-2020" and "1-2" are ids (and titles) here: the sections, not ranges.
    expect(printed(years, '2019-2020')).toEqual(['1']);
    expect(printed(years, '1-2')).toEqual(['2']);
    expect(printed(years, '2-3')).toEqual(['2', '3']);
  });

  it('reads a reference with / or > as a heading path', () => {
    expect(printed(guide, 'install/linux')).toEqual(['2.1', '2.1.1', '2.1.2']);
    expect(printed(guide, 'Installation > Linux')).toEqual(['2.1', '2.1.1', '2.1.2']);
    expect(printed(guide, 'usage > linux')).toEqual(['3.1']);
    expect(printed(guide, '2/1')).toEqual(['2.1', '2.1.1', '2.1.2']);
  });

  it('takes a title with a slash whole when no path leads anywhere', () => {
    const network = parseDocument({
      name: 'net',
      text: '## TCP/IP\n\n## UDP > TCP?\n\n## Other\n',
    });
    expect(printed(network, 'tcp/ip')).toEqual(['1']);
    expect(printed(network, 'UDP > TCP?')).toEqual(['2']);
  });

  it("gives the path's error when neither the path nor the whole reference names a section", () => {
    expect(selectFailure(guide, 'instal/lnux').message).toBe(
      "no section 'instal/lnux': 2 Installation has no subsection 'lnux'; did you mean: 2.1 Linux? (see 'article --list')",
    );
    // A misspelt first step gets the suggestions a single reference would.
    expect(selectFailure(guide, 'instalation/linux').message).toBe(
      "no section 'instalation' in 'instalation/linux'; did you mean: 2 Installation? (see 'article --list')",
    );
    expect(selectFailure(guide, '7/1').message).toBe(
      "no section '7' in '7/1': there are 4 top-level sections; did you mean: 4 Questions? (see 'article --list')",
    );
  });

  it('refuses a reversed range as a usage error, exit status 2', () => {
    const error = selectFailure(article, '3-2');
    expect(error).toBeInstanceOf(ReversedRange);
    expect((error as ReversedRange).exitCode).toBe(2);
  });

  it('says which end of a range names no section', () => {
    const error = selectFailure(article, '2-9') as NoSuchSection;
    expect(error).toBeInstanceOf(NoSuchSection);
    expect(error.reference).toBe('2-9');
    expect(error.part).toBe('9');
    expect(error.suggestions.map((section) => section.number)).toEqual(['3']);
  });
});

describe('references that cannot match', () => {
  it('a misspelt id gets the section it begins a few edits from', () => {
    expect(failure(article, 'seasn-2').message).toBe(
      "no section 'seasn-2'; did you mean: 2 Season 2 will not be affected by backlash? (see 'article --list')",
    );
    expect(failure(article, 'katherine-langfrod').message).toBe(
      "no section 'katherine-langfrod'; did you mean: 3 Katherine Langford and Dylan Minnette talk about season two? (see 'article --list')",
    );
  });

  it('a misspelt title word gets the titles with a word close to it', () => {
    expect(failure(article, 'backlsh').message).toBe(
      "no section 'backlsh'; did you mean: 2 Season 2 will not be affected by backlash? (see 'article --list')",
    );
  });

  it('a number under a section without subsections says so, and suggests the section', () => {
    expect(failure(article, '2.1').message).toBe(
      "no section '2.1': section 2 has no subsections; did you mean: 2 Season 2 will not be affected by backlash? (see 'article --list')",
    );
  });

  it('a number past the end says how many sections there are and suggests the last, not a title one edit away', () => {
    expect(failure(article, '9').message).toBe(
      "no section '9': there are 3 sections; did you mean: 3 Katherine Langford and Dylan Minnette talk about season two? (see 'article --list')",
    );
  });

  it('an empty reference matches nothing rather than everything', () => {
    expect(failure(article, ' ')).toBeInstanceOf(NoSuchSection);
  });
});

describe('selectSections, for any reference', () => {
  const guide = parseDocument({
    name: 'guide.md',
    text: readFileSync(new URL('../../fixtures/guide.md', import.meta.url), 'utf8'),
  });
  /** Text made of what ranges, paths, numbers and ids are made of. */
  const reference = fc
    .array(
      fc.constantFrom('1', '2', '0', '9', '.', '..', '-', '/', '>', ' ', 'linux', 'install', 'a'),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join(''));

  it('finds sections of the document, or fails with an error for the user', () => {
    fc.assert(
      fc.property(reference, (text) => {
        try {
          const chosen = selectSections(guide, [text]);
          expect(chosen.length).toBeGreaterThan(0);
          for (const section of chosen.flatMap(withSubsections)) {
            expect(guide.sections.map((known) => known.number)).toContain(section.number);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleError);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
    );
  });
});
