import { EventEmitter } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';
import type { Io } from '../io.ts';

type StandardOutput = Io['stdout'];

/**
 * Standard output of the process. Where it is certainly not a terminal (a
 * pipe, a file, a socket, /dev/null), text goes to the descriptor with
 * write(2): creating process.stdout loads Node's stream modules, and for a
 * pipe its net module, a measurable part of start-up (README, Performance).
 * Node writes pipes and files synchronously on Linux anyway. A terminal, or
 * anything this cannot tell from a terminal, gets process.stdout. Failures
 * that no write waits for go to `onLateFailure`: main decides the status.
 */
export function standardOutput(onLateFailure: () => void): StandardOutput {
  if (certainlyNotTerminal(1))
    return new DescriptorOutput(1, writeSync, () => process.stdout, onLateFailure);
  // A reader that closes the pipe early is a normal end; without a listener Node would throw.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') onLateFailure();
  });
  return process.stdout;
}

/** Linux's memory devices (/dev/null, /dev/zero, /dev/full) have major number 1; terminals never. */
const memoryDevices = 1;

function certainlyNotTerminal(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    if (info.isFIFO() || info.isFile() || info.isSocket()) return true;
    return (
      process.platform === 'linux' && info.isCharacterDevice() && info.rdev >> 8 === memoryDevices
    );
  } catch {
    return false;
  }
}

/**
 * A descriptor written synchronously, shaped like the stream writeOutput
 * expects. A descriptor that another process left non-blocking may refuse a
 * write (EAGAIN): the rest then goes through process.stdout, which waits.
 */
export class DescriptorOutput extends EventEmitter {
  readonly isTTY = false;
  get reportsFailuresAtOnce(): boolean {
    // Until it hands over to process.stdout, which reports them later.
    return this.stream === undefined;
  }
  private stream: NodeJS.WritableStream | undefined;
  private failed = false;

  constructor(
    private readonly fd: number,
    // Injectable so that a test can refuse a write the way a non-blocking pipe does.
    private readonly writeBytes: typeof writeSync = writeSync,
    private readonly fallback: () => NodeJS.WritableStream = () => process.stdout,
    /** Told of a failure that no write is waiting for (writeOutput listens while it writes). */
    private readonly onLateFailure: () => void = () => {},
  ) {
    super();
  }

  write(text: string): boolean {
    if (this.stream) return this.stream.write(text);
    if (this.failed) return true;
    const bytes = Buffer.from(text);
    let written = 0;
    try {
      while (written < bytes.length) written += this.writeBytes(this.fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        return this.handOver(bytes.subarray(written));
      }
      this.fail(error as NodeJS.ErrnoException);
    }
    return true;
  }

  private handOver(rest: Buffer): boolean {
    const stream = this.fallback();
    this.stream = stream;
    stream.on('drain', () => this.emit('drain'));
    stream.on('error', (error) => this.fail(error as NodeJS.ErrnoException));
    return stream.write(rest);
  }

  private fail(error: NodeJS.ErrnoException): void {
    this.failed = true;
    if (this.listenerCount('error') > 0) this.emit('error', error);
    else if (error.code !== 'EPIPE') this.onLateFailure();
  }
}
