import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Display } from '../../../src/render/display.ts';
import { renderList, renderSearchResults, renderSections } from '../../../src/render/formats.ts';

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
