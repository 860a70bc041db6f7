import { describe, expect, it } from 'vitest';
import { invalidYamlWarning, splitFrontMatter } from '../../../src/markdown/front-matter.ts';

describe('splitFrontMatter', () => {
  it('reads the title and notice', () => {
    const { frontMatter } = splitFrontMatter(
      '---\ntitle: "A title: with a colon"\nnotice: >-\n  Folded\n  notice.\n---\n\nBody\n',
    );
    expect(frontMatter).toEqual({ title: 'A title: with a colon', notice: 'Folded notice.' });
  });

  it('removes the block and the blank lines after it from the body', () => {
    const { body } = splitFrontMatter('---\ntitle: T\n---\n\n\n# Heading\n\ntext\n');
    expect(body).toBe('# Heading\n\ntext\n');
  });

  it('accepts ... as the closing line and a block at the very end', () => {
    expect(splitFrontMatter('---\ntitle: T\n...\nBody')).toEqual({
      frontMatter: { title: 'T', notice: undefined },
      body: 'Body',
    });
    expect(splitFrontMatter('---\ntitle: T\n---')).toEqual({
      frontMatter: { title: 'T', notice: undefined },
      body: '',
    });
  });

  it('leaves other fields out and ignores a missing title', () => {
    const { frontMatter, body } = splitFrontMatter('---\nauthor: Someone\n---\nBody');
    expect(frontMatter).toEqual({ title: undefined, notice: undefined });
    expect(body).toBe('Body');
  });

  it('leaves text without front matter unchanged', () => {
    for (const text of ['# Title\n\ntext\n', '', '\n\ntext', 'text\n---\ntitle: T\n---\n']) {
      expect(splitFrontMatter(text)).toEqual({ frontMatter: {}, body: text });
    }
  });

  it('does not treat invalid YAML as front matter, and does not throw', () => {
    const text = '---\ntitle: [unclosed\n---\nbody';
    expect(splitFrontMatter(text)).toEqual({
      frontMatter: {},
      body: text,
      invalidYaml: { line: 2 },
    });
  });

  it('says on which line of the file invalid YAML goes wrong, as data for a warning', () => {
    expect(splitFrontMatter('---\ntitle: T\nnotice: "open\n---\nbody').invalidYaml).toEqual({
      line: 3,
    });
    expect(splitFrontMatter('---\ntitle: a\ntitle: b\n---\nbody').invalidYaml).toEqual({ line: 3 });
    expect(splitFrontMatter('---\ntitle: fine\n---\nbody').invalidYaml).toBeUndefined();
    // A list is valid YAML, only not front matter: no warning.
    expect(splitFrontMatter('---\n- one\n---\nbody').invalidYaml).toBeUndefined();
    expect(invalidYamlWarning('notes.md', { line: 3 })).toBe(
      'notes.md: front matter is not valid YAML (line 3); shown as text',
    );
    expect(invalidYamlWarning('notes.md', { line: undefined })).toBe(
      'notes.md: front matter is not valid YAML; shown as text',
    );
  });

  it('does not treat a YAML list or scalar as front matter', () => {
    for (const text of [
      '---\n- one\n- two\n---\nbody',
      '---\nJust a line\n---\nbody',
      '---\n42\n---\nbody',
    ]) {
      expect(splitFrontMatter(text)).toEqual({ frontMatter: {}, body: text });
    }
  });

  it('turns a numeric title into a string', () => {
    expect(splitFrontMatter('---\ntitle: 1984\nnotice: 2.5\n---\nbody').frontMatter).toEqual({
      title: '1984',
      notice: '2.5',
    });
  });

  it('ignores a blank title and one that is not text', () => {
    expect(splitFrontMatter('---\ntitle: "   "\n---\nbody').frontMatter.title).toBeUndefined();
    expect(splitFrontMatter('---\ntitle: [a, b]\n---\nbody').frontMatter.title).toBeUndefined();
    expect(splitFrontMatter('---\ntitle: true\n---\nbody').frontMatter.title).toBeUndefined();
  });

  it('trims the title', () => {
    expect(splitFrontMatter("---\ntitle: '  Spaced  '\n---\nbody").frontMatter.title).toBe(
      'Spaced',
    );
  });

  it('reads an empty block as empty front matter', () => {
    expect(splitFrontMatter('---\n---\n# T\n')).toEqual({ frontMatter: {}, body: '# T\n' });
  });
});
