import { existsSync, type FSWatcher, watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ArticleError, describeFailure } from '../errors.ts';
import { readSource, type Source, type SourceRequest } from './source.ts';

/** What happens to a watched file, as watchSource reports it. */
export interface SourceVersions {
  /** A new text of the file, read and decoded: a change, or the file back after it was gone. */
  version(source: Source): void;
  /** The file is no longer there (removed, or renamed away); its return will be a new version. */
  gone(): void;
  /** The file is there but cannot be read as a document (unreadable, binary): the last version stays. */
  failed(error: ArticleError): void;
}

export interface Watching {
  close(): void;
}

/**
 * How long the file's folder must be quiet before the file is read again, in
 * ms: an editor's save is a burst of events (write a temporary file, rename it
 * over; or truncate, then write), which must read as one change.
 */
export const settleTime = 100;

/**
 * Watches a file for new versions (--watch). The folder is watched, not the
 * file: editors that save by writing a new file and renaming it over the old
 * one (vim, many IDEs) replace the file that a watch on it would follow, and
 * a file that is gone can only be seen coming back from its folder. Events
 * are filtered to the file's name and settled (settleTime), then the file is
 * read again; a text equal to the last one (a touch, a save without changes)
 * is no new version. Node's fs.watch on the folder does this, and loads nothing
 * (README, Watching a file, says why not chokidar).
 */
export function watchSource(
  request: SourceRequest,
  last: Source,
  listener: SourceVersions,
  settle = settleTime,
): Watching {
  const { file } = request;
  // The command line refuses these; standard input, an address and the bundled article never change.
  if (file === undefined || file === '-') throw new ArticleError('--watch needs a file');
  const name = basename(file);
  let lastText = last.text;
  // After a failure or while the file is gone, the next good read is a new version, even unchanged.
  let state: 'current' | 'gone' | 'failed' = 'current';
  let timer: NodeJS.Timeout | undefined;
  // Reads one at a time, in order: a slow read is never overtaken by the next one.
  let reading = Promise.resolve();

  const readAgain = async (): Promise<void> => {
    let source: Source;
    try {
      source = await readSource(request);
    } catch (error) {
      if (existsSync(file)) {
        state = 'failed';
        listener.failed(asArticleError(error));
      } else if (state !== 'gone') {
        state = 'gone';
        listener.gone();
      }
      return;
    }
    if (state === 'current' && source.text === lastText) return;
    state = 'current';
    lastText = source.text;
    listener.version(source);
  };

  const readSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      reading = reading.then(readAgain);
    }, settle);
  };
  const watcher: FSWatcher = watch(dirname(resolve(file)), (_event, changed) => {
    // Some platforms give no name: then any change in the folder may be the file's.
    if (!changed || changed === name) readSoon();
  });
  // A save between the last reading and the watch's start has no event of its own: look once.
  readSoon();
  watcher.on('error', (error) => {
    listener.failed(new ArticleError(`cannot watch ${file}: ${describeFailure(error)}`));
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}

function asArticleError(error: unknown): ArticleError {
  return error instanceof ArticleError ? error : new ArticleError(describeFailure(error));
}
