import {
  type Document,
  type DocumentText,
  documentBlocks,
  openDocument,
  parseDocument,
  type Section,
  withSubsections,
} from '../document/document.ts';
import { ArticleError } from '../errors.ts';
import type { Io } from '../main.ts';
import { invalidYamlWarning } from '../markdown/front-matter.ts';
import { showControlsInLine } from '../render/controls.ts';
import { renderJson } from '../render/json.ts';
import { renderMarkdown } from '../render/markdown.ts';
import type { ThemeName } from '../render/theme.ts';
import { searchSections } from '../select/search.ts';
import { selectSections } from '../select/select.ts';
import { readSource, type SourceRequest } from '../source/source.ts';
import type { Format, Request } from './command-line.ts';
import { decideColour, decideHyperlinks, decideTheme, decideWidth } from './display.ts';

/** Unwrapped plain text, for JSON and for searching. */
const plainDisplay: Display = { width: 0, colour: false, theme: 'dark', hyperlinks: false };

/** source -> document -> selection -> rendered text, produced a piece at a time. */
export async function renderRequest(request: Request, io: Io): Promise<Iterable<string>> {
  const text = openDocument(await readSource(sourceRequest(request.file, io)));
  warnOfInvalidFrontMatter(text, request.file, io);
  const shown = display(request, io);
  const whole = request.references.length === 0 && !request.list && request.search === undefined;
  if (whole && request.format === 'markdown') return [text.body];
  if (whole && request.format === 'text') {
    // The common case streams: nothing needs the sections, so the document is never held whole.
    const renderer = new (await import('../render/text.ts')).TextRenderer(shown);
    return renderer.document(text, documentBlocks(text), request.notice);
  }
  const parsed = parseDocument(text);
  // --no-notice leaves it out of the data as well (null in JSON).
  const document = request.notice ? parsed : { ...parsed, notice: undefined };
  const chosen =
    request.references.length > 0 ? selectSections(document, request.references) : undefined;
  const sections = chosen?.flatMap(withSubsections) ?? document.sections;
  if (request.search !== undefined) {
    return [await renderSearch(document, sections, request.search, request.format, shown)];
  }
  if (request.list) return [await renderList(document, sections, request.format, shown)];
  switch (request.format) {
    case 'markdown':
      return [renderMarkdown(chosen ?? [])];
    case 'json': {
      const plain = new (await import('../render/text.ts')).TextRenderer(plainDisplay);
      return [
        renderJson(document, sections, (section) =>
          plain.section(document, section, section.heading !== undefined),
        ),
      ];
    }
    case 'text': {
      const renderer = new (await import('../render/text.ts')).TextRenderer(shown);
      return [renderer.sections(document, chosen ?? [])];
    }
  }
}

async function renderList(
  document: Document,
  sections: readonly Section[],
  format: Format,
  display: Display,
): Promise<string> {
  const toc = await import('../render/toc.ts');
  switch (format) {
    case 'json':
      return renderJson(document, sections, undefined);
    case 'markdown':
      return toc.renderMarkdownToc(document.title, sections);
    case 'text': {
      const { createTheme } = await import('../render/theme.ts');
      const width = display.width === 0 ? Infinity : display.width;
      return toc.renderToc(
        document.title,
        sections,
        createTheme(display.colour, display.theme),
        width,
      );
    }
  }
}

/** Broken front matter is printed as text; standard error says why it is there. */
function warnOfInvalidFrontMatter(text: DocumentText, file: string | undefined, io: Io): void {
  if (!text.invalidFrontMatter) return;
  const name = file === undefined || file === '-' ? text.name : file;
  io.stderr.write(
    `article: ${showControlsInLine(invalidYamlWarning(name, text.invalidFrontMatter))}\n`,
  );
}

/** How the text looks, as the printing mode decides it for this request and output. */
export interface Display {
  readonly width: number;
  readonly colour: boolean;
  readonly theme: ThemeName;
  readonly hyperlinks: boolean;
}

export function display(request: Request, io: Io): Display {
  const isTTY = io.stdout.isTTY === true;
  const colour = decideColour(request.colour ?? 'auto', io.env, isTTY);
  return {
    width: decideWidth(request.width, isTTY, io.stdout.columns),
    colour,
    theme: decideTheme(request.theme, io.env),
    hyperlinks: decideHyperlinks(request.hyperlinks, colour, io.env, isTTY),
  };
}

/** The document and the chosen sections, for the interactive reader. */
export async function readDocument(
  request: Request,
  io: Io,
): Promise<{ document: Document; chosen: Section[] }> {
  const document = parseDocument(openDocument(await readSource(sourceRequest(request.file, io))));
  return { document, chosen: selectSections(document, request.references) };
}

async function renderSearch(
  document: Document,
  sections: readonly Section[],
  query: string,
  format: Format,
  display: Display,
): Promise<string> {
  const { sectionPieces } = await import('../render/pieces.ts');
  const found = searchSections(sections, query, (section) => sectionPieces(document, section));
  // Like grep: no match is a failure, said on standard error, with nothing on standard output.
  if (found.length === 0) throw new ArticleError(`no match for '${query}'`);
  const { renderSearchJson, renderSearchText } = await import('../render/search.ts');
  if (format === 'json') return renderSearchJson(query, found);
  const { createTheme } = await import('../render/theme.ts');
  return renderSearchText(
    found,
    createTheme(display.colour, display.theme),
    display.width === 0 ? Infinity : display.width,
  );
}

/** What to read; standard input is touched only when it is the file (opening it costs start-up time). */
export function sourceRequest(file: string | undefined, io: Io): SourceRequest {
  return {
    file,
    get stdin() {
      return io.stdin;
    },
  };
}
