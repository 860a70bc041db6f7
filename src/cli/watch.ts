import { basename } from 'node:path';
import type { Document } from '../document/model.ts';
import { ArticleError, describeFailure } from '../errors.ts';
import type { Io } from '../io.ts';
import { writeOutput } from '../output/write.ts';
import type { DocumentUpdates } from '../reader/updates.ts';
import { showControlsInLine } from '../render/controls.ts';
import { type Source, sourceRequest } from '../source/source.ts';
import { type SourceVersions, watchSource } from '../source/watch.ts';
import type { Request } from './command-line.ts';

/** Home, clear the screen and the scrollback, as clear(1) does: each version starts on a clean screen. */
const clearScreen = '\u001b[H\u001b[2J\u001b[3J';

/**
 * --watch while printing: the first version is printed, then each new one,
 * rendered first, so that a version that fails to open (a --search that no
 * longer matches) leaves the last one where it is, with a note on standard
 * error. A terminal is cleared before each; a pipe or a file gets each
 * version after the last, and standard error says where one starts. Never
 * paged: a pager would hold the screen. Runs until interrupted (Ctrl-C ends
 * it by SIGINT, as any printing, status 130), or until a reader of the pipe
 * closes it (status 0, as `article | head` ends).
 */
export async function printVersions(
  request: Request,
  io: Io,
  first: Source,
  render: (source: Source) => Promise<Iterable<string>>,
): Promise<number> {
  const file = request.file ?? '';
  const terminal = io.stdout.isTTY === true;
  // Listened for from the first write on: a closed pipe fails one write, and later ones say nothing.
  let closed = false;
  io.stdout.once('error', (error) => {
    closed = (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
  });
  return await new Promise<number>((resolve, reject) => {
    const end = (outcome: number | unknown) => {
      watching.close();
      if (typeof outcome === 'number') resolve(outcome);
      else reject(outcome);
    };
    const printAgain = async (source: Source) => {
      let output: Iterable<string>;
      try {
        output = await render(source);
      } catch (error) {
        note(io, keptNote(error));
        return;
      }
      if (terminal) io.stdout.write(clearScreen);
      else note(io, `${file} changed; its new version follows`);
      await writeOutput(io.stdout, output);
    };
    // The first version is printed while the file is watched already: a save meanwhile follows it.
    let printing = (async () => writeOutput(io.stdout, await render(first)))();
    const printNext = (print: Promise<void>) => {
      printing = print.then(() => (closed ? end(0) : undefined)).catch(end);
    };
    printNext(printing);
    const watching = watchSource(sourceRequest(file, io, request.from), first, {
      ...notesOn(file, (text) => note(io, text)),
      version: (source) => printNext(printing.then(() => printAgain(source))),
    });
  });
}

/**
 * --watch in the full-screen reader: each new version of the file, opened
 * as the first was (`open`, its warnings kept off the screen), for the reader
 * to reflow in place; the file gone or unreadable, a note for the status line.
 */
export function readerUpdates(
  request: Request,
  io: Io,
  first: Source,
  open: (source: Source, quiet: Io) => Promise<Document>,
): DocumentUpdates {
  const file = request.file ?? '';
  // Standard error would write over the reader's screen.
  const quiet: Io = { ...io, stderr: { write: () => true } };
  return (listener) => {
    let opening = Promise.resolve();
    const watching = watchSource(sourceRequest(file, io, request.from), first, {
      // The status line has little room: the file's name, not its path.
      ...notesOn(basename(file), listener.note),
      version: (source) => {
        opening = opening.then(async () => {
          try {
            listener.version(await open(source, quiet));
          } catch (error) {
            listener.note(keptNote(error));
          }
        });
      },
    });
    return () => watching.close();
  };
}

/** The notes for a file that is gone or cannot be read, the same on the status line and stderr. */
function notesOn(file: string, note: (text: string) => void): Omit<SourceVersions, 'version'> {
  return {
    gone: () => note(`${file} is gone; waiting for it`),
    failed: (error) => note(keptNote(error)),
  };
}

/** Why a new version is not shown, and that the last good one stays. */
function keptNote(error: unknown): string {
  const reason = error instanceof ArticleError ? error.message : describeFailure(error);
  return `${reason}; showing the last good version`;
}

/** One line on standard error, as run.ts warns. */
function note(io: Io, text: string): void {
  io.stderr.write(`article: ${showControlsInLine(text)}\n`);
}
