import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { renderJson } from '../../../src/render/json.ts';

const json = (markdown: string) => {
  const document = parseDocument({ name: 'post', text: markdown });
  return JSON.parse(renderJson(document, document.sections, undefined));
};

describe('renderJson', () => {
  it('gives the metadata as fields after the title and notice, null where absent', () => {
    const data = json(
      '---\ntitle: A post\nauthor: Jane Doe\ndate: 2024-05-02\nlang: en\ncanonical_url: https://example.com/a\n---\n\nText.\n',
    );
    expect(Object.keys(data).slice(0, 8)).toEqual([
      'title',
      'notice',
      'byline',
      'siteName',
      'published',
      'lang',
      'canonical',
      'excerpt',
    ]);
    expect(data).toMatchObject({
      byline: 'Jane Doe',
      siteName: null,
      published: '2024-05-02',
      lang: 'en',
      canonical: 'https://example.com/a',
      excerpt: null,
    });
  });

  it('escapes the control characters of a value', () => {
    const text = renderJson(
      parseDocument({ name: 'p', text: '---\nsite_name: "A\\e[2J\\x9bB"\n---\n\nText.\n' }),
      [],
      undefined,
    );
    expect(text).toContain('"siteName": "A\\u001b[2J\\u009bB"');
  });
});

describe('renderJson, paths', () => {
  it("gives each section its heading path: its ancestors' titles, then its own", () => {
    const document = parseDocument({
      name: 'guide',
      text: '## Installation\n\n### Linux\n\n#### Debian\n\n## Usage\n',
    });
    const debian = document.sections.filter((section) => section.title === 'Debian');
    const paths = (sections: typeof document.sections, text?: boolean) =>
      JSON.parse(
        renderJson(
          document,
          sections,
          text ? { section: (section) => section.title, note: () => '' } : undefined,
        ),
      ).sections.map((section: { path: string[] }) => section.path);
    expect(paths(document.sections)).toEqual([
      ['Installation'],
      ['Installation', 'Linux'],
      ['Installation', 'Linux', 'Debian'],
      ['Usage'],
    ]);
    // A section printed alone has its whole path too.
    expect(paths(debian, true)).toEqual([['Installation', 'Linux', 'Debian']]);
  });
});

describe('renderJson, footnotes', () => {
  it("gives each section its notes: the definition's label, the number, the text", () => {
    const document = parseDocument({
      name: 'notes',
      text: '## One\n\nA[^Named] B[^2].\n\n## Two\n\nC[^2].\n\n[^named]: Named *note*.\n\n[^2]: Two.\n',
    });
    const text = renderJson(document, document.sections, {
      section: (section) => section.title,
      note: (key) => `text of ${key}`,
    });
    expect(
      JSON.parse(text).sections.map((section: { footnotes: unknown }) => section.footnotes),
    ).toEqual([
      [
        { label: 'named', number: 1, text: 'text of named' },
        { label: '2', number: 2, text: 'text of 2' },
      ],
      [{ label: '2', number: 2, text: 'text of 2' }],
    ]);
  });
});
