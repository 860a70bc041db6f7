import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/errors.ts';
import { writeOutput } from '../../../src/output/write.ts';

/** A stream whose buffer is "full" after the writes listed in `fullAfter`, and that can fail. */
class FakeStream extends EventEmitter {
  readonly written: string[] = [];
  constructor(
    private readonly fullAfter: readonly number[] = [],
    readonly reportsFailuresAtOnce = false,
  ) {
    super();
  }
  write(chunk: string): boolean {
    this.written.push(chunk);
    return !this.fullAfter.includes(this.written.length);
  }
}

function failure(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('writeOutput', () => {
  it('writes the pieces in order, leaving out empty ones', async () => {
    const stream = new FakeStream();
    await writeOutput(stream, ['a', '', 'b', 'c']);
    expect(stream.written).toEqual(['a', 'b', 'c']);
  });

  it('waits for drain when the buffer is full, and produces no piece before it', async () => {
    const stream = new FakeStream([1]);
    const produced: string[] = [];
    function* pieces() {
      for (const piece of ['one', 'two', 'three']) {
        produced.push(piece);
        yield piece;
      }
    }
    const done = writeOutput(stream, pieces());
    await turn();
    expect(stream.written).toEqual(['one']);
    expect(produced).toEqual(['one']);
    stream.emit('drain');
    await done;
    expect(stream.written).toEqual(['one', 'two', 'three']);
    // Its own listeners are gone once it is done.
    expect(stream.listenerCount('drain')).toBe(0);
    expect(stream.listenerCount('error')).toBe(0);
  });

  it('ends quietly, writing nothing more, when the reader closed the pipe (EPIPE)', async () => {
    const stream = new FakeStream([1]);
    const done = writeOutput(stream, ['one', 'two', 'three']);
    await turn();
    stream.emit('error', failure('EPIPE'));
    await expect(done).resolves.toBeUndefined();
    expect(stream.written).toEqual(['one']);
  });

  it('waits a turn for a failure that the stream reports after the last write', async () => {
    const stream = new FakeStream();
    const done = writeOutput(stream, ['all']);
    stream.emit('error', failure('ENOSPC'));
    await expect(done).rejects.toThrow(
      new ArticleError('cannot write output: no space left on device'),
    );
  });

  it('says what went wrong for any other failure', async () => {
    const stream = new FakeStream([1]);
    const done = writeOutput(stream, ['one', 'two']);
    await turn();
    stream.emit('error', failure('EIO', 'i/o error'));
    await expect(done).rejects.toThrow(new ArticleError('cannot write output: i/o error'));
    expect(stream.written).toEqual(['one']);
  });

  it('does not wait a turn on a stream that reports failures during the write', async () => {
    const stream = new FakeStream([], true);
    let finished = false;
    const done = writeOutput(stream, ['x']).then(() => {
      finished = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(finished).toBe(true);
    await done;
  });
});
