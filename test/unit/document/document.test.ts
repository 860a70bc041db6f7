import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, sectionBlocks } from '../../../src/document/document.ts';
import {
  type Document,
  type Section,
  withSubsections,
  withSubsectionsTo,
} from '../../../src/document/model.ts';
import { minutesFor, totalWords } from '../../../src/document/words.ts';

const parse = (text: string): Document => parseDocument({ name: 'notes', text });
const outline = (document: Document) =>
  document.sections.map((section) => [section.number, section.title, section.depth]);
const section = (document: Document, number: string): Section => {
  const found = document.sections.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`no section ${number}`);
  return found;
};
/** Whitespace-separated runs with a letter or digit, as `countWords` counts them. */
const wordsOf = (text: string) => text.split(/\s+/).filter((run) => /[\p{L}\p{N}]/u.test(run));

describe('title', () => {
  it('comes from the front matter', () => {
    const document = parse('---\ntitle: From YAML\nnotice: Take care.\n---\n# Heading\n\ntext\n');
    expect(document.title).toBe('From YAML');
    expect(document.notice).toBe('Take care.');
  });

  it('else comes from the first # heading, which is then not a section', () => {
    const document = parse('# The *real* title\n\ntext\n\n## Part\n\nmore\n');
    expect(document.title).toBe('The real title');
    expect(document.notice).toBeUndefined();
    expect(outline(document)).toEqual([
      ['1', 'Introduction', 1],
      ['2', 'Part', 1],
    ]);
    expect(document.sections.map((part) => part.markdown).join('')).not.toContain('real');
  });

  it('else is the name of the source', () => {
    expect(parse('## Only a part\n\ntext\n').title).toBe('notes');
    expect(parse('').title).toBe('notes');
  });

  it('decodes entities and drops inline markup', () => {
    expect(parse('# Tom &amp; `Jerry` **again**\n').title).toBe('Tom & Jerry again');
  });
});

describe('sections', () => {
  it('split at the shallowest heading level below the title', () => {
    const document = parse('## One\n\na\n\n### One A\n\nb\n\n## Two\n\nc\n');
    expect(outline(document)).toEqual([
      ['1', 'One', 1],
      ['1.1', 'One A', 2],
      ['2', 'Two', 1],
    ]);
  });

  it('split at ### when there is nothing shallower', () => {
    expect(outline(parse('### A\n\n#### A1\n\n### B\n'))).toEqual([
      ['1', 'A', 1],
      ['1.1', 'A1', 2],
      ['2', 'B', 1],
    ]);
  });

  it('split at # when the title comes from the front matter', () => {
    const document = parse('---\ntitle: T\n---\n# One\n\n## One A\n\n# Two\n');
    expect(outline(document)).toEqual([
      ['1', 'One', 1],
      ['1.1', 'One A', 2],
      ['2', 'Two', 1],
    ]);
  });

  it('split at ## below a # title', () => {
    expect(outline(parse('# Title\n\n## A\n\n### A1\n\n## B\n'))).toEqual([
      ['1', 'A', 1],
      ['1.1', 'A1', 2],
      ['2', 'B', 1],
    ]);
  });

  it('number subsections under their parents, however deep', () => {
    const document = parse(
      '## A\n\n### A1\n\n#### A1a\n\n#### A1b\n\n### A2\n\n## B\n\n#### B1\n\n### B2\n',
    );
    expect(outline(document)).toEqual([
      ['1', 'A', 1],
      ['1.1', 'A1', 2],
      ['1.1.1', 'A1a', 3],
      ['1.1.2', 'A1b', 3],
      ['1.2', 'A2', 2],
      ['2', 'B', 1],
      ['2.1', 'B1', 2],
      ['2.2', 'B2', 2],
    ]);
    const a = section(document, '1');
    expect(a.subsections.map((part) => part.number)).toEqual(['1.1', '1.2']);
    expect(withSubsections(a).map((part) => part.number)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.1.2',
      '1.2',
    ]);
    expect(section(document, '2').subsections.map((part) => part.title)).toEqual(['B1', 'B2']);
    // Down to a depth counted from the top; the section itself whatever its depth.
    const numbersTo = (number: string, depth: number) =>
      withSubsectionsTo(section(document, number), depth).map((part) => part.number);
    expect(numbersTo('1', 2)).toEqual(['1', '1.1', '1.2']);
    expect(numbersTo('1', 1)).toEqual(['1']);
    expect(numbersTo('1', 3)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2']);
    expect(numbersTo('1.1', 1)).toEqual(['1.1']);
  });

  it('put text before the first heading in an Introduction', () => {
    const document = parse('Opening words.\n\nMore.\n\n## First\n\ntext\n');
    const [intro, first] = document.sections;
    expect(intro).toMatchObject({
      number: '1',
      id: 'introduction',
      title: 'Introduction',
      depth: 1,
      heading: undefined,
      words: 3,
      markdown: 'Opening words.\n\nMore.\n\n',
      subsections: [],
    });
    expect(first).toMatchObject({ number: '2', title: 'First', id: 'first' });
  });

  it('have no Introduction when only blank lines come before the first heading', () => {
    expect(outline(parse('\n\n   \n\n## First\n\ntext\n'))).toEqual([['1', 'First', 1]]);
    expect(outline(parse('---\ntitle: T\n---\n\n\n## First\n'))).toEqual([['1', 'First', 1]]);
    expect(outline(parse('# Title\n\n\n## First\n'))).toEqual([['1', 'First', 1]]);
  });

  it('have no Introduction when only comments, link definitions or empty tags come first', () => {
    for (const preface of [
      '<!-- toc -->\n',
      '[ref]: https://example.com\n[other]: /x "T"\n',
      '<!-- a -->\n\n[ref]: https://example.com\n\n<p align="center"><img src="logo.png"></p>\n',
    ]) {
      expect(outline(parse(`${preface}\n## First\n\ntext [ref]\n`))).toEqual([['1', 'First', 1]]);
    }
  });

  it('keep the Introduction when it has text, or subsections before the first section', () => {
    expect(outline(parse('<!-- toc -->\n\n<b>Hello</b>\n\n## First\n'))[0]).toEqual([
      '1',
      'Introduction',
      1,
    ]);
    expect(outline(parse('<!-- c -->\n\n### Deep\n\n## Top\n'))).toEqual([
      ['1', 'Introduction', 1],
      ['1.1', 'Deep', 2],
      ['2', 'Top', 1],
    ]);
  });

  it('are only an Introduction when there is no heading', () => {
    const document = parse('Just a paragraph.\n\n- and\n- a list\n');
    expect(outline(document)).toEqual([['1', 'Introduction', 1]]);
    expect(document.sections[0]?.words).toBe(6);
  });

  it('are none for an empty document', () => {
    expect(parse('').sections).toEqual([]);
    expect(parse('\n\n  \n').sections).toEqual([]);
    expect(parse('---\ntitle: Only a title\n---\n').sections).toEqual([]);
    expect(parse('# Only a title\n').sections).toEqual([]);
  });

  it('do not start at headings inside fenced code or block quotes', () => {
    const document = parse(
      '## Real\n\n```md\n# not a heading\n## nor this\n```\n\n~~~\n## nor this\n~~~\n\n> ## quoted\n> # quoted\n\n    ## indented code\n\n## Also real\n',
    );
    expect(outline(document)).toEqual([
      ['1', 'Real', 1],
      ['2', 'Also real', 1],
    ]);
  });

  it('start at setext headings', () => {
    const text = '---\ntitle: T\n---\nOne\n===\n\ntext\n\nOne A\n-----\n\nTwo\n===\n';
    expect(outline(parse(text))).toEqual([
      ['1', 'One', 1],
      ['1.1', 'One A', 2],
      ['2', 'Two', 1],
    ]);
  });
});

describe('ids', () => {
  it('are GitHub slugs of the titles', () => {
    const document = parse("## What's new? (2024)\n\n## Ünïcödé & Co.\n\n## `code` and *style*\n");
    expect(document.sections.map((part) => part.id)).toEqual([
      'whats-new-2024',
      'ünïcödé--co',
      'code-and-style',
    ]);
  });

  it('are unique in the document', () => {
    const document = parse('Intro\n\n## Notes\n\n### Notes\n\n## Notes\n\n## Introduction\n');
    expect(document.sections.map((part) => part.id)).toEqual([
      'introduction',
      'notes',
      'notes-1',
      'notes-2',
      'introduction-1',
    ]);
  });
});

describe('markdown', () => {
  const varied = [
    'Opening paragraph with *emphasis* and a [reference link][ref].',
    '',
    '- item one',
    '- item two',
    '  continued',
    '',
    '## First part',
    '',
    '```js',
    '# not a heading',
    'const x = 1;',
    '```',
    '',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
    '',
    '### Detail',
    '',
    '1. first',
    '2. second',
    '',
    '> # quoted heading',
    '> with text',
    '',
    'Setext part',
    '-----------',
    '',
    '[ref]: https://example.com "Title"',
    '',
    '    indented code',
    '',
    '***',
    '',
    '<div>some html</div>',
    '',
    '#### Deep',
    '',
    'Final text.  ',
    'Hard break above.',
    '',
    '',
  ].join('\n');

  const joined = (document: Document) => document.sections.map((part) => part.markdown).join('');

  it('of every section, in order, is the body', () => {
    const document = parse(varied);
    expect(outline(document)).toEqual([
      ['1', 'Introduction', 1],
      ['2', 'First part', 1],
      ['2.1', 'Detail', 2],
      ['3', 'Setext part', 1],
      ['3.1', 'Deep', 2],
    ]);
    expect(document.body).toBe(varied);
    expect(joined(document)).toBe(varied);
  });

  it('of every section is the body after the front matter', () => {
    const text = `---\ntitle: T\n---\n\n${varied}`;
    const document = parse(text);
    expect(document.body).toBe(varied);
    expect(joined(document)).toBe(varied);
  });

  it('of every section is the body without the title heading', () => {
    const document = parse(`# The title\n\n${varied}`);
    expect(document.title).toBe('The title');
    expect(joined(document)).toBe(varied);
    const inMiddle = varied.replace('## First part', '# Title\n\n## First part');
    const withTitle = parse(inMiddle);
    expect(withTitle.title).toBe('Title');
    expect(joined(withTitle)).toBe(inMiddle.replace('# Title', ''));
  });

  it('of a section has its heading and own text, not its subsections', () => {
    const document = parse('## A\n\na text\n\n### B\n\nb text\n');
    expect(document.sections.map((part) => part.markdown)).toEqual([
      '## A\n\na text\n\n',
      '### B\n\nb text\n',
    ]);
  });
});

describe('the bundled article', () => {
  const text = readFileSync(new URL('../../../content/article.md', import.meta.url), 'utf8');
  const document = parseDocument({ name: 'article', text });

  it('has the title and notice of its front matter', () => {
    expect(document.title).toBe('13 Reasons Why season 2 goes ahead despite the backlash');
    expect(document.notice).toMatch(/^This article discusses suicide\. .*findahelpline\.com/);
  });

  it('has three sections', () => {
    expect(outline(document)).toEqual([
      ['1', 'Introduction', 1],
      ['2', 'Season 2 will not be affected by backlash', 1],
      ['3', 'Katherine Langford and Dylan Minnette talk about season two', 1],
    ]);
    expect(document.sections.map((part) => part.id)).toEqual([
      'introduction',
      'season-2-will-not-be-affected-by-backlash',
      'katherine-langford-and-dylan-minnette-talk-about-season-two',
    ]);
  });

  it('has 549 words, as wc -w counts the plain article', () => {
    expect(totalWords(document.sections)).toBe(549);
  });

  it('keeps every word of the body, in order, once', () => {
    const bodyWords = wordsOf(document.body);
    expect(bodyWords).toHaveLength(549);
    const sectionWords = document.sections.flatMap((part) => [
      ...wordsOf(part.heading ? part.title : ''),
      ...sectionBlocks(document, part).flatMap((token) => wordsOf(token.raw)),
    ]);
    expect(sectionWords).toEqual(bodyWords);
    for (const part of document.sections) {
      const own = [
        ...wordsOf(part.heading ? part.title : ''),
        ...wordsOf(
          sectionBlocks(document, part)
            .map((token) => token.raw)
            .join(' '),
        ),
      ];
      expect(part.words).toBe(own.length);
    }
  });

  it('reads in 3 minutes', () => {
    expect(minutesFor(totalWords(document.sections))).toBe(3);
  });
});

describe('footnotes', () => {
  const markdown = [
    'Intro cites[^b] once.',
    '## One',
    'Here[^a], *there[^B]*, and nowhere[^missing].',
    '- listed[^c]',
    '## Two',
    'Again[^a], then new[^d].',
    '[^a]: Note a has four words.',
    '[^b]: B.',
    '[^c]: C.',
    '[^d]: D.',
    '[^unused]: Nobody refers here.',
  ].join('\n\n');

  it('gives each section the notes its text refers to, numbered by first use in the whole document', () => {
    const document = parse(markdown);
    expect(document.sections.map((part) => [part.title, part.footnotes])).toEqual([
      ['Introduction', [{ key: 'b', number: 1 }]],
      [
        // b again (its label in another case), with the number it got in the Introduction.
        'One',
        [
          { key: 'b', number: 1 },
          { key: 'a', number: 2 },
          { key: 'c', number: 3 },
        ],
      ],
      [
        'Two',
        [
          { key: 'a', number: 2 },
          { key: 'd', number: 4 },
        ],
      ],
    ]);
  });

  it("counts a note's words in each section that prints it, and a definition's nowhere else", () => {
    const document = parse(markdown);
    // "Again, then new." and the heading: 4 words, note a: 5 words, note d: 1.
    expect(section(document, '3').words).toBe(4 + 5 + 1);
  });

  it('numbers nothing that no definition names', () => {
    expect(parse('Text[^1] and [^2].\n').sections[0]?.footnotes).toEqual([]);
  });
});
