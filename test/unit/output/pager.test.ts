import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRun, measureHeight } from '../../../src/output/pager.ts';

/** Whether the texts make more rows than a screen of `rows` x `columns`, and that none is lost. */
function measure(texts: string[], rows: number, columns?: number): boolean {
  const { fits, rest } = measureHeight(texts, { rows, columns });
  expect([...rest]).toEqual(texts);
  return fits;
}

describe('measureHeight', () => {
  it('counts a line per newline when every line fits the width', () => {
    expect(measure(['a\nb\nc\n'], 4, 80)).toBe(true);
    expect(measure(['a\nb\nc\nd\n'], 4, 80)).toBe(false);
  });

  it('counts a line wider than the screen as the rows the terminal wraps it onto', () => {
    // 3 lines, but the first takes 3 rows of 80: 5 rows.
    const long = `${'x'.repeat(200)}\nb\nc\n`;
    expect(measure([long], 6, 80)).toBe(true);
    expect(measure([long], 5, 80)).toBe(false);
    // A line exactly as wide as the screen takes one row.
    expect(measure([`${'x'.repeat(80)}\nb\n`], 3, 80)).toBe(true);
  });

  it('counts wide characters as two cells and escape sequences as none', () => {
    // 45 wide characters are 90 cells: two rows of 80.
    expect(measure([`${'東'.repeat(45)}\n`], 2, 80)).toBe(false);
    expect(measure([`${'東'.repeat(40)}\n`], 2, 80)).toBe(true);
    // 80 cells of text in colour, with a hyperlink: one row, however long the escapes.
    const coloured = `\u001b[31m${'x'.repeat(70)}\u001b[0m \u001b]8;;https://example.org\u0007link\u001b]8;;\u0007 end\n`;
    expect(measure([coloured], 2, 80)).toBe(true);
  });

  it('measures a line that texts cut apart as one line', () => {
    // 100 cells on two rows, then b: three rows, which leave no row on a screen of three.
    expect(measure(['x'.repeat(50), `${'x'.repeat(50)}\n`, 'b\n'], 4, 80)).toBe(true);
    expect(measure(['x'.repeat(50), `${'x'.repeat(50)}\n`, 'b\n'], 3, 80)).toBe(false);
  });

  it('counts a line per newline when the width is unknown', () => {
    expect(measure([`${'x'.repeat(500)}\n`], 2)).toBe(true);
    expect(measure([`${'x'.repeat(500)}\n`], 2, 0)).toBe(true);
  });

  it('stops taking texts once the screen is full', () => {
    let taken = 0;
    function* texts(): Generator<string> {
      for (let i = 0; i < 100; i++) {
        taken++;
        yield 'line\n';
      }
    }
    const { fits, rest } = measureHeight(texts(), { rows: 10, columns: 80 });
    expect(fits).toBe(false);
    expect(taken).toBe(10);
    expect([...rest]).toHaveLength(100);
  });
});

describe('canRun', () => {
  let dir: string;
  let env: { PATH: string };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'article-can-run-'));
    writeFileSync(join(dir, 'pager'), '#!/bin/sh\ncat\n');
    chmodSync(join(dir, 'pager'), 0o755);
    writeFileSync(join(dir, 'not-executable'), 'text');
    mkdirSync(join(dir, 'folder'));
    chmodSync(join(dir, 'folder'), 0o755);
    env = { PATH: dir };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a plain command on the PATH, or by its path', () => {
    expect(canRun('pager -R', env)).toBe(true);
    expect(canRun(join(dir, 'pager'), env)).toBe(true);
    expect(canRun('no-such-pager -R', env)).toBe(false);
    expect(canRun('not-executable', env)).toBe(false);
  });

  it('refuses a folder, which can be searched but not run', () => {
    expect(canRun('folder', env)).toBe(false);
    expect(canRun(join(dir, 'folder'), env)).toBe(false);
  });

  it('looks past NAME=value in a shell command line, as the shell does', () => {
    expect(canRun('LESS=-R pager', env)).toBe(true);
    expect(canRun('A=1 B=2 pager | tee x', env)).toBe(true);
    expect(canRun('LESS=-R no-such-pager', env)).toBe(false);
  });

  it('leaves a program that only the shell can tell to the shell', () => {
    expect(canRun('"$HOME/bin/pager" -R', env)).toBe(true);
  });
});
