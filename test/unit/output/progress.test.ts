import { describe, expect, it } from 'vitest';
import { progressLine, progressText } from '../../../src/output/progress.ts';

/** Standard error as a terminal or a pipe, recording what is written; and a clock the test moves. */
function setUp(isTTY: boolean, columns = 80) {
  const written: string[] = [];
  let opened = 0;
  let time = 1000;
  const stderr = { isTTY, columns, write: (text: string) => written.push(text) };
  const io = {
    get stderr() {
      opened++;
      return stderr;
    },
  };
  const line = progressLine(io, () => time);
  return {
    line,
    written,
    opened: () => opened,
    wait: (milliseconds: number) => {
      time += milliseconds;
    },
  };
}

describe('progressText', () => {
  it('names the host, then the size received so far', () => {
    expect(progressText({ host: 'example.com', bytes: 0 })).toBe('article: example.com …');
    expect(progressText({ host: 'example.com', bytes: 100 })).toBe('article: example.com … 1 KB');
    expect(progressText({ host: 'example.com', bytes: 120 * 1024 })).toBe(
      'article: example.com … 120 KB',
    );
    expect(progressText({ host: 'example.com', bytes: 3.5 * 1024 * 1024 })).toBe(
      'article: example.com … 3.5 MB',
    );
  });

  it('shows the controls of a host, not sends them', () => {
    expect(progressText({ host: 'a\x1b[2Jb', bytes: 0 })).not.toContain('\x1b');
  });
});

describe('progressLine', () => {
  it('draws in place on a terminal, at most every 100 ms, and erases itself', () => {
    const { line, written, wait } = setUp(true);
    line.show({ host: 'example.com', bytes: 0 });
    line.show({ host: 'example.com', bytes: 2048 });
    wait(100);
    line.show({ host: 'example.com', bytes: 4096 });
    line.clear();
    expect(written).toEqual([
      '\rarticle: example.com …\x1b[K',
      '\rarticle: example.com … 4 KB\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('fits the line in the terminal, so that erasing it erases all of it', () => {
    const { line, written } = setUp(true, 20);
    line.show({ host: 'a-very-long-host-name.example.com', bytes: 0 });
    expect(written[0]).toBe('\rarticle: a-very-lon\x1b[K');
  });

  it('writes nothing in a pipe', () => {
    const { line, written } = setUp(false);
    line.show({ host: 'example.com', bytes: 10 });
    line.clear();
    expect(written).toEqual([]);
  });

  it('does not open standard error until there is progress to show', () => {
    const { line, opened } = setUp(true);
    line.clear();
    expect(opened()).toBe(0);
  });
});
