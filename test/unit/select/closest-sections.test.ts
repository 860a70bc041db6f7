import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { closestSections } from '../../../src/select/closest-sections.ts';

const article = parseDocument({
  name: 'article',
  text: readFileSync(new URL('../../../content/article.md', import.meta.url), 'utf8'),
});
const guide = parseDocument({
  name: 'guide.md',
  text: readFileSync(new URL('../../fixtures/guide.md', import.meta.url), 'utf8'),
});
const closest = (reference: string, sections = article.sections) =>
  closestSections(sections, reference).map((section) => section.number);

describe('closestSections', () => {
  it('a misspelt id: the section whose id starts a few edits from it', () => {
    expect(closest('seasn-2')).toEqual(['2']);
    expect(closest('katherine-langfrod')).toEqual(['3']);
    expect(closest('season-2-will-not-be-afected')).toEqual(['2']);
    expect(closest('katherin-langford-and-dylan')).toEqual(['3']);
  });

  it('a misspelt whole id or title: the section a few edits away', () => {
    expect(closest('introdution')).toEqual(['1']);
    expect(closest('season-2-will-not-be-affected-by-backlsh')).toEqual(['2']);
  });

  it('a misspelt title word: the titles with a word close to each word', () => {
    expect(closest('backlsh')).toEqual(['2']);
    expect(closest('minette')).toEqual(['3']);
    expect(closest('seasn 2')).toEqual(['2']);
    expect(closest('instalation', guide.sections)).toEqual(['2']);
  });

  it('the start of an id, written out: that section first', () => {
    expect(closest('katherine-langford')).toEqual(['3']);
    expect(closest('season 2 will')).toEqual(['2']);
  });

  it('nothing for a reference far from every id and title', () => {
    expect(closest('xylophone')).toEqual([]);
    expect(closest('zz-top')).toEqual([]);
    // Words of one or two letters must be exact: "sx" is no typo of "season".
    expect(closest('sx')).toEqual([]);
  });

  it('a start of an id too short to be told from others is no suggestion', () => {
    // "se" begins "season-2-…", but two letters say too little.
    expect(closest('se')).toEqual([]);
  });
});
