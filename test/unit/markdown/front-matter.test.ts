import { describe, expect, it } from 'vitest';
import {
  invalidYamlWarning,
  splitFrontMatter,
  splitFrontMatterOfPieces,
} from '../../../src/markdown/front-matter.ts';

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
      block: '---\ntitle: T\n...\n',
    });
    expect(splitFrontMatter('---\ntitle: T\n---')).toEqual({
      frontMatter: { title: 'T', notice: undefined },
      body: '',
      block: '---\ntitle: T\n---',
    });
  });

  it('leaves other fields out and ignores a missing title', () => {
    const { frontMatter, body } = splitFrontMatter('---\ntags: [a, b]\ndraft: true\n---\nBody');
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
    expect(splitFrontMatter('---\n---\n# T\n')).toEqual({
      frontMatter: {},
      body: '# T\n',
      block: '---\n---\n',
    });
  });
});

describe('the metadata in front matter', () => {
  const read = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\nBody\n`).frontMatter;

  it('reads the fields reader mode writes, as a Hugo or Jekyll post has them', () => {
    expect(
      read(
        [
          'title: A post',
          'author: Jane Doe',
          'site_name: Example News',
          'date: 2024-05-02',
          'lang: en-GB',
          'canonical_url: https://example.com/a-post',
          'description: What the post is about.',
        ].join('\n'),
      ),
    ).toEqual({
      title: 'A post',
      notice: undefined,
      byline: 'Jane Doe',
      siteName: 'Example News',
      published: '2024-05-02',
      lang: 'en-GB',
      canonical: 'https://example.com/a-post',
      excerpt: 'What the post is about.',
    });
  });

  it('keeps a date as written, and a Date as its day or its ISO time', () => {
    expect(read('date: 2024-05-02T09:30:00+02:00').published).toBe('2024-05-02T09:30:00+02:00');
    expect(read('date: !!timestamp 2024-05-02').published).toBe('2024-05-02');
    expect(read('date: !!timestamp 2024-05-02T09:30:00Z').published).toBe(
      '2024-05-02T09:30:00.000Z',
    );
    expect(read('date: 2024').published).toBe('2024');
    expect(read('date: [2024]').published).toBeUndefined();
  });

  it('reads several authors, as a list of names or of objects with a name', () => {
    expect(read('author: [Jane Doe, John Roe]').byline).toBe('Jane Doe, John Roe');
    expect(read('author:\n  - name: Jane Doe\n  - name: https://example.com/john').byline).toBe(
      'Jane Doe',
    );
    expect(read('author: {name: Jane}').byline).toBe('Jane');
    expect(read('author: [[Jane]]').byline).toBeUndefined();
  });

  it("holds a person's front matter to a page's rules", () => {
    const metadata = read(
      [
        'author: "By Jane\\e[31m  Doe"',
        'canonical_url: /a-post',
        'lang: not a language',
        `description: ${'word '.repeat(200)}`,
      ].join('\n'),
    );
    expect(metadata.byline).toBe('Jane\u001b[31m Doe');
    expect(metadata.canonical).toBeUndefined();
    expect(metadata.lang).toBeUndefined();
    expect(metadata.excerpt?.length).toBeLessThanOrEqual(300);
    expect(read('author: https://example.com/jane').byline).toBeUndefined();
  });

  it('has no metadata for a document without those fields', () => {
    expect(Object.keys(read('title: T\nnotice: N'))).toEqual(['title', 'notice']);
  });
});

describe('splitFrontMatterOfPieces', () => {
  /** The text in pieces of one line each. */
  const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

  it('splits as splitFrontMatter splits the whole', () => {
    const texts = [
      '---\ntitle: T\nauthor: A\n---\n\n\n# Heading\n\ntext\n',
      '---\ntitle: T\n...\nBody',
      '---\n---\nbody\n',
      '---\ntitle: T\n---',
      '---\ntitle: T\n---\n\n\n',
      '---\n: not yaml [\n---\n\ntext\n',
      '---\n- a list\n---\ntext\n',
      '---\nno closing line\n\ntext\n',
      '--- \ntitle: T\n--- \ntext\n',
      'text\n---\ntitle: T\n---\n',
      '',
    ];
    for (const text of texts) {
      const { body, ...split } = splitFrontMatter(text);
      const pieces = splitFrontMatterOfPieces(lines(text));
      expect(pieces.split).toEqual(split);
      expect([...pieces.body].join('')).toBe(body);
    }
  });

  it('reads no further than the closing line before the body is asked for', () => {
    let read = 0;
    function* counted() {
      for (const line of lines('---\ntitle: T\n---\n\nbody\nmore\n')) {
        read++;
        yield line;
      }
    }
    const { split, body } = splitFrontMatterOfPieces(counted());
    expect(split.frontMatter.title).toBe('T');
    expect(read).toBe(3);
    expect([...body].join('')).toBe('body\nmore\n');
  });
});
