import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DescriptorOutput } from '../../../src/output/stdout.ts';

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('DescriptorOutput', () => {
  it('writes every byte, however few each call takes', () => {
    const received: Buffer[] = [];
    const output = new DescriptorOutput(1, ((_fd: number, bytes: Buffer, offset: number) => {
      // Two bytes at a time, as a nearly full pipe may take them.
      const part = Buffer.from(bytes.subarray(offset, offset + 2));
      received.push(part);
      return part.length;
    }) as never);
    expect(output.write('héllo')).toBe(true);
    expect(received).toHaveLength(3);
    expect(Buffer.concat(received).toString()).toBe('héllo');
  });

  it('hands the rest to a stream when the descriptor would block, and passes on its drain', async () => {
    const fallback = new PassThrough({ highWaterMark: 4 });
    let calls = 0;
    const output = new DescriptorOutput(
      1,
      (() => {
        calls++;
        if (calls === 1) return 3; // "abc" went out
        throw failure('EAGAIN');
      }) as never,
      () => fallback,
    );
    const drained = new Promise((resolve) => output.once('drain', resolve));
    expect(output.write('abcdefgh')).toBe(false);
    expect(output.write('ij')).toBe(false);
    expect(calls).toBe(2);
    const rest: string[] = [];
    fallback.on('data', (chunk: Buffer) => rest.push(chunk.toString()));
    await drained;
    expect(rest.join('')).toBe('defghij');
  });

  it('reports a closed pipe once, as an error event, and writes nothing more', () => {
    let calls = 0;
    const output = new DescriptorOutput(1, (() => {
      calls++;
      throw failure('EPIPE');
    }) as never);
    const errors: string[] = [];
    output.on('error', (error: NodeJS.ErrnoException) => errors.push(error.code ?? ''));
    output.write('a');
    output.write('b');
    expect(errors).toEqual(['EPIPE']);
    expect(calls).toBe(1);
  });
});
