import type { Token } from 'marked';
import { PreparedBlocks } from '../document/block-source.ts';
import { parseDocument } from '../document/document.ts';
import type { Document, DocumentText, Section } from '../document/model.ts';
import { mayLinkToSections, sectionsById } from '../document/section-links.ts';
import { totalWords } from '../document/words.ts';
import type { SectionMatches } from '../select/search.ts';
import type { Display, Format } from './display.ts';
import { plainDisplay } from './display.ts';
import { renderJson } from './json.ts';
import { renderMarkdown, renderWholeMarkdown } from './markdown.ts';

/*
 * Which renderer each format uses. The renderers of text, lists and search
 * results are imported on first use: printing Markdown or JSON never
 * initialises them.
 */

/**
 * The whole document as it is read, streamed: its sections are found first
 * only when the metadata line or links to them need them.
 */
export async function renderWhole(
  text: DocumentText,
  blocks: () => Iterable<Token[]>,
  format: 'text' | 'markdown',
  display: Display,
  notice: boolean,
): Promise<Iterable<string>> {
  if (format === 'markdown') return renderWholeMarkdown(text);
  const { TextRenderer } = await import('./text.ts');
  const renderer = new TextRenderer(display);
  const metadata = renderer.showsMetadataLine(text);
  const links = display.links !== 'none' && mayLinkToSections(text);
  if (!metadata && !links) return renderer.document(text, blocks(), notice);
  // The line's reading time needs the whole document's words before its first line, and a
  // link the section it leads to: the blocks are lexed once and kept, their sections found
  // as the document stage finds them, then printed.
  const kept = [...blocks()];
  const { sections } = parseDocument({ ...text, blocks: new PreparedBlocks(kept) });
  const linking = links
    ? new TextRenderer({ ...display, headings: sectionsById(sections) })
    : renderer;
  return linking.document(text, kept, notice, metadata ? totalWords(sections) : undefined);
}

/** Chosen sections with their subsections; JSON has every section of `sections` flat. */
export async function renderSections(
  document: Document,
  chosen: readonly Section[] | undefined,
  sections: readonly Section[],
  format: Format,
  display: Display,
): Promise<string> {
  switch (format) {
    case 'markdown':
      return renderMarkdown(chosen ?? []);
    case 'json': {
      const plain = new (await import('./text.ts')).TextRenderer(plainDisplay);
      return renderJson(document, sections, {
        section: (section) => plain.section(document, section, section.heading !== undefined),
        note: (key) => plain.note(document, key),
      });
    }
    case 'text': {
      const headings = sectionsById(document.sections);
      const renderer = new (await import('./text.ts')).TextRenderer({ ...display, headings });
      return renderer.sections(document, chosen ?? []);
    }
  }
}

/** The table of contents. */
export async function renderList(
  document: Document,
  sections: readonly Section[],
  format: Format,
  display: Display,
): Promise<string> {
  const toc = await import('./toc.ts');
  switch (format) {
    case 'json':
      return renderJson(document, sections, undefined);
    case 'markdown':
      return toc.renderMarkdownToc(document.title, sections);
    case 'text': {
      const { createTheme } = await import('./theme.ts');
      return toc.renderToc(
        document.title,
        sections,
        createTheme(display.colour, display.theme),
        cells(display.width),
      );
    }
  }
}

/** What a search found: as JSON, or as text (Markdown has no form of its own and gets text). */
export async function renderSearchResults(
  query: string,
  found: readonly SectionMatches[],
  format: Format,
  display: Display,
): Promise<string> {
  const { renderSearchJson, renderSearchText } = await import('./search.ts');
  if (format === 'json') return renderSearchJson(query, found);
  const { createTheme } = await import('./theme.ts');
  return renderSearchText(found, createTheme(display.colour, display.theme), cells(display.width));
}

/** A width in cells, unbounded for 0. */
function cells(width: number): number {
  return width === 0 ? Infinity : width;
}
