import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../src/io.ts';
import { deliver } from '../../../src/output/deliver.ts';

/** An Io whose standard output collects what is written, as a terminal or not. */
function fakeIo(env: Io['env'], terminal: { rows: number; columns: number } | undefined) {
  const written: string[] = [];
  const stdout = Object.assign(new PassThrough(), {
    isTTY: terminal !== undefined,
    rows: terminal?.rows,
    columns: terminal?.columns,
  });
  const write = stdout.write.bind(stdout);
  stdout.write = ((chunk: string) => {
    written.push(chunk);
    return write(chunk);
  }) as typeof stdout.write;
  stdout.resume();
  const io: Io = { stdout, stderr: { write: () => true }, stdin: new PassThrough(), env };
  return { io, written };
}

/** A pager that records what it is given in a file and exits with `status`. */
function recordingPager(status: number): { command: string; received: () => string } {
  const folder = mkdtempSync(join(tmpdir(), 'deliver-'));
  const script = join(folder, 'pager');
  const file = join(folder, 'received');
  writeFileSync(script, `#!/bin/sh\ncat > '${file}'\nexit ${status}\n`);
  chmodSync(script, 0o755);
  return { command: script, received: () => readFileSync(file, 'utf8') };
}

const tall = Array.from({ length: 50 }, (_, index) => `line ${index + 1}\n`);
const screen = { rows: 24, columns: 80 };

describe('deliver', () => {
  it('writes to standard output when it is not a terminal, whatever the pager', async () => {
    const pager = recordingPager(3);
    const { io, written } = fakeIo(
      { ARTICLE_PAGER: pager.command, PATH: '/usr/bin:/bin' },
      undefined,
    );
    expect(await deliver(tall, { pager: true }, io)).toBe(0);
    expect(written.join('')).toBe(tall.join(''));
  });

  it('pages text taller than the terminal and gives the pager’s exit status', async () => {
    const pager = recordingPager(3);
    const { io, written } = fakeIo({ ARTICLE_PAGER: pager.command, PATH: '/usr/bin:/bin' }, screen);
    expect(await deliver(tall, { pager: undefined }, io)).toBe(3);
    expect(written).toEqual([]);
    expect(pager.received()).toBe(tall.join(''));
  });

  it('writes text that fits the terminal directly, unless --pager forces the pager', async () => {
    const pager = recordingPager(0);
    const short = ['one\n', 'two\n'];
    const env = { ARTICLE_PAGER: pager.command, PATH: '/usr/bin:/bin' };
    const direct = fakeIo(env, screen);
    expect(await deliver(short, { pager: undefined }, direct.io)).toBe(0);
    expect(direct.written.join('')).toBe('one\ntwo\n');
    const forced = fakeIo(env, screen);
    expect(await deliver(short, { pager: true }, forced.io)).toBe(0);
    expect(forced.written).toEqual([]);
    expect(pager.received()).toBe('one\ntwo\n');
  });

  it('never pages with --no-pager, in CI, or when the pager cannot be found', async () => {
    const pager = recordingPager(3);
    const cases: [Io['env'], boolean | undefined][] = [
      [{ ARTICLE_PAGER: pager.command }, false],
      [{ ARTICLE_PAGER: pager.command, CI: 'true' }, undefined],
      [{ ARTICLE_PAGER: '/nowhere/no-such-pager', PATH: '/usr/bin:/bin' }, undefined],
      [{ ARTICLE_PAGER: '' }, true],
    ];
    for (const [env, choice] of cases) {
      const { io, written } = fakeIo(env, screen);
      expect(await deliver(tall, { pager: choice }, io)).toBe(0);
      expect(written.join('')).toBe(tall.join(''));
    }
  });
});
