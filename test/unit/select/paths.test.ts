import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { followPath, pathSteps } from '../../../src/select/paths.ts';
import { AmbiguousReference, NoSuchSection } from '../../../src/select/reference-errors.ts';

const guide = parseDocument({
  name: 'guide.md',
  text: readFileSync(new URL('../../fixtures/guide.md', import.meta.url), 'utf8'),
});
/** A first step that matches nothing says only that, so that these tests see the later steps. */
const follow = (reference: string) =>
  followPath(guide.sections, reference, pathSteps(reference) ?? [], () => ({ reason: 'first' }));
const numberOf = (reference: string) => follow(reference).number;
const failure = (reference: string): Error => {
  try {
    follow(reference);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`'${reference}' was found`);
};

describe('pathSteps', () => {
  it('splits at / and at >, the spaces around each step left out', () => {
    expect(pathSteps('install/linux')).toEqual(['install', 'linux']);
    expect(pathSteps('Installation > Linux')).toEqual(['Installation', 'Linux']);
    expect(pathSteps(' 2 / 1 / fedora ')).toEqual(['2', '1', 'fedora']);
    expect(pathSteps('install/linux>debian')).toEqual(['install', 'linux', 'debian']);
  });

  it('leaves out empty steps, and is no path with fewer than two', () => {
    expect(pathSteps('install//linux/')).toEqual(['install', 'linux']);
    expect(pathSteps('install/')).toBeUndefined();
    expect(pathSteps('/')).toBeUndefined();
    expect(pathSteps('install')).toBeUndefined();
    expect(pathSteps('season-2-will-not-be-affected-by-backlash')).toBeUndefined();
  });
});

describe('followPath', () => {
  it('finds a subsection under the section its first step names', () => {
    expect(numberOf('Installation/Linux')).toBe('2.1');
    expect(numberOf('usage/linux')).toBe('3.1');
    expect(numberOf('Installation > Linux > Fedora')).toBe('2.1.2');
  });

  it('matches each step as a single reference: number, id, exact title, title start, words', () => {
    expect(numberOf('2/linux')).toBe('2.1');
    expect(numberOf('installation/mac')).toBe('2.2');
    expect(numberOf('INSTALL/win')).toBe('2.3');
    expect(numberOf('usage/options')).toBe('3.2');
    // The id of the second Linux is linux-1: a later step looks at ids too.
    expect(numberOf('usage/linux-1')).toBe('3.1');
    expect(numberOf('3/1')).toBe('3.1');
  });

  it('reads a number as a later step as the number under the step before: 2/1 is 2.1', () => {
    expect(numberOf('2/1')).toBe('2.1');
    expect(numberOf('2/1/2')).toBe('2.1.2');
    expect(numberOf('install/1.2')).toBe('2.1.2');
    expect(numberOf('usage/2')).toBe('3.2');
  });

  it('looks for a later step among the subsections of the step before only', () => {
    // Debian is under 2.1, not under 2.
    const error = failure('install/debian') as NoSuchSection;
    expect(error).toBeInstanceOf(NoSuchSection);
    expect(error.message).toBe(
      "no section 'install/debian': 2 Installation has no subsection 'debian'; its subsections are: 2.1 Linux; 2.2 Mac; 2.3 Windows (see 'article --list')",
    );
    expect(error.children).toBe(true);
    // 2.1 is not 2/2.1 (that would be 2.2.1).
    expect(failure('2/2.1')).toBeInstanceOf(NoSuchSection);
  });

  it('suggests the closest subsections when a later step is misspelt', () => {
    const error = failure('install/lnux') as NoSuchSection;
    expect(error.reference).toBe('install/lnux');
    expect(error.reason).toBe("2 Installation has no subsection 'lnux'");
    expect(error.suggestions.map((section) => section.number)).toEqual(['2.1']);
    expect(error.children).toBe(false);
    expect(error.message).toBe(
      "no section 'install/lnux': 2 Installation has no subsection 'lnux'; did you mean: 2.1 Linux? (see 'article --list')",
    );
    expect(failure('usage/optoins').message).toContain('did you mean: 3.2 Options?');
  });

  it('says how many subsections there are for a number past them, and suggests the last', () => {
    expect(failure('install/5').message).toBe(
      "no section 'install/5': section 2 has 3 subsections; did you mean: 2.3 Windows? (see 'article --list')",
    );
    expect(failure('install/linux/3').message).toBe(
      "no section 'install/linux/3': section 2.1 has 2 subsections; did you mean: 2.1.2 Fedora? (see 'article --list')",
    );
  });

  it('says when the step before has no subsections', () => {
    expect(failure('questions/why').message).toBe(
      "no section 'questions/why': 4 Questions has no subsections; did you mean: 4 Questions? (see 'article --list')",
    );
    expect(failure('4/1').message).toBe(
      "no section '4/1': section 4 has no subsections; did you mean: 4 Questions? (see 'article --list')",
    );
  });

  it('names the first step that matches nothing, with what the caller finds for it', () => {
    const error = failure('setup/linux') as NoSuchSection;
    expect(error.part).toBe('setup');
    expect(error.message).toBe("no section 'setup' in 'setup/linux': first (see 'article --list')");
  });

  it('lists the sections a step matches when it matches several', () => {
    const twins = parseDocument({
      name: 'twins',
      text: '## A\n\n### Notes on cats\n\n### Notes on dogs\n\n## B\n',
    });
    const error = (() => {
      try {
        followPath(twins.sections, 'a/notes', ['a', 'notes'], () => ({}));
      } catch (error) {
        return error as Error;
      }
    })();
    expect(error).toBeInstanceOf(AmbiguousReference);
    expect(error?.message).toBe(
      "'notes' in 'a/notes' matches several sections: 1.1 Notes on cats; 1.2 Notes on dogs",
    );
  });
});
