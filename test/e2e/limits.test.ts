import { rmSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { writeBigMarkdown } from '../helpers/big-markdown.ts';
import { expectClean, gnuTime, type MeasuredRun, runMeasured } from '../helpers/measure.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

// Size and shape: every document here must print, whole, with status 0, in
// bounded time and memory. Peak memory is measured with /usr/bin/time when
// the machine has it (the assertion is skipped otherwise).

/** Far above what article needs (the 100 MB file below peaks at about 470 MB), far below the machine's 24 GB. */
const memoryLimitMb = 1536;

const temp = temporaryFolder('limits');
const { write } = temp;

function expectBoundedMemory(result: MeasuredRun): void {
  if (gnuTime === undefined) return;
  expect(result.peakMb).toBeDefined();
  expect(result.peakMb ?? Infinity).toBeLessThan(memoryLimitMb);
}

function lines(stdout: string): string[] {
  return stdout.replace(/\n$/, '').split('\n');
}

/** No line wider than the width, but a single word longer than it, which has nowhere to break. */
function expectWithin(stdout: string, width: number): void {
  // A loop, not Math.max(...): 300,000 arguments would overflow the stack.
  let widest = 0;
  for (const line of lines(stdout)) {
    if (!/\S\s+\S/.test(line)) continue;
    widest = Math.max(widest, stringWidth(line));
  }
  expect(widest).toBeLessThanOrEqual(width);
}

/** Runs `article --plain -w 80 -f <file>` on a generated document and checks the common promises. */
async function printAt80(name: string, text: string, timeout = 30_000): Promise<MeasuredRun> {
  const result = await runMeasured(['-f', write(name, text), '--plain', '-w', '80'], {
    stdout: 'collect',
    timeout,
  });
  expectClean(result);
  expectBoundedMemory(result);
  expectWithin(result.stdout, 80);
  return result;
}

describe('a 100 MB document', () => {
  it('prints to /dev/null with status 0, in bounded memory', async () => {
    const path = join(temp.path, 'big.md');
    try {
      const size = writeBigMarkdown(path, 100 * 1024 * 1024);
      expect(size).toBeGreaterThanOrEqual(100 * 1024 * 1024);
      const result = await runMeasured(['-f', path, '--plain'], {
        stdout: 'null',
        timeout: 120_000,
      });
      expectClean(result);
      expectBoundedMemory(result);
    } finally {
      rmSync(path, { force: true });
    }
  }, 150_000);
});

describe('a 1 MB line without spaces', () => {
  it('prints the word whole, on a line of its own', async () => {
    const word = `${'abcdefghij'.repeat(104_857)}END`;
    const result = await runMeasured(
      ['-f', write('long-line.md', `Before.\n\n${word}\n`), '--plain', '-w', '80'],
      {
        stdout: 'collect',
        timeout: 30_000,
      },
    );
    expectClean(result);
    expectBoundedMemory(result);
    // A word wider than the width is not cut: it overflows its line, whole.
    expect(result.stdout).toBe(`Before.\n\n${word}\n`);
  });
});

// Blocks nested deeper than 100 levels are shown as their Markdown source in
// an indented code block (marked and every later stage walk tokens
// recursively); the source is cut at the width like any code.
describe('deep nesting', () => {
  it('10,000 nested list markers on one line', async () => {
    const result = await printAt80('list-markers.md', `${'- '.repeat(10_000)}item\n`);
    expect(result.stdout.trimEnd()).toMatch(/ item$/);
    // The source, cut at the width: every marker is there.
    expect(result.stdout.match(/-/g)).toHaveLength(10_000);
  });

  it('1,000 lists nested by indentation', async () => {
    const source = Array.from(
      { length: 1000 },
      (_, level) => `${'  '.repeat(level)}- level${level}\n`,
    );
    const result = await printAt80('list-indent.md', source.join(''), 60_000);
    // Cutting 2,000 columns of indentation at 80 cuts some labels too: the first and last are whole.
    expect(result.stdout).toMatch(/^ {4}- level0$/m);
    expect(result.stdout).toMatch(/- level999$/m);
  });

  it('10,000 nested quotes', async () => {
    const result = await printAt80('quotes.md', `${'> '.repeat(10_000)}deep\n`);
    expect(result.stdout.trimEnd()).toMatch(/ deep$/);
    expect(result.stdout.match(/>/g)).toHaveLength(10_000);
  });

  it('10,000 nested emphasis, as one run of asterisks and as separate openers', async () => {
    const run = await printAt80(
      'emphasis-run.md',
      `${'*'.repeat(10_000)}deep${'*'.repeat(10_000)}\n`,
    );
    expect(run.stdout).toMatch(/\*deep\*/);
    expect(run.stdout.match(/\*/g)).toHaveLength(20_000);
    // `*a *a *a … deep … a* a* a*`: each opener starts another level.
    const openers = await printAt80(
      'emphasis-openers.md',
      `${'*a '.repeat(10_000)}deep${' a*'.repeat(10_000)}\n`,
      60_000,
    );
    expect(openers.stdout.replace(/\s+/g, ' ')).toContain('deep');
  });
});

// Nesting over many lines is measured in the source before marked sees it (src/markdown/block-scan.ts):
// marked's memory grows with depth times size, and these took gigabytes, or crashed, before.
describe('deep nesting over many lines', () => {
  /** Lines of the source shown, each with its one x (long ones wrap, as code does). */
  const quoteLines = (text: string) => text.match(/x/g)?.length ?? 0;

  it('400 lines of 5,000 quote markers (2 MB)', async () => {
    const source = `${'>'.repeat(5000)} x\n`.repeat(400);
    const result = await printAt80('quote-lines.md', source, 60_000);
    // Shown as source, as an indented code block.
    expect(quoteLines(result.stdout)).toBe(400);
  }, 90_000);

  it('2,000 quote levels, one more per line', async () => {
    const source = Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i + 1)} x\n`).join('');
    const result = await printAt80('quote-levels.md', source, 60_000);
    expect(quoteLines(result.stdout)).toBe(2000);
  }, 90_000);

  it('2,000 list levels by indentation (4 MB), bullets and ordered', async () => {
    for (const marker of ['-', '1.']) {
      const source = Array.from(
        { length: 2000 },
        (_, level) => `${'  '.repeat(level)}${marker} level${level}\n`,
      ).join('');
      const result = await printAt80('list-levels.md', source, 60_000);
      expect(result.stdout).toContain(`${marker} level0`);
    }
  }, 120_000);

  it('4 MB of lines 99 levels deep, short of the limit', async () => {
    const result = await printAt80('costly.md', `${'>'.repeat(99)} x\n`.repeat(40_000), 60_000);
    expect(quoteLines(result.stdout)).toBe(40_000);
  }, 90_000);
});

// marked's emphasis is quadratic in the number of `*` and `_` of a run (src/emphasis-guard.ts).
describe('a 1 MB line of emphasis delimiters', () => {
  it.each(['_a', '*a', 'a*', '`a'])(
    'of %s, prints with its text',
    async (unit) => {
      const line = `${unit.repeat(512 * 1024)}END`;
      const result = await runMeasured(
        ['-f', write('delimiters.md', `Before.\n\n${line}\n`), '--plain', '-w', '80'],
        { stdout: 'collect', timeout: 60_000 },
      );
      expectClean(result);
      expectBoundedMemory(result);
      if (unit === '`a') {
        // Code spans take the backticks; every letter is there.
        expect(result.stdout.match(/a/g)).toHaveLength(512 * 1024);
        expect(result.stdout).toContain('END');
      } else {
        // Shown as written: too many delimiters for emphasis.
        expect(result.stdout).toBe(`Before.\n\n${line}\n`);
      }
    },
    90_000,
  );
});

describe('many and wide', () => {
  it('100,000 headings: --list counts them all', async () => {
    const source = Array.from({ length: 100_000 }, (_, i) => `## Heading ${i + 1}\n\ntext\n\n`);
    const path = write('headings.md', `# Many headings\n\n${source.join('')}`);
    const list = await runMeasured(['-f', path, '--list', '-w', '80'], {
      stdout: 'collect',
      timeout: 60_000,
    });
    expectClean(list);
    expectBoundedMemory(list);
    expectWithin(list.stdout, 80);
    expect(list.stdout.trimEnd().split('\n').at(-1)).toMatch(/^100000 sections, /);
    // Short titles share their line with the id and counts: only titles that must be cut are stacked.
    expect(list.stdout).toMatch(/^100000 +Heading 100000 +heading-100000 +3 words +1 min$/m);
    // And the whole document prints.
    const text = await runMeasured(['-f', path, '--plain'], { stdout: 'collect', timeout: 60_000 });
    expectClean(text);
    expect(text.stdout.match(/^Heading \d+$/gm)).toHaveLength(100_000);
  });

  it('a table with 1,000 columns', async () => {
    const columns = Array.from({ length: 1000 }, (_, i) => i);
    const table = [
      `| ${columns.map((i) => `head${i}`).join(' | ')} |`,
      `|${columns.map(() => '---').join('|')}|`,
      `| ${columns.map((i) => `one${i}`).join(' | ')} |`,
      `| ${columns.map((i) => `two${i}`).join(' | ')} |`,
    ].join('\n');
    const result = await printAt80('wide-table.md', `${table}\n`);
    const words = new Set(result.stdout.split(/[\s│─┌┐└┘├┤┬┴┼:]+/));
    for (const i of columns) {
      for (const prefix of ['head', 'one', 'two']) expect(words.has(`${prefix}${i}`)).toBe(true);
    }
  });
});
