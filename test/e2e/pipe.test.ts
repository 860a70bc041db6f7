import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { plainLayout } from '../helpers/plain-layout.ts';
import { articleBin, type RunResult, root, runArticle, testEnvironment } from '../helpers/run.ts';

const golden = (name: string) => `../golden/${name}`;

/**
 * How to run a command as the unprivileged nobody user when the tests run as
 * root: setpriv (util-linux), else runuser; nothing needed when not root, and
 * undefined (the test is skipped) when neither exists.
 */
const withoutRoot: readonly string[] | undefined = (() => {
  if (process.getuid?.() !== 0) return [];
  const nobody = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  if (spawnSync('setpriv', [...nobody, 'true']).status === 0) return ['setpriv', ...nobody];
  if (spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0)
    return ['runuser', '-m', '-u', 'nobody', '--'];
  return undefined;
})();

/**
 * Runs the built article as that user, from a copy in `open` (a folder the user
 * can read): the clone itself may sit where nobody cannot reach it.
 */
function runWithoutRoot(args: readonly string[], open: string): RunResult {
  const copy = join(open, 'article');
  if (!existsSync(copy)) {
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  }
  const [command = process.execPath, ...prefix] = [...(withoutRoot ?? []), process.execPath];
  const result = spawnSync(command, [...prefix, join(copy, 'bin', 'article.cjs'), ...args], {
    env: {
      ...testEnvironment(),
      HOME: open,
      XDG_CACHE_HOME: join(open, 'cache'),
      XDG_CONFIG_HOME: join(open, 'config'),
    },
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
const articleMarkdown = readFileSync(join(root, 'content/article.md'), 'utf8');
const articleBody = articleMarkdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-pipe-'));
});

function expectOneLineError(result: { stderr: string; stdout: string }, pattern: RegExp) {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^article: [^\n]*\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('the bundled article in a pipe (golden files)', () => {
  it('prints formatted plain text at 80 columns, without one escape byte', async () => {
    const { stdout, status } = runArticle([]);
    expect(status).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    await expect(stdout).toMatchFileSnapshot(golden('article.txt'));
  });

  it('keeps every word of the article, in order', () => {
    const { stdout } = runArticle(['--plain', '--no-notice']);
    const printed = stdout.split(/\s+/).filter(Boolean);
    const source = articleBody.replace(/^## /gm, '').split(/\s+/).filter(Boolean);
    let at = 0;
    for (const word of source) {
      at = printed.indexOf(word, at);
      expect(at, `'${word}' missing or out of order`).toBeGreaterThanOrEqual(0);
      at++;
    }
  });

  it('prints colour when asked, with the same layout', async () => {
    const coloured = runArticle(['--color', 'always']).stdout;
    expect(coloured).toContain('\u001b[');
    expect(plainLayout(coloured)).toBe(plainLayout(runArticle([]).stdout));
    await expect(coloured).toMatchFileSnapshot(golden('article.ansi'));
  });

  it('prints the Markdown body unchanged', async () => {
    const { stdout } = runArticle(['--format', 'markdown']);
    expect(stdout).toBe(articleBody);
    await expect(stdout).toMatchFileSnapshot(golden('article.md'));
  });

  it('prints JSON', async () => {
    const { stdout } = runArticle(['--json']);
    const data = JSON.parse(stdout);
    expect(data.title).toBeTruthy();
    expect(data.notice).toMatch(/findahelpline\.com/);
    expect(data.words).toBe(549);
    expect(data.sections.map((section: { number: string }) => section.number)).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(runArticle(['--format', 'json']).stdout).toBe(stdout);
    expect(runArticle(['--format', 'json', '--json']).stdout).toBe(stdout);
    await expect(stdout).toMatchFileSnapshot(golden('article.json'));
  });

  it('lists the sections', async () => {
    const { stdout } = runArticle(['--list']);
    expect(stdout).toMatch(/^1 +Introduction +86 words +1 min$/m);
    expect(stdout).toContain('3 sections, 549 words, 3 min read');
    await expect(stdout).toMatchFileSnapshot(golden('list.txt'));
    await expect(runArticle(['--list', '--json']).stdout).toMatchFileSnapshot(golden('list.json'));
    await expect(runArticle(['--list', '--format', 'markdown']).stdout).toMatchFileSnapshot(
      golden('list.md'),
    );
  });

  it('never cuts an id in the list, however narrow', () => {
    const ids = JSON.parse(runArticle(['--list', '--json']).stdout).sections.map(
      (section: { id: string }) => section.id,
    );
    for (const width of ['20', '30', '42', '50', '60']) {
      const lines = runArticle(['--list', '-w', width]).stdout.split('\n');
      for (const id of ids)
        expect(
          lines.map((line) => line.trim()),
          `-w ${width}`,
        ).toContain(id);
      for (const line of lines.filter((line) => line.length > Number(width)))
        expect(ids, `-w ${width}: ${line}`).toContain(line.trim());
    }
  });

  it('prints one section by number, id or title, without the notice', async () => {
    const byNumber = runArticle(['2', '-w', '60']).stdout;
    expect(byNumber.startsWith('Season 2 will not be affected by backlash\n---')).toBe(true);
    expect(byNumber).not.toContain('findahelpline');
    expect(runArticle(['season-2-will-not-be-affected-by-backlash', '-w', '60']).stdout).toBe(
      byNumber,
    );
    expect(runArticle(['SEASON 2 WILL', '-w', '60']).stdout).toBe(byNumber);
    await expect(byNumber).toMatchFileSnapshot(golden('section-2-w60.txt'));
  });

  it('prints the Markdown of several sections one blank line apart', () => {
    const { stdout } = runArticle(['--format', 'markdown', '1', '3']);
    const third = articleBody.slice(articleBody.indexOf('## Katherine'));
    expect(stdout.endsWith(`${third.trimEnd()}\n`)).toBe(true);
    expect(stdout).toContain(
      'regardless of the ongoing concern about the nature of the show.\n\n## Katherine',
    );
    expect(stdout).not.toMatch(/\n\n\n/);
    expect(runArticle(['--format', 'markdown', '3', '1']).stdout).not.toMatch(/\n\n\n|\n\n$/);
  });

  it('prints several sections in the order given', () => {
    const { stdout } = runArticle(['3', 'introduction']);
    expect(stdout.indexOf('Katherine Langford and Dylan')).toBeLessThan(
      stdout.indexOf('Introduction'),
    );
  });

  it('ends the whole article with the notice unless --no-notice', () => {
    expect(runArticle([]).stdout.trimEnd()).toMatch(/emergency number\.$/);
    expect(runArticle(['--no-notice']).stdout).not.toContain('findahelpline');
    // In the data too: null, as for a document without one.
    expect(JSON.parse(runArticle(['--json', '--no-notice']).stdout).notice).toBeNull();
    expect(JSON.parse(runArticle(['--list', '--json', '--no-notice']).stdout).notice).toBeNull();
  });

  it('follows NO_COLOR and FORCE_COLOR, and flags win over both', () => {
    expect(runArticle([], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runArticle([], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(
      '\u001b',
    );
    expect(runArticle(['--color=always'], { env: { NO_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runArticle(['--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(
      '\u001b',
    );
    expect(runArticle(['-p'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b');
    // chalk alone would read `--color never` (with a space) as a request for colour.
    expect(runArticle(['--color', 'never'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(
      '\u001b',
    );
  });

  it('lets the last of --color, --no-color and -p win, whatever their order', () => {
    const coloured = (args: string[]) => runArticle([...args, '2']).stdout.includes('\u001b[');
    expect(coloured(['-p', '--color', 'always'])).toBe(true);
    expect(coloured(['--plain', '--color=always'])).toBe(true);
    expect(coloured(['--no-color', '--color', 'always'])).toBe(true);
    expect(coloured(['--color', 'always', '-p'])).toBe(false);
    expect(coloured(['--color', 'always', '--no-color'])).toBe(false);
    expect(coloured(['--color', 'always', '--plain', '--no-color'])).toBe(false);
  });

  it('wraps at --width and not at all with 0', () => {
    const at40 = runArticle(['-w', '40']).stdout.split('\n');
    expect(Math.max(...at40.map((line) => line.length))).toBeLessThanOrEqual(40);
    const unwrapped = runArticle(['-w', '0']).stdout.split('\n');
    expect(Math.max(...unwrapped.map((line) => line.length))).toBeGreaterThan(300);
  });

  it('shows help with examples, and the version', async () => {
    const help = runArticle(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    // Every change to the options or examples is a visible diff.
    await expect(help.stdout).toMatchFileSnapshot(golden('help.txt'));
    expect(runArticle(['-V']).stdout.trim()).toBe(packageJson.version);
  });
});

describe('other Markdown files', () => {
  it('reads --file and standard input the same way, with CRLF and a byte order mark', () => {
    const text =
      '# Notes\n\nIntro.\n\n## One\n\nFirst.\n\n### One A\n\nDeeper.\n\n## Two\n\nSecond.\n';
    const path = join(dir, 'notes.md');
    writeFileSync(path, text);
    const list = runArticle(['--file', path, '--list', '--json']);
    const sections = JSON.parse(list.stdout).sections.map(
      (section: { number: string }) => section.number,
    );
    expect(sections).toEqual(['1', '2', '2.1', '3']);
    const fromStdin = runArticle(['-f', '-', '--list', '--json'], {
      input: Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(text.replace(/\n/g, '\r\n')),
      ]),
    });
    expect(JSON.parse(fromStdin.stdout).sections).toEqual(JSON.parse(list.stdout).sections);
    expect(runArticle(['-f', path, 'one', '--plain']).stdout).toBe(
      'One\n---\n\nFirst.\n\nOne A\n~~~~~\n\nDeeper.\n',
    );
  });

  it('shows invalid UTF-8 with replacement characters', () => {
    const path = join(dir, 'latin1.md');
    writeFileSync(path, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(runArticle(['-f', path]).stdout).toContain('caf\ufffd');
  });

  it('prints nothing for an empty document, and --list says there are no sections', () => {
    const path = join(dir, 'empty.md');
    writeFileSync(path, '');
    const result = runArticle(['-f', path]);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
    expect(runArticle(['-f', path, '--list']).stdout).toContain('No sections.');
  });

  it('never lets the document control the terminal', () => {
    const path = join(dir, 'hostile.md');
    writeFileSync(
      path,
      '# T\u001b]0;pwned\u0007\n\nText \u001b[2J\u009b31m [x](http://a\u001b[1m) `\u001b[5m`\n',
    );
    for (const args of [[], ['--color', 'always'], ['--list'], ['--list', '--color', 'always']]) {
      const { stdout } = runArticle(['-f', path, ...args]);
      expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/,
      );
      expect(stdout).toContain('^[');
    }
  });
});

describe('bad input: one line on stderr and the right status', () => {
  it('no such section: exit 1, suggestions, a hint to --list', () => {
    const result = runArticle(['seson']);
    expect(result.status).toBe(1);
    expectOneLineError(result, /^article: no section 'seson'; did you mean: 2 Season 2/);
    expect(result.stderr).toContain('article --list');
  });

  it('words of a title match whole words only; misspelt words get suggestions', () => {
    const on = runArticle(['on']);
    expect(on.status).toBe(1);
    expectOneLineError(on, /^article: no section 'on' \(see 'article --list'\)\n$/);
    const misspelt = runArticle(['dylan minette']);
    expect(misspelt.status).toBe(1);
    expectOneLineError(misspelt, /did you mean: 3 Katherine Langford and Dylan Minnette/);
  });

  it('several equally good matches: exit 1, listing them', () => {
    const path = join(dir, 'twins.md');
    writeFileSync(path, '## Notes on cats\n\na\n\n## Notes on dogs\n\nb\n');
    const result = runArticle(['-f', path, 'notes']);
    expect(result.status).toBe(1);
    expectOneLineError(result, /matches several sections: 1 Notes on cats; 2 Notes on dogs/);
  });

  it('an argument that names a file: says to use --file', () => {
    const result = runArticle(['package.json']);
    expect(result.status).toBe(1);
    expectOneLineError(result, /use --file package\.json/);
  });

  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['--formt', 'json'], /Did you mean --format\?/],
    [['--format', 'xml'], /--format/],
    [['--color', 'sometimes'], /--color/],
    [['-w', '19'], /--width must be 0 or a whole number of at least 20/],
    [['-w', 'wide'], /--width/],
    [['--file'], /--file/],
    [['--json', '--format', 'markdown'], /--json and --format markdown cannot be used together/],
    [['--format', 'text', '--json'], /--json and --format text cannot be used together/],
  ])('usage error %j: exit 2 with a hint to --help', (args, pattern) => {
    const result = runArticle(args);
    expect(result.status).toBe(2);
    expectOneLineError(result, pattern);
    expect(result.stderr).toContain('article --help');
  });

  it('unreadable files: exit 1', () => {
    const binary = join(dir, 'binary.md');
    writeFileSync(binary, Buffer.from([0x23, 0x20, 0x00, 0x01]));
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.md'), /missing\.md: no such file/],
      [folder, /folder: is a directory/],
      [binary, /binary\.md: binary file/],
    ];
    for (const [path, pattern] of cases) {
      const result = runArticle(['--file', path]);
      expect(result.status, path).toBe(1);
      expectOneLineError(result, pattern);
    }
  });

  // Root reads any file whatever its mode (and CI runs as root): there the run drops to nobody.
  it.skipIf(withoutRoot === undefined)('a file without read permission: exit 1', () => {
    const open = mkdtempSync(join(tmpdir(), 'article-unreadable-'));
    try {
      chmodSync(open, 0o755);
      const locked = join(open, 'locked.md');
      writeFileSync(locked, '# x\n');
      chmodSync(locked, 0o000);
      const result = runWithoutRoot(['--file', locked], open);
      expect(result.status).toBe(1);
      expectOneLineError(result, /^article: [^\n]*locked\.md: permission denied\n$/);
      // The same user reads the file once it may: the failure above is the permission's.
      chmodSync(locked, 0o644);
      expect(runWithoutRoot(['--file', locked, '-p'], open).stdout).toBe('x\n=\n');
    } finally {
      rmSync(open, { recursive: true, force: true });
    }
  });
});

describe('output', () => {
  it('ends quietly with status 0 when the reader closes the pipe', () => {
    const big = join(dir, 'big.md');
    writeFileSync(
      big,
      `# Big\n\n${'Some words in a paragraph that goes on. '.repeat(40)}\n\n`.repeat(2000),
    );
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${articleBin}" -f "${big}" | head -1; exit "\${PIPESTATUS[0]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toBe('Big\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('reports a full disk in one line with status 1', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${articleBin}" > /dev/full`], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('article: cannot write output: no space left on device\n');
  });
});

describe('the bundled article, parsed at build time', () => {
  it.each([
    [[]],
    [['--color', 'always']],
    [['--list']],
    [['--json']],
    [['--format', 'markdown']],
    [['2', '-w', '40']],
  ])('prints %j exactly as the same file read and parsed at run time', (args) => {
    const prepared = runArticle(args);
    expect(prepared.status).toBe(0);
    expect(runArticle(['--file', 'content/article.md', ...args])).toEqual(prepared);
  });
});
