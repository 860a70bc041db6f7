import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Section } from '../../../src/document/model.ts';
import { ArticleError, UsageError } from '../../../src/errors.ts';
import {
  AmbiguousReference,
  NoSuchSection,
  ReversedRange,
} from '../../../src/select/reference-errors.ts';

const [one, two, three] = parseDocument({
  name: 'notes',
  text: '## One\n\n## Two\n\n### Three\n',
}).sections as Section[];

describe('NoSuchSection', () => {
  it('says the reference, the part that failed, why, and the suggestions, with a pointer to --list', () => {
    const error = new NoSuchSection('2-9', {
      part: '9',
      reason: 'there are 2 top-level sections',
      suggestions: [two as Section],
    });
    expect(error.message).toBe(
      "no section '9' in '2-9': there are 2 top-level sections; did you mean: 2 Two? (see 'article --list')",
    );
    expect(error).toBeInstanceOf(ArticleError);
    expect(error.exitCode).toBe(1);
    expect(error.suggestions).toEqual([two]);
  });

  it('with nothing known but the reference, says only that', () => {
    const error = new NoSuchSection('zzz');
    expect(error.message).toBe("no section 'zzz' (see 'article --list')");
    expect(error.suggestions).toEqual([]);
    expect(error.part).toBeUndefined();
    expect(error.children).toBe(false);
  });

  it("names a section's subsections as such, not as guesses", () => {
    const error = new NoSuchSection('two/zzz', {
      reason: "2 Two has no subsection 'zzz'",
      suggestions: [three as Section],
      children: true,
    });
    expect(error.message).toBe(
      "no section 'two/zzz': 2 Two has no subsection 'zzz'; its subsections are: 2.1 Three (see 'article --list')",
    );
  });
});

describe('AmbiguousReference', () => {
  it('lists the candidates, and the path a step belongs to', () => {
    expect(new AmbiguousReference('o', [one as Section, two as Section]).message).toBe(
      "'o' matches several sections: 1 One; 2 Two",
    );
    expect(new AmbiguousReference('o', [one as Section, two as Section], 'o/x').message).toBe(
      "'o' in 'o/x' matches several sections: 1 One; 2 Two",
    );
  });
});

describe('ReversedRange', () => {
  it('is a usage error that says which end comes first', () => {
    const error = new ReversedRange('2-1', two as Section, one as Section);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      "the range '2-1' runs backwards: section 2 comes after section 1; write '1-2'",
    );
  });
});
