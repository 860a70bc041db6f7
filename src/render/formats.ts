import type { Token } from 'marked';
import { PreparedBlocks } from '../document/block-source.ts';
import { parseDocument } from '../document/document.ts';
import {
  type Document,
  type DocumentText,
  type Section,
  withSubsections,
} from '../document/model.ts';
import { mayLinkToSections, sectionsById } from '../document/section-links.ts';
import { totalWords } from '../document/words.ts';
import { blocksToDepth, sourceOf } from '../select/depth.ts';
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
  depth = Infinity,
): Promise<Iterable<string>> {
  if (depth !== Infinity) return await renderWholeToDepth(text, format, display, notice, depth);
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

/**
 * The whole document without the sections deeper than `depth`: their blocks
 * are left out as it streams, after its sections are found (to know which
 * heading is how deep). Totals and links to sections count the whole document.
 */
async function renderWholeToDepth(
  text: DocumentText,
  format: 'text' | 'markdown',
  display: Display,
  notice: boolean,
  depth: number,
): Promise<Iterable<string>> {
  const document = parseDocument(text);
  const blocks = blocksToDepth(document, depth);
  if (format === 'markdown') return renderWholeMarkdown({ ...text, body: sourceOf(blocks) });
  const { TextRenderer } = await import('./text.ts');
  const links = display.links !== 'none' && mayLinkToSections(text);
  const renderer = new TextRenderer(
    links ? { ...display, headings: sectionsById(document.sections) } : display,
  );
  const words = renderer.showsMetadataLine(text) ? totalWords(document.sections) : undefined;
  return renderer.document(text, blocks, notice, words);
}

/**
 * Chosen sections with their subsections down to `depth`; JSON has every
 * section of `sections` flat, with the words of the whole selection.
 */
export async function renderSections(
  document: Document,
  chosen: readonly Section[] | undefined,
  sections: readonly Section[],
  format: Format,
  display: Display,
  depth = Infinity,
): Promise<string> {
  switch (format) {
    case 'markdown':
      return renderMarkdown(chosen ?? [], depth);
    case 'json': {
      const plain = new (await import('./text.ts')).TextRenderer(plainDisplay);
      const selected = chosen?.flatMap(withSubsections) ?? document.sections;
      const plainText = {
        section: (section: Section) =>
          plain.section(document, section, section.heading !== undefined),
        note: (key: string) => plain.note(document, key),
      };
      return renderJson(document, sections, plainText, totalWords(selected));
    }
    case 'text': {
      const headings = sectionsById(document.sections);
      const renderer = new (await import('./text.ts')).TextRenderer({ ...display, headings });
      return renderer.sections(document, chosen ?? [], depth);
    }
  }
}

/** The table of contents; its totals are `words`, those of the whole selection under --depth. */
export async function renderList(
  document: Document,
  sections: readonly Section[],
  format: Format,
  display: Display,
  words = totalWords(sections),
): Promise<string> {
  const toc = await import('./toc.ts');
  switch (format) {
    case 'json':
      return renderJson(document, sections, undefined, words);
    case 'markdown':
      return toc.renderMarkdownToc(document.title, sections);
    case 'text': {
      const { createTheme } = await import('./theme.ts');
      return toc.renderToc(
        document.title,
        sections,
        createTheme(display.colour, display.theme),
        cells(display.width),
        words,
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
