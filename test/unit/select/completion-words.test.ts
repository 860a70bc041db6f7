import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { completionWords } from '../../../src/select/completion-words.ts';

const { sections } = parseDocument({
  name: 'nested.md',
  text: readFileSync(new URL('../../fixtures/nested.md', import.meta.url), 'utf8'),
});

describe('completionWords', () => {
  it('offers every number and id while the word has no /', () => {
    const words = ['1', 'introduction', '2', 'install', '2.1', 'linux', '2.1.1', 'debian'];
    expect(completionWords(sections).slice(0, 8)).toEqual(words);
    expect(completionWords(sections, 'inst')).toEqual(completionWords(sections));
  });

  it('offers after a / the paths to the subsections of the section before it, as whole words', () => {
    expect(completionWords(sections, 'install/')).toEqual(['install/linux', 'install/mac']);
    // The part after the last / is the shell's to match: every child is offered.
    expect(completionWords(sections, 'install/m')).toEqual(['install/linux', 'install/mac']);
    expect(completionWords(sections, 'install/linux/')).toEqual([
      'install/linux/debian',
      'install/linux/fedora',
    ]);
  });

  it('reads each step as an id or a number: the first any section, a later one under the last', () => {
    expect(completionWords(sections, '2/')).toEqual(['2/linux', '2/mac']);
    expect(completionWords(sections, '2.1/')).toEqual(['2.1/debian', '2.1/fedora']);
    expect(completionWords(sections, '2/1/')).toEqual(['2/1/debian', '2/1/fedora']);
    expect(completionWords(sections, 'linux/')).toEqual(['linux/debian', 'linux/fedora']);
    expect(completionWords(sections, 'install/2/')).toEqual([]); // 2.2, Mac, has none
    expect(completionWords(sections, 'install/3/')).toEqual([]);
  });

  it('offers nothing after a step that names no section, or a section without subsections', () => {
    expect(completionWords(sections, 'nowhere/')).toEqual([]);
    expect(completionWords(sections, 'mac/')).toEqual([]);
    expect(completionWords(sections, '/')).toEqual([]);
    expect(completionWords(sections, 'install//')).toEqual([]);
  });
});
