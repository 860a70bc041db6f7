import { ArticleError } from './errors.ts';

export interface OutputStream {
  write(chunk: string, callback: (error?: Error | null) => void): boolean;
  once(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Writes and waits until the text is handed over. A reader that closed the
 * pipe early (`article | head -1`) is a normal end, not an error; anything
 * else (a full disk) becomes one clear message.
 */
export function writeOutput(stream: OutputStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error | null) => {
      stream.removeListener('error', done);
      const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
      if (!error || code === 'EPIPE') resolve();
      else reject(new ArticleError(`cannot write output: ${explainWriteError(code, error)}`));
    };
    stream.once('error', done);
    stream.write(text, done);
  });
}

function explainWriteError(code: string | undefined, error: Error): string {
  if (code === 'ENOSPC') return 'no space left on device';
  return error.message;
}
