import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamedFrom } from '../../src/cli/run.ts';
import { markdownSample } from '../helpers/big-markdown.ts';
import { articleBin, runArticle } from '../helpers/run.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/*
 * A regular file of streamedFrom bytes or more is printed without holding its
 * text: read once for its definitions, then again as it is printed. Standard
 * input is read whole, as every document was before: the same bytes through
 * both must print the same.
 */

const folder = temporaryFolder('big-files');

/**
 * A document past the size, with what reading it in two passes must get
 * right: front matter, references to links and footnotes defined only at its
 * end, code fences holding lines that look like definitions, a CRLF line end.
 */
function bigDocument(extra = ''): string {
  const part = (n: number) =>
    [
      markdownSample(n),
      `See [the guide][guide] and [the other one][Other], a note[^n${n % 7}] and [^undefined].`,
      '```markdown\n[guide]: https://example.com/not-this-one\n\n[^n1]: not this note\n```',
      `Line ${n} ends in CRLF\r\nand goes on.${extra}`,
    ].join('\n\n');
  const parts: string[] = [];
  for (let n = 1, size = 0; size < streamedFrom * 1.3; n++) {
    parts.push(part(n));
    size += parts.at(-1)?.length ?? 0;
  }
  const notes = Array.from({ length: 7 }, (_, n) => `[^n${n}]: Note ${n}, with [a link][guide].`);
  return [
    '---\ntitle: A big document\nauthor: Someone\n---\n',
    ...parts,
    '[guide]: https://example.com/guide "The guide"',
    '[other]: <https://example.com/other>',
    ...notes,
  ].join('\n\n');
}

/** The same bytes as a file and through standard input, with these options. */
function bothWays(path: string, options: readonly string[]) {
  const fromFile = runArticle(['--file', path, ...options]);
  const fromInput = runArticle(['--file', '-', ...options], { input: readFileSync(path) });
  return { fromFile, fromInput };
}

describe('a file big enough to be streamed', () => {
  let big = '';
  beforeAll(() => {
    big = folder.write('big.md', bigDocument());
  });

  it('prints the same text as the whole document read at once, plain and in colour', () => {
    for (const options of [['--plain'], ['--color', 'always', '--width', '60']]) {
      const { fromFile, fromInput } = bothWays(big, options);
      expect(fromFile.stderr).toBe('');
      expect(fromFile.status).toBe(0);
      expect(fromFile.stdout.length).toBeGreaterThan(streamedFrom);
      expect(fromFile.stdout === fromInput.stdout).toBe(true);
    }
    // The definitions at the end reached the references before them, the ones in code did not count.
    const printed = runArticle(['--file', big, '--plain', '--links', 'inline']).stdout;
    expect(printed).toContain('the guide (https://example.com/guide)');
    expect(printed).not.toContain('not-this-one)');
    expect(printed).toMatch(/a note\[1\]/);
  });

  it('prints the same when it links to its own sections, which are then found first', () => {
    const linking = folder.write('linking.md', bigDocument(' Back to [part 1](#part-1).'));
    const { fromFile, fromInput } = bothWays(linking, ['--plain']);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout === fromInput.stdout).toBe(true);
  });

  it('ends quietly with status 0 when the reader closes the pipe', () => {
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${articleBin}" -f "${big}" -p | head -1; exit "\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toBe('A big document\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses a binary file in one line before printing anything, wherever its NUL byte is', () => {
    const binary = join(folder.path, 'binary.md');
    writeFileSync(binary, `${bigDocument()}\0`);
    const result = runArticle(['--file', binary, '--plain']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `article: ${binary}: binary file (contains NUL bytes), not Markdown\n`,
    );
    expect(result.status).toBe(1);
  });
});
