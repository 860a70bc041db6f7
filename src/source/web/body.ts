import { ArticleError } from '../../errors.ts';

/** The most a page may be once decompressed: a decompression bomb stops here, not in memory. */
export const largestPage = 50 * 1024 * 1024;

/** A response's body as make-fetch-happen gives it: a stream of decompressed bytes. */
export interface BodyStream {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  destroy(error?: Error): void;
}

export interface BodyReading {
  /** The address, for the message. */
  readonly name: string;
  /** The most bytes to take (largestPage; tests give less). */
  readonly limit?: number;
  /** Told the bytes received so far, after each part. */
  readonly onBytes?: ((bytes: number) => void) | undefined;
}

/**
 * The whole body, counted as it comes: past the limit the stream is
 * destroyed and the page refused. Read by events, not `for await`: the
 * minipass streams of make-fetch-happen add a listener per step of an async
 * iteration, and Node then warns of a leak on standard error.
 */
export function readBody(body: BodyStream, reading: BodyReading): Promise<Buffer> {
  const limit = reading.limit ?? largestPage;
  const parts: Buffer[] = [];
  let size = 0;
  return new Promise((resolve, reject) => {
    body.on('data', (chunk) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        const error = tooLarge(reading.name, limit);
        reject(error);
        body.destroy(error);
        return;
      }
      parts.push(chunk);
      reading.onBytes?.(size);
    });
    body.on('end', () => resolve(Buffer.concat(parts, size)));
    body.on('error', reject);
  });
}

function tooLarge(name: string, limit: number): ArticleError {
  const megabytes = Math.round(limit / 1024 / 1024);
  return new ArticleError(
    `${name}: larger than ${megabytes} MB once decompressed, too large to read`,
  );
}
