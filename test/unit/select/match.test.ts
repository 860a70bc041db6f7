import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { matchReference } from '../../../src/select/match.ts';

const notes = parseDocument({
  name: 'notes',
  text: '## 2\n\n## Notes on cats\n\n## Notes on dogs\n\n## Notes\n\n## Dogs and cats\n',
});
const numbers = (reference: string, byNumber = true) =>
  matchReference(notes.sections, reference, byNumber).map((section) => section.number);

describe('matchReference', () => {
  it('takes the first rule that finds any: number, id, exact title, title start, words', () => {
    expect(numbers('2')).toEqual(['2']);
    expect(numbers('notes-on-dogs')).toEqual(['3']);
    expect(numbers('NOTES')).toEqual(['4']);
    expect(numbers('notes on')).toEqual(['2', '3']);
    expect(numbers('cats dogs')).toEqual(['5']);
    expect(numbers('cats')).toEqual(['2', '5']);
  });

  it('without numbers, a number is a title', () => {
    expect(numbers('2', false)).toEqual(['1']);
  });

  it('finds nothing for an empty reference or one that matches nothing', () => {
    expect(numbers('  ')).toEqual([]);
    expect(numbers('birds')).toEqual([]);
  });
});
