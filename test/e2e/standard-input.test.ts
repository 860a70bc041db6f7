import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBin, root, testEnvironment } from '../helpers/run.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

// Standard input that is neither a pipe nor a terminal, given to `--file -`
// as the shell gives it: an open file descriptor 0 of the kind named.

const temp = temporaryFolder('stdin');

/** Runs `article -f -` with file descriptor 0 opened on `path`, as `< path` does. */
function runWithInput(path: string) {
  const input = openSync(path, 'r');
  try {
    return spawnSync(process.execPath, [articleBin, '-f', '-', '--plain'], {
      cwd: root,
      env: testEnvironment(),
      stdio: [input, 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 10_000,
    });
  } finally {
    closeSync(input);
  }
}

describe('--file - with standard input', () => {
  it('a directory: says so on one line, status 1', () => {
    const result = runWithInput(temp.path);
    expect(result.stderr).toBe(
      'article: --file -: standard input is a directory, not a Markdown file\n',
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
  });

  it('a regular file: reads it', () => {
    const file = join(temp.path, 'input.md');
    writeFileSync(file, '# Title\n\nText.\n');
    const result = runWithInput(file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Text.');
    expect(result.status).toBe(0);
  });
});
