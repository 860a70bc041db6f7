import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../../src/errors.ts';
import { largestPage, readBody } from '../../../../src/source/web/body.ts';

describe('readBody', () => {
  it('gives the whole body, and tells the bytes received after each part', async () => {
    const body = new PassThrough();
    const told: number[] = [];
    const reading = readBody(body, { name: 'x', onBytes: (bytes) => told.push(bytes) });
    body.write('abc');
    body.write('de');
    body.end('f');
    expect((await reading).toString()).toBe('abcdef');
    expect(told).toEqual([3, 5, 6]);
  });

  it('stops past the limit, destroys the stream and refuses the page', async () => {
    const body = new PassThrough();
    const reading = readBody(body, { name: 'https://x/bomb', limit: 2 * 1024 * 1024 });
    const failure = reading.catch((error: unknown) => error);
    const part = Buffer.alloc(512 * 1024);
    let written = 0;
    // Writes until the stream is destroyed: a bomb would go on for ever.
    while (!body.destroyed && written < 10) {
      body.write(part);
      written++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const error = await failure;
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as Error).message).toBe(
      'https://x/bomb: larger than 2 MB once decompressed, too large to read',
    );
    expect(body.destroyed).toBe(true);
    expect(written).toBe(5);
  });

  it('has a limit of 50 MB', () => {
    expect(largestPage).toBe(50 * 1024 * 1024);
  });

  it('passes on the stream errors', async () => {
    const body = new PassThrough();
    const reading = readBody(body, { name: 'x' });
    body.destroy(new Error('connection reset'));
    await expect(reading).rejects.toThrow('connection reset');
  });
});
