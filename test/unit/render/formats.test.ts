import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentBlocks, openDocument, parseDocument } from '../../../src/document/document.ts';
import type { Display } from '../../../src/render/display.ts';
import {
  renderList,
  renderSearchResults,
  renderSections,
  renderWhole,
} from '../../../src/render/formats.ts';

const document = parseDocument({
  name: 'notes',
  text: '# Notes\n\n## First\n\nOne *two* three.\n\n## Second\n\nFour.\n',
});
const [first, second] = document.sections;
const plain: Display = {
  width: 40,
  colour: false,
  theme: 'dark',
  hyperlinks: false,
  links: 'inline',
  metadataLine: true,
};

describe('renderSections', () => {
  it('gives each format its renderer', async () => {
    if (!first || !second) throw new Error('two sections expected');
    expect(await renderSections(document, [second], [second], 'markdown', plain)).toBe(
      '## Second\n\nFour.\n',
    );
    expect(await renderSections(document, [first], [first], 'text', plain)).toBe(
      'First\n-----\n\nOne two three.\n',
    );
    const json = JSON.parse(await renderSections(document, [first], [first], 'json', plain));
    expect(json.sections).toEqual([
      expect.objectContaining({
        number: '1',
        title: 'First',
        text: 'First\n-----\n\nOne two three.',
      }),
    ]);
  });
});

describe('links to sections', () => {
  const linked = parseDocument({
    name: 'notes',
    text: 'See [the end](#the-end).\n\n## The end\n\nBack to [the start](#introduction).\n',
  });
  const [start, end] = linked.sections;

  it('say where they lead in text, whole or in chosen sections, and keep the source in JSON and Markdown', async () => {
    if (!start || !end) throw new Error('two sections expected');
    expect(await renderSections(linked, [end], [end], 'text', plain)).toContain(
      'Back to the start (→ 1 Introduction).',
    );
    const json = JSON.parse(await renderSections(linked, [start], [start], 'json', plain));
    expect(json.sections[0].text).toBe('See the end (#the-end).');
    expect(await renderSections(linked, [start], [start], 'markdown', plain)).toContain(
      '[the end](#the-end)',
    );
    const text = openDocument({ name: 'notes', text: linked.body });
    const whole = await renderWhole(text, () => documentBlocks(text), 'text', plain, true);
    expect([...whole].join('')).toBe(
      'See the end (→ 2 The end).\n\nThe end\n-------\n\nBack to the start (→ 1 Introduction).\n',
    );
  });
});

describe('renderList', () => {
  it('lists the sections as text, Markdown or JSON without their content', async () => {
    const text = await renderList(document, document.sections, 'text', plain);
    expect(text).toContain('1  First');
    expect(await renderList(document, document.sections, 'markdown', plain)).toContain(
      '[First](#first)',
    );
    const json = JSON.parse(await renderList(document, document.sections, 'json', plain));
    expect(json.sections.map((section: { id: string }) => section.id)).toEqual(['first', 'second']);
    expect(json.sections[0]).not.toHaveProperty('text');
  });
});

describe('renderSearchResults', () => {
  it('gives matches as JSON, and as text for the other formats', async () => {
    if (!first) throw new Error('a section expected');
    const found = [
      { section: first, matches: [{ text: 'One two three.', ranges: [[4, 7]] as const }] },
    ];
    const json = JSON.parse(await renderSearchResults('two', found, 'json', plain));
    expect(json.query).toBe('two');
    const text = await renderSearchResults('two', found, 'markdown', plain);
    expect(text).toContain('One two three.');
  });
});

describe('renderWhole', () => {
  const whole = async (markdown: string, format: 'text' | 'markdown', display = plain) => {
    const text = openDocument({ name: 'post', text: markdown });
    return [...(await renderWhole(text, () => documentBlocks(text), format, display, true))].join(
      '',
    );
  };
  const post =
    '---\ntitle: A post\nauthor: Jane Doe\nsite_name: Example News\ndate: 2024-05-02\n---\n\nFirst words.\n\n## Part\n\nMore words.\n';

  it('puts the metadata line under the title, in plain text too', async () => {
    expect(await whole(post, 'text')).toBe(
      'A post\n======\n\nBy Jane Doe · Example News ·\n2 May 2024 · 1 min read\n\nFirst words.\n\nPart\n----\n\nMore words.\n',
    );
  });

  it('styles it as secondary text in colour, its control characters shown', async () => {
    const coloured = await whole(post.replace('Jane Doe', '"Jane\\e[2J Doe"'), 'text', {
      ...plain,
      colour: true,
    });
    expect(coloured).toContain('\u001b[38;5;245mBy Jane^[[2J Doe · Example News');
    expect(coloured).not.toContain('\u001b[2J');
    const plainText = await whole(post.replace('Jane Doe', '"Jane\\e[2J\\x9b Doe"'), 'text');
    expect(plainText).toContain('By Jane^[[2J<U+009B> Doe');
  });

  it("gives the reading time of the document's sections, as --list does", async () => {
    // 460 words are 2 minutes; with the title heading's 3 words they would be 3.
    const body = `# Title words here\n\n${'word '.repeat(459)}\n\n## Part\n`;
    const markdown = `---\nauthor: Jane\n---\n\n${body}`;
    const list = JSON.parse(
      await renderList(
        parseDocument({ name: 'n', text: markdown }),
        parseDocument({ name: 'n', text: markdown }).sections,
        'json',
        plain,
      ),
    );
    expect(list.words).toBe(460);
    expect(await whole(markdown, 'text')).toContain('\nBy Jane · 2 min read\n');
  });

  it('puts the line under a # title that starts the body, else at the top', async () => {
    expect(await whole('---\nauthor: Jane\n---\n\n# Title\n\nText.\n', 'text')).toBe(
      'Title\n=====\n\nBy Jane · 1 min read\n\nText.\n',
    );
    expect(await whole('---\nauthor: Jane\n---\n\nText.\n\n# Later\n', 'text')).toBe(
      'By Jane · 1 min read\n\nText.\n\nLater\n=====\n',
    );
  });

  it('has no line without an author, a site or a date', async () => {
    expect(await whole('---\ntitle: T\nlang: en\ndescription: D\n---\n\nText.\n', 'text')).toBe(
      'T\n=\n\nText.\n',
    );
  });

  it('writes Markdown under its front matter when that holds metadata, else the body alone', async () => {
    expect(await whole(post, 'markdown')).toBe(post);
    expect(await whole('---\ntitle: T\nnotice: N\n---\n\nText.\n', 'markdown')).toBe('Text.\n');
    expect(await whole('---\nlang: en\n---\nText.\n', 'markdown')).toBe(
      '---\nlang: en\n---\n\nText.\n',
    );
  });
});

describe('sections of a document with metadata', () => {
  it('are printed without the title, so without the metadata line', async () => {
    const withMetadata = parseDocument({
      name: 'post',
      text: '---\ntitle: A post\nauthor: Jane Doe\n---\n\n## First\n\nOne.\n',
    });
    expect(
      await renderSections(
        withMetadata,
        withMetadata.sections,
        withMetadata.sections,
        'text',
        plain,
      ),
    ).toBe('First\n-----\n\nOne.\n');
  });
});

describe('--depth', () => {
  const nestedText = readFileSync(new URL('../../fixtures/nested.md', import.meta.url), 'utf8');
  const nested = parseDocument({ name: 'nested.md', text: nestedText });
  const install = nested.sections.find((section) => section.id === 'install');
  const depthWhole = async (format: 'text' | 'markdown', depth: number, markdown = nestedText) => {
    const text = openDocument({ name: 'nested.md', text: markdown });
    const rendered = await renderWhole(
      text,
      () => documentBlocks(text),
      format,
      plain,
      true,
      depth,
    );
    return [...rendered].join('');
  };

  it('prints the whole document without deeper sections, their text too, in text and Markdown', async () => {
    expect(await depthWhole('text', 1)).toBe(
      'Handbook\n========\n\nHow to get the tool and use it.\n\nInstall\n-------\n\nPick your system.\n\nUse\n---\n\nRun it on a file.\n',
    );
    const markdown = await depthWhole('markdown', 2);
    expect(markdown).toContain('### Linux\n\nPackages for Linux.\n\n### Mac\n');
    expect(markdown).not.toContain('Debian');
    expect(await depthWhole('markdown', 3)).toBe(nestedText);
  });

  it('keeps the whole front matter, metadata line and links of the whole document', async () => {
    const linked = `---\nauthor: Jane\n---\n\n# Handbook\n\nSee [Debian](#debian).\n\n## Install\n\n### Debian\n\n${'word '.repeat(300)}\n`;
    const text = await depthWhole('text', 1, linked);
    // The reading time counts the hidden section; the link still says where it leads.
    expect(text).toContain('By Jane · 2 min read');
    expect(text).toContain('See Debian (→ 2.1 Debian).');
    expect(text).not.toContain('word');
    expect(await depthWhole('markdown', 1, linked)).toBe(
      '---\nauthor: Jane\n---\n\n# Handbook\n\nSee [Debian](#debian).\n\n## Install\n\n',
    );
  });

  it('prints chosen sections with subsections down to the depth, counted from the top', async () => {
    if (!install) throw new Error('Install expected');
    const text = await renderSections(nested, [install], [], 'text', plain, 2);
    expect(text).toBe(
      'Install\n-------\n\nPick your system.\n\nLinux\n~~~~~\n\nPackages for Linux.\n\nMac\n~~~\n\nUse Homebrew.\n',
    );
    expect(await renderSections(nested, [install], [], 'markdown', plain, 2)).toBe(
      '## Install\n\nPick your system.\n\n### Linux\n\nPackages for Linux.\n\n### Mac\n\nUse Homebrew.\n',
    );
  });

  it('gives JSON and the list the sections shown, with the words of the whole selection', async () => {
    if (!install) throw new Error('Install expected');
    const shown = [install];
    const json = JSON.parse(await renderSections(nested, [install], shown, 'json', plain, 1));
    expect(json.sections.map((section: { number: string }) => section.number)).toEqual(['2']);
    expect(json.words).toBe(17);
    const list = await renderList(nested, shown, 'text', plain, 17);
    expect(list).toContain('1 section, 17 words, 1 min read');
    expect(JSON.parse(await renderList(nested, shown, 'json', plain, 17)).words).toBe(17);
  });
});
