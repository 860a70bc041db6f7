import { existsSync } from 'node:fs';
import { type Format, parseCommandLine, type Request } from './cli.ts';
import {
  type Document,
  documentBlocks,
  openDocument,
  parseDocument,
  type Section,
  withSubsections,
} from './document.ts';
import { ArticleError, describeFailure, UsageError } from './errors.ts';
import { type OutputStream, writeOutput } from './output.ts';
import { renderJson } from './render/json.ts';
import { renderMarkdown } from './render/markdown.ts';
import { NoSuchSection, selectSections } from './select.ts';
import { readSource } from './source.ts';
import { decideColour, decideWidth, type Environment } from './terminal.ts';

/** The process around the program, injectable so that tests can run it in process. */
export interface Io {
  readonly stdout: OutputStream & { isTTY?: boolean; columns?: number };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: Environment;
}

/** Runs `article` with these arguments and returns its exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const request = parseCommandLine(argv);
    if ('information' in request) {
      await writeOutput(io.stdout, [request.information]);
      return 0;
    }
    await writeOutput(io.stdout, await run(request, io));
    return 0;
  } catch (error) {
    io.stderr.write(`article: ${messageFor(error, argv)}\n`);
    return error instanceof ArticleError ? error.exitCode : 1;
  }
}

/** source -> document -> selection -> rendered text, produced a piece at a time. */
async function run(request: Request, io: Io): Promise<Iterable<string>> {
  const text = openDocument(await readSource({ file: request.file, stdin: io.stdin }));
  const isTTY = io.stdout.isTTY === true;
  const width = decideWidth(request.width, isTTY, io.stdout.columns);
  const colour = decideColour(request.colour, io.env, isTTY);
  const whole = request.references.length === 0 && !request.list;
  if (whole && request.format === 'markdown') return [text.body];
  if (whole && request.format === 'text') {
    // The common case streams: nothing needs the sections, so the document is never held whole.
    const renderer = new (await import('./render/text.ts')).TextRenderer({ width, colour });
    return renderer.document(text, documentBlocks(text), request.notice);
  }
  const document = parseDocument(text);
  const chosen =
    request.references.length > 0 ? selectSections(document, request.references) : undefined;
  const sections = chosen?.flatMap(withSubsections) ?? document.sections;
  if (request.list)
    return [await renderList(document, sections, request.format, { width, colour })];
  switch (request.format) {
    case 'markdown':
      return [renderMarkdown(document, chosen)];
    case 'json': {
      const plain = new (await import('./render/text.ts')).TextRenderer({
        width: 0,
        colour: false,
      });
      return [
        renderJson(document, sections, (section) =>
          plain.section(document, section, section.heading !== undefined),
        ),
      ];
    }
    case 'text': {
      const renderer = new (await import('./render/text.ts')).TextRenderer({ width, colour });
      return [renderer.sections(document, chosen ?? [])];
    }
  }
}

async function renderList(
  document: Document,
  sections: readonly Section[],
  format: Format,
  display: { width: number; colour: boolean },
): Promise<string> {
  const toc = await import('./render/toc.ts');
  switch (format) {
    case 'json':
      return renderJson(document, sections, undefined);
    case 'markdown':
      return toc.renderMarkdownToc(document.title, sections);
    case 'text': {
      const { createTheme } = await import('./render/theme.ts');
      const width = display.width === 0 ? Infinity : display.width;
      return toc.renderToc(document.title, sections, createTheme(display.colour), width);
    }
  }
}

function messageFor(error: unknown, argv: readonly string[]): string {
  if (error instanceof NoSuchSection) {
    const path = argv.find((argument) => error.message.startsWith(`no section '${argument}'`));
    if (path && existsSync(path)) return `no section '${path}'; to read a file, use --file ${path}`;
  }
  if (error instanceof UsageError) return `${error.message} (see 'article --help')`;
  if (error instanceof ArticleError) return error.message;
  return `unexpected error: ${describeFailure(error)}`;
}

/** Starts the program on the real process; the exit status is set, never forced, so piped output is not cut. */
export async function start(): Promise<void> {
  // A reader that closes the pipe early is a normal end; without a listener Node would throw.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exitCode = 1;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
}
