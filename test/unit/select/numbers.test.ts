import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { isNumber, missingNumber, sectionNumbered } from '../../../src/select/numbers.ts';
import type { Missing } from '../../../src/select/reference-errors.ts';

const guide = parseDocument({
  name: 'guide.md',
  text: readFileSync(new URL('../../fixtures/guide.md', import.meta.url), 'utf8'),
});
const flat = parseDocument({ name: 'flat', text: '## One\n\n## Two\n\n## Three\n' });
const single = parseDocument({ name: 'single', text: '## One\n\n### Only\n' });
/** The reason and the numbers of the suggestions. */
const described = (missing: Missing) => ({
  reason: missing.reason,
  suggestions: missing.suggestions?.map((section) => section.number),
});

describe('isNumber', () => {
  it('is a section number: digits, with dots between', () => {
    for (const yes of ['2', '2.1', '10.2.3', ' 3 ']) expect(isNumber(yes), yes).toBe(true);
    for (const no of ['', '2.', '.2', '2..3', '2-3', 'two', '2a', '1/2']) {
      expect(isNumber(no), no).toBe(false);
    }
  });
});

describe('sectionNumbered', () => {
  it('finds the section with that number, or nothing', () => {
    expect(sectionNumbered(guide.sections, '2.1.2')?.title).toBe('Fedora');
    expect(sectionNumbered(guide.sections, ' 3 ')?.title).toBe('Usage');
    expect(sectionNumbered(guide.sections, '2.4')).toBeUndefined();
  });
});

describe('missingNumber', () => {
  it('past the end: how many sections there are, and the last one', () => {
    expect(described(missingNumber(flat.sections, '4'))).toEqual({
      reason: 'there are 3 sections',
      suggestions: ['3'],
    });
  });

  it('counts top-level sections as such when there are subsections', () => {
    expect(described(missingNumber(guide.sections, '9'))).toEqual({
      reason: 'there are 4 top-level sections',
      suggestions: ['4'],
    });
    expect(described(missingNumber(single.sections, '2'))).toEqual({
      reason: 'there is 1 top-level section',
      suggestions: ['1'],
    });
  });

  it('past the subsections of a section: how many it has, and its last', () => {
    expect(described(missingNumber(guide.sections, '2.4'))).toEqual({
      reason: 'section 2 has 3 subsections',
      suggestions: ['2.3'],
    });
    expect(described(missingNumber(single.sections, '1.2'))).toEqual({
      reason: 'section 1 has 1 subsection',
      suggestions: ['1.1'],
    });
    expect(described(missingNumber(guide.sections, '2.1.3.1'))).toEqual({
      reason: 'section 2.1 has 2 subsections',
      suggestions: ['2.1.2'],
    });
  });

  it('under a section without subsections: says so, and suggests the section', () => {
    expect(described(missingNumber(guide.sections, '4.1'))).toEqual({
      reason: 'section 4 has no subsections',
      suggestions: ['4'],
    });
    expect(described(missingNumber(guide.sections, '2.1.1.1'))).toEqual({
      reason: 'section 2.1.1 has no subsections',
      suggestions: ['2.1.1'],
    });
  });

  it('at 0: says where the numbers start, and suggests the first', () => {
    expect(described(missingNumber(guide.sections, '0'))).toEqual({
      reason: 'sections are numbered from 1',
      suggestions: ['1'],
    });
    expect(described(missingNumber(guide.sections, '2.0'))).toEqual({
      reason: 'the subsections of section 2 are numbered from 2.1',
      suggestions: ['2.1'],
    });
  });

  it('in a document without sections: says so', () => {
    expect(described(missingNumber([], '1'))).toEqual({
      reason: 'there are no sections',
      suggestions: undefined,
    });
  });

  it('written another way than its number: suggests that section', () => {
    expect(described(missingNumber(guide.sections, '02.01'))).toEqual({
      reason: undefined,
      suggestions: ['2.1'],
    });
  });
});
