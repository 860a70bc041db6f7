import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Document } from '../../../src/document/model.ts';
import { sectionLink, sectionMarkdown } from '../../../src/reader/copy.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import { Reader, type Size } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { keys, press, statusLine } from '../../helpers/reader-guide.ts';

/** y and Y (copy.ts): what the reader copies of the section at the top, and what its note says. */

const notes = [
  '# Notes',
  '',
  'What this is about.',
  '',
  '## Cast',
  '',
  'Hannah and *Clay*.[^1]',
  '',
  '### Minor roles',
  '',
  '- Tony',
  '- Jessica',
  '',
  '## Crew',
  '',
  'Directors.',
  '',
  '[^1]: Two of them.',
  '',
].join('\n');

const parse = (text: string) => parseDocument({ name: 'notes', text });
const size: Size = { columns: 60, rows: 10 };

function readerOf(document: Document, address?: string): Reader {
  const layout = () => layoutPage(document, new TextRenderer({ width: 60, colour: false }), true);
  return new Reader(document, layout, size, undefined, undefined, address);
}

const section = (document: Document, number: string) => {
  const found = document.sections.find((one) => one.number === number);
  if (!found) throw new Error(`no section ${number}`);
  return found;
};

describe('the Markdown y copies', () => {
  const document = parse(notes);

  it('is the section as written, its subsections included in document order, with one newline at the end', () => {
    expect(sectionMarkdown(section(document, '2'))).toBe(
      '## Cast\n\nHannah and *Clay*.[^1]\n\n### Minor roles\n\n- Tony\n- Jessica\n',
    );
  });

  it('is a subsection alone when the top is in it', () => {
    expect(sectionMarkdown(section(document, '2.1'))).toBe(
      '### Minor roles\n\n- Tony\n- Jessica\n',
    );
  });

  it('is the text under the title for the Introduction, the title left out', () => {
    expect(sectionMarkdown(section(document, '1'))).toBe('What this is about.\n');
  });

  it('keeps what the section writes, a footnote definition at its end too', () => {
    expect(sectionMarkdown(section(document, '3'))).toBe(
      '## Crew\n\nDirectors.\n\n[^1]: Two of them.\n',
    );
  });
});

describe('the link Y copies', () => {
  const document = parse(notes);
  const cast = section(document, '2');
  const minor = section(document, '2.1');

  it("is the path as given and the heading's id", () => {
    expect(sectionLink(cast, 'notes.md')).toBe('notes.md#cast');
    expect(sectionLink(minor, 'docs/notes.md')).toBe('docs/notes.md#minor-roles');
    expect(sectionLink(cast, '/home/me/notes.md')).toBe('/home/me/notes.md#cast');
  });

  it('keeps a # that is part of a file name', () => {
    expect(sectionLink(cast, 'issue#12.md')).toBe('issue#12.md#cast');
  });

  it("is the web address and the id, the address's own fragment replaced", () => {
    expect(sectionLink(cast, 'https://example.com/story')).toBe('https://example.com/story#cast');
    expect(sectionLink(cast, 'https://example.com/story?page=2#comments')).toBe(
      'https://example.com/story?page=2#cast',
    );
  });

  it('is the id alone without an address (standard input, the bundled article)', () => {
    expect(sectionLink(cast, undefined)).toBe('#cast');
  });

  it('is the address alone for the Introduction, which has no heading, and nothing without one', () => {
    const introduction = section(document, '1');
    expect(sectionLink(introduction, 'notes.md')).toBe('notes.md');
    expect(sectionLink(introduction, 'https://example.com/story#top')).toBe(
      'https://example.com/story',
    );
    expect(sectionLink(introduction, undefined)).toBeUndefined();
  });
});

describe('y and Y in the reader', () => {
  it('y asks to copy the Markdown of the section at the top, and the status line says so', () => {
    const reader = readerOf(parse(notes), 'notes.md');
    const outcome = press(reader, '2', 'y');
    expect(outcome).toEqual({
      copy: '## Cast\n\nHannah and *Clay*.[^1]\n\n### Minor roles\n\n- Tony\n- Jessica\n',
    });
    expect(reader.note).toBe('copied section 2 (67 characters)');
    expect(statusLine(reader)).toContain('copied section 2 (67 characters)');
  });

  it('Y asks to copy a link to it', () => {
    const reader = readerOf(parse(notes), 'notes.md');
    expect(press(reader, '3', 'Y')).toEqual({ copy: 'notes.md#crew' });
    expect(reader.note).toBe('copied link notes.md#crew');
  });

  it('copies the section the top is in, the first at the start, and does not move', () => {
    const reader = readerOf(parse(notes), 'notes.md');
    expect(press(reader, 'y')).toEqual({ copy: 'What this is about.\n' });
    expect(press(reader, 'Y')).toEqual({ copy: 'notes.md' });
    expect(reader.top).toBe(0);
  });

  it('counts characters, not bytes, and groups the digits', () => {
    const text = `## Big\n\n${'ü'.repeat(1225)}\n`;
    const reader = readerOf(parse(text));
    expect(press(reader, 'y')).toEqual({ copy: text });
    expect(reader.note).toBe('copied section 1 (1 234 characters)');
  });

  it('copies nothing over the limit, and says so', () => {
    const text = `## Big\n\n${'é'.repeat(40_000)}\n`;
    const reader = readerOf(parse(text));
    expect(press(reader, 'y')).toBeUndefined();
    expect(reader.note).toBe('section 1 too large to copy (40 009 characters)');
    // The link is short: it is copied.
    expect(press(reader, 'Y')).toEqual({ copy: '#big' });
    expect(reader.note).toBe('copied link #big');
  });

  it('says so when the Introduction has no link to copy', () => {
    const reader = readerOf(parse(notes));
    expect(press(reader, 'Y')).toBeUndefined();
    expect(reader.note).toBe(
      'no link to copy: the Introduction has no heading, and the document no address',
    );
  });

  it('copies nothing from a document without sections', () => {
    const reader = readerOf(parse(''));
    expect(press(reader, 'y')).toBeUndefined();
    expect(reader.note).toBe('no section to copy');
  });

  it('shows the controls of a path on the status line, and copies it as it is', () => {
    const reader = readerOf(parse(notes), 'odd\u001b[2Jname.md');
    expect(press(reader, '2', 'Y')).toEqual({ copy: 'odd\u001b[2Jname.md#cast' });
    expect(reader.note).toBe('copied link odd^[[2Jname.md#cast');
  });

  it('is y only as a key of its own: Ctrl-Y, a search typed and a mark letter copy nothing', () => {
    const reader = readerOf(parse(notes), 'notes.md');
    expect(press(reader, { name: 'y', sequence: '\u0019', ctrl: true })).toBeUndefined();
    expect(press(reader, '/', 'y')).toBeUndefined();
    expect(reader.input).toBe('y');
    press(reader, keys.escape);
    expect(press(reader, 'm', 'y')).toBeUndefined();
    expect(reader.note).toBe("mark y set · 'y comes back here");
    press(reader, '?');
    expect(press(reader, 'y')).toBeUndefined();
    expect(reader.mode).toBe('read');
  });
});
