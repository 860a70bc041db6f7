import { ArticleError } from '../errors.ts';
import type { OutputStream } from '../io.ts';

/**
 * Writes text as it is produced, waiting whenever the stream's buffer is
 * full, so that a big document never sits in memory twice. A reader that
 * closed the pipe early (`article | head -1`) is a normal end: nothing more is
 * rendered. Anything else (a full disk) becomes one clear message.
 */
export async function writeOutput(stream: OutputStream, output: Iterable<string>): Promise<void> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error?: Error) => {
    failure = error as NodeJS.ErrnoException;
  };
  stream.once('error', onError);
  try {
    for (const text of output) {
      if (failure) break;
      if (text === '' || stream.write(text)) continue;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.removeListener('drain', done);
          stream.removeListener('error', done);
          resolve();
        };
        stream.once('drain', done);
        stream.once('error', done);
      });
    }
    // A stream reports a failed write on the next turn; wait for it before calling it done.
    if (!stream.reportsFailuresAtOnce) await new Promise((resolve) => setImmediate(resolve));
  } finally {
    stream.removeListener('error', onError);
  }
  if (failure && failure.code !== 'EPIPE') {
    const reason = failure.code === 'ENOSPC' ? 'no space left on device' : failure.message;
    throw new ArticleError(`cannot write output: ${reason}`);
  }
}
