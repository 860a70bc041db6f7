import { documentBlocks, openDocument, parseDocument } from '../document/document.ts';
import type { DocumentText } from '../document/model.ts';
import { sectionsById } from '../document/section-links.ts';
import { openStreamedDocument } from '../document/streamed.ts';
import { totalWords } from '../document/words.ts';
import { ArticleError } from '../errors.ts';
import type { Io } from '../io.ts';
import { invalidYamlWarning } from '../markdown/front-matter.ts';
import { deliver } from '../output/deliver.ts';
import { progressLine } from '../output/progress.ts';
import { writeOutput } from '../output/write.ts';
import type { DocumentUpdates } from '../reader/updates.ts';
import { showControlsInLine } from '../render/controls.ts';
import { renderList, renderSearchResults, renderSections, renderWhole } from '../render/formats.ts';
import { completionWords } from '../select/completion-words.ts';
import { selectToDepth } from '../select/depth.ts';
import { searchSections } from '../select/search.ts';
import { selectSections } from '../select/select.ts';
import { largeMarkdownFile, type TextPieces } from '../source/pieces.ts';
import { defaultWebChoices, readSource, type Source, sourceRequest } from '../source/source.ts';
import type { Request } from './command-line.ts';
import { display } from './display.ts';
import type { ReaderHistory } from './history.ts';
import type { OpenDocument } from './link-opener.ts';

/** Runs a request through the pipeline: source -> document -> selection -> rendering -> output. */
export async function run(request: Request, io: Io): Promise<number> {
  if (request.watch) return await watch(request, io);
  if (request.interactive) return await interactive(request, io);
  return await deliver(await render(request, io), request, io);
}

/**
 * --watch: the file read once, then each new version printed again or
 * reflowed in the reader (watch.ts); a version that fails to open keeps the last.
 */
async function watch(request: Request, io: Io): Promise<number> {
  const { printVersions, readerUpdates } = await import('./watch.ts');
  const first = await read(request, io);
  if (!request.interactive) {
    return await printVersions(request, io, first, (source) => render(request, io, source));
  }
  const updates = readerUpdates(request, io, first, async (source, quiet) =>
    parseDocument(await open(request, quiet, source)),
  );
  return await interactive(request, io, first, updates);
}

/** The rendered text, produced a chunk at a time where the whole document is printed. */
async function render(request: Request, io: Io, given?: Source): Promise<Iterable<string>> {
  const whole = request.references.length === 0 && !request.list && request.search === undefined;
  const big = whole && request.format === 'text' && !given ? bigFile(request) : undefined;
  const text = big ? openStreamedDocument(big) : await open(request, io, given);
  warnOfInvalidFrontMatter(text, request.file, io);
  const shown = display(request, io);
  if (whole && request.format !== 'json') {
    // The common case streams: nothing needs the sections, so the document is never held whole.
    return renderWhole(
      text,
      () => documentBlocks(text),
      request.format,
      shown,
      request.notice,
      request.depth,
    );
  }
  const parsed = parseDocument(text);
  // --no-notice leaves it out of the data as well (null in JSON).
  const document = request.notice ? parsed : { ...parsed, notice: undefined };
  const chosen =
    request.references.length > 0 ? selectSections(document, request.references) : undefined;
  const depth = request.depth ?? Infinity;
  // --depth leaves out deeper subsections, and their text; totals still count the whole selection.
  const { shown: sections, selected } = selectToDepth(document, chosen, depth);
  if (request.search !== undefined) {
    const { sectionUnits } = await import('../render/search-units.ts');
    // JSON's matches are the text as data, links as the JSON's own text shows them.
    const links = request.format === 'json' ? 'inline' : shown.links;
    // Printed, a link to a section says where it leads, as the sections print it; JSON's text keeps the address.
    const headings = request.format === 'json' ? undefined : sectionsById(document.sections);
    const found = searchSections(sections, request.search, (section) =>
      sectionUnits(document, section, links, headings),
    );
    // Like grep: no match is a failure, said on standard error, with nothing on standard output.
    if (found.length === 0) throw new ArticleError(`no match for '${request.search}'`);
    return [await renderSearchResults(request.search, found, request.format, shown)];
  }
  if (request.list) {
    return [await renderList(document, sections, request.format, shown, totalWords(selected))];
  }
  return [await renderSections(document, chosen, sections, request.format, shown, depth)];
}

/**
 * Markdown files from this size on are printed whole without holding their
 * text (read twice, document/streamed.ts); smaller ones gain nothing worth
 * a second reading (README, Performance).
 */
export const streamedFrom = 1024 * 1024;

/** A big Markdown file to print whole, read in pieces; undefined for anything else. */
function bigFile(request: Request): TextPieces | undefined {
  return largeMarkdownFile(request.file, request.from, streamedFrom);
}

/** What to read and how: the document's file or address, how to fetch it, and how to take HTML. */
type Reading = Pick<Request, 'file' | 'wholePage' | 'wholeArticle' | 'from'> &
  Partial<Pick<Request, 'timeout' | 'refresh'>>;

/** The document asked for (or the source given, read already), for HTML reduced to its article. */
async function open(reading: Reading, io: Io, given?: Source): Promise<DocumentText> {
  const source = given ?? (await read(reading, io));
  if (source.format === 'markdown') return openDocument(source);
  const { extractArticle } = await import('../extract/article.ts');
  const extracted = extractArticle(source, {
    wholePage: reading.wholePage,
    wholeArticle: reading.wholeArticle,
  });
  if (extracted.noArticle) warn(io, `no article found in ${source.name}; showing the whole page`);
  return openDocument(extracted.markdown);
}

/** The document's text; a web address is fetched with a progress line on a terminal. */
async function read(reading: Reading, io: Io): Promise<Source> {
  const progress = progressLine(io);
  const web = {
    timeout: reading.timeout ?? defaultWebChoices.timeout,
    refresh: reading.refresh ?? defaultWebChoices.refresh,
    onProgress: progress.show,
  };
  try {
    return await readSource(sourceRequest(reading.file, io, reading.from, web));
  } finally {
    progress.clear();
  }
}

/** Broken front matter is printed as text; standard error says why it is there. */
function warnOfInvalidFrontMatter(text: DocumentText, file: string | undefined, io: Io): void {
  if (!text.invalidFrontMatter) return;
  const name = file === undefined || file === '-' ? text.name : file;
  warn(io, invalidYamlWarning(name, text.invalidFrontMatter));
}

/** One line on standard error that does not stop the reading, its controls shown, not sent. */
function warn(io: Io, message: string): void {
  io.stderr.write(`article: ${showControlsInLine(message)}\n`);
}

/** The full-screen reader on the document, at the first chosen section; with --watch, its updates. */
async function interactive(
  request: Request,
  io: Io,
  given?: Source,
  updates?: DocumentUpdates,
): Promise<number> {
  const { runInteractive } = await import('../reader/terminal.ts');
  const { readerHistory } = await import('./history.ts');
  const { linkOpener } = await import('./link-opener.ts');
  const { readerDocument } = await import('./reader-document.ts');
  const text = await open(request, io, given);
  const history: Partial<ReaderHistory> =
    request.history === false
      ? {}
      : readerHistory(request.file, text, io, (line) => warn(io, line));
  // A big document opens on its first sections, the rest parsed while the reader waits for keys;
  // a section asked for, or --watch's versions, need it whole first.
  const whole = request.references.length > 0 || updates !== undefined;
  const { document, parsing } = readerDocument(text, {
    whole,
    section: history.resume?.place.section,
  });
  // A range may hold a section without some of its subsections: the reader starts at the section itself.
  const first = selectSections(document, request.references)[0];
  const options = {
    ...display(request, io),
    // The reader cuts lines at the screen's edge, which would cut hyperlink sequences apart.
    hyperlinks: false,
    width: request.width,
    notice: request.notice,
    start: document.sections.find((section) => section.number === first?.number),
    ...history,
    browsing: linkOpener(request.file, openLinked(request, io)),
    parsing,
  };
  return runInteractive(document, options, io, updates);
}

/** A document a link leads to, opened as the command line's is: quietly, as standard error would write over the reader. */
function openLinked(request: Request, io: Io): OpenDocument {
  const quiet: Io = { ...io, stderr: { write: () => true } };
  return async (file) => parseDocument(await open({ ...request, file, from: undefined }, quiet));
}

/**
 * `article completion sections [file] [word]`, which the completion scripts
 * call: numbers and ids, or after a `/` in the word typed, the paths to the
 * subsections of the section before it (completion-words.ts).
 */
export async function completeSections(
  file: string | undefined,
  word: string | undefined,
  io: Io,
): Promise<number> {
  const { sections } = parseDocument(await open({ file, wholePage: false }, io));
  const words = completionWords(sections, word);
  await writeOutput(io.stdout, [words.map((each) => `${each}\n`).join('')]);
  return 0;
}
