import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { expectClean, expectOneLineError, runMeasured } from '../helpers/measure.ts';
import { runInTerminal } from '../helpers/pty.ts';
import { articleBin, root, runArticle } from '../helpers/run.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

// Encodings and odd files. pipe.test.ts already covers: a UTF-8 byte order
// mark with CRLF on standard input, invalid UTF-8 in a paragraph (U+FFFD), an
// empty file, a missing file, a directory, a binary file and a file without
// read permission (as nobody, when the tests run as root). These tests add
// what it leaves out.

const temp = temporaryFolder('inputs');
const { write } = temp;

/** Text beyond ASCII and beyond the BMP, so that a wrong decoding cannot pass by accident. */
const sample =
  '# Überschrift 日本語\n\nText with é, “quotes” and 😀.\n\n## Zweiter Teil\n\nMehr.\n';
const sampleText = 'Überschrift 日本語\n==================\n\nText with é, “quotes” and 😀.\n';

function utf16(text: string, order: 'le' | 'be', bom = true): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

describe('encodings', () => {
  it.each(['le', 'be'] as const)('reads UTF-16%s with a byte order mark', (order) => {
    const path = write(`utf16${order}.md`, utf16(sample, order));
    const result = runArticle(['-f', path, '--plain']);
    expectClean(result);
    expect(result.stdout.startsWith(sampleText)).toBe(true);
    expect(result.stdout).not.toContain('\ufffd');
    const list = JSON.parse(runArticle(['-f', path, '--list', '--json']).stdout);
    expect(list.title).toBe('Überschrift 日本語');
    expect(list.sections.map((section: { title: string }) => section.title)).toEqual([
      'Introduction',
      'Zweiter Teil',
    ]);
  });

  it('reads UTF-16 with a byte order mark from standard input too', () => {
    const result = runArticle(['-f', '-', '--plain'], { input: utf16(sample, 'be') });
    expectClean(result);
    expect(result.stdout.startsWith(sampleText)).toBe(true);
  });

  it('refuses UTF-16 without a byte order mark as a binary file: exit 1, one line', () => {
    const path = write('utf16-no-bom.md', utf16(sample, 'le', false));
    const result = runArticle(['-f', path]);
    expectOneLineError(result, 1, /utf16-no-bom\.md: binary file/);
    expect(result.stdout).toBe('');
  });

  it('splits lines at lone CR line ends (old Mac files)', () => {
    const text =
      '# Title\r\rIntro.\r\r## One\r\r- a\r- b\r\r```\rline1\rline2\r```\r\r## Two\r\rEnd.\r';
    const path = write('cr.md', text);
    const result = runArticle(['-f', path, '--plain']);
    expectClean(result);
    expect(result.stdout).not.toContain('\r');
    expect(result.stdout).toContain('• a\n• b');
    expect(result.stdout).toContain('    line1\n    line2');
    const list = JSON.parse(runArticle(['-f', path, '--list', '--json']).stdout);
    expect(list.title).toBe('Title');
    expect(list.sections.map((section: { id: string }) => section.id)).toEqual([
      'introduction',
      'one',
      'two',
    ]);
  });

  it('shows invalid UTF-8 in a heading and a sequence cut off at the end of the file as U+FFFD', () => {
    const path = write(
      'bad-utf8.md',
      Buffer.concat([
        Buffer.from('# Bad '),
        Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), // never valid; C0 AF is an overlong '/'
        Buffer.from(' title\n\nThe end: '),
        Buffer.from([0xe6, 0x97]), // the first two bytes of 日 (E6 97 A5)
      ]),
    );
    const result = runArticle(['-f', path, '--plain']);
    expectClean(result);
    expect(result.stdout).toMatch(/^Bad \ufffd+ title\n/);
    expect(result.stdout.trimEnd()).toMatch(/The end: \ufffd$/);
    expect(result.stdout).not.toContain('/');
    expect(JSON.parse(runArticle(['-f', path, '--json']).stdout).title).toMatch(
      /^Bad \ufffd+ title$/,
    );
  });

  it('decodes standard input whole: characters split between pipe reads stay intact', () => {
    // 300,000 two-byte and four-byte characters arrive in 64 KB reads that cut through them.
    const text = `# Big\n\n${'é😀 '.repeat(100_000)}\n`;
    const result = runArticle(['-f', '-', '--plain', '-w', '0'], { input: text });
    expectClean(result);
    expect(result.stdout).not.toContain('\ufffd');
    expect(result.stdout.match(/é😀/g)).toHaveLength(100_000);
  });
});

describe('Chinese and Japanese written without spaces', () => {
  const paragraph =
    '这是一个很长的中文段落没有空格它应该在宽度处换行但是现在不会换行所以一行很长。'.repeat(3);
  const text = `# 中文\n\n${paragraph}\n\n- ${paragraph}\n\n> 日本語のテキストです。${paragraph}\n`;

  it('wraps at the width in cells, a wide character counting two', () => {
    const path = write('cjk.md', text);
    const result = runArticle(['-f', path, '-p', '-w', '30']);
    expectClean(result);
    const widths = result.stdout.split('\n').map((line) => stringWidth(line));
    expect(Math.max(...widths)).toBeLessThanOrEqual(30);
    expect(widths.filter((width) => width >= 28).length).toBeGreaterThan(10);
  });

  it('counts its words, not one per paragraph', () => {
    const path = write('cjk-words.md', text);
    const list = JSON.parse(runArticle(['-f', path, '--list', '--json']).stdout);
    expect(list.words).toBeGreaterThan(3 * 15);
  });
});

describe('front matter that is not YAML', () => {
  it('warns with the line on standard error, for standard input too, and not for good YAML', () => {
    const text = '---\ntitle: fine\nnotice: "unclosed\n---\nBody.\n';
    const result = runArticle(['-f', '-', '--list', '--json'], { input: text });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'article: standard input: front matter is not valid YAML (line 3); shown as text\n',
    );
    expect(JSON.parse(result.stdout).title).toBe('standard input');
    const good = runArticle(['-f', '-'], { input: '---\ntitle: Fine\n---\nBody.\n' });
    expectClean(good);
  });

  it('is shown as Markdown: status 0, the block visible, the first heading the title', () => {
    const path = write('bad-yaml.md', '---\ntitle: [unclosed\n---\n# Real title\n\ntext\n');
    const result = runArticle(['-f', path, '--plain']);
    expect(result.status).toBe(0);
    // One line on standard error says why the block is there.
    expect(result.stderr).toBe(
      `article: ${path}: front matter is not valid YAML (line 2); shown as text\n`,
    );
    // The opening --- is a rule and `title: [unclosed` over the closing --- a setext heading.
    expect(result.stdout).toContain('title: [unclosed');
    expect(result.stdout).toContain('Real title\n==========');
    expect(result.stdout).toContain('text');
    const list = JSON.parse(runArticle(['-f', path, '--list', '--json']).stdout);
    expect(list.title).toBe('Real title');
    expect(list.sections.map((section: { title: string }) => section.title)).toContain(
      'title: [unclosed',
    );
  });
});

describe('files that are not regular files', () => {
  it('reads a FIFO to its end', async () => {
    const fifo = join(temp.path, 'fifo.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer blocks until article opens the FIFO, writes, pauses, writes again and closes it:
    // article must read to the end of the stream, not just what is there at first.
    const writerScript =
      'const fs = require("node:fs"); const fd = fs.openSync(process.argv[1], "w");' +
      'fs.writeSync(fd, "# From a FIFO\\n\\nfirst part, "); setTimeout(() => {' +
      'fs.writeSync(fd, "second part.\\n"); fs.closeSync(fd); }, 300);';
    const writer = spawn(process.execPath, ['-e', writerScript, fifo], { stdio: 'ignore' });
    const written = new Promise((resolve) => writer.once('close', resolve));
    const result = await runMeasured(['-f', fifo, '--plain'], {
      stdout: 'collect',
      timeout: 10_000,
    });
    expect(await written).toBe(0);
    expectClean(result);
    expect(result.stdout).toBe('From a FIFO\n===========\n\nfirst part, second part.\n');
  });

  it('reads /dev/null as an empty document', () => {
    const result = runArticle(['-f', '/dev/null']);
    expectClean(result);
    expect(result.stdout).toBe('');
  });

  // /dev/zero never ends and is all NUL bytes: a binary file from its first
  // byte. Reading it whole first grew the memory by 350 MB a second; article
  // now stops at the first NUL.
  it('refuses /dev/zero as a binary file without reading it to the end', async () => {
    const result = await runMeasured(['-f', '/dev/zero'], { stdout: 'collect', timeout: 3_000 });
    expectOneLineError(result, 1, /binary file/);
  });
});

describe('standard input as the file', () => {
  it('refuses a terminal at once: exit 1 and one line saying so', async () => {
    const started = performance.now();
    const result = await runInTerminal(['-f', '-'], { timeout: 10_000 });
    // In a terminal standard output and standard error are the same device: this is all of it.
    expect(result.raw).toBe(
      'article: --file -: standard input is a terminal; pipe a Markdown file into it\r\n',
    );
    expect(result.exitCode).toBe(1);
    // It did not wait for input (the run has no input to give).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads standard input spawned as ignored (/dev/null) as an empty document', () => {
    const result = spawnSync(process.execPath, [articleBin, '-f', '-'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 10_000,
    });
    expectClean(result);
    expect(result.stdout).toBe('');
  });

  it('says standard input is closed (0<&-), which Node reopens on /dev/null for reading and writing', () => {
    const result = spawnSync(
      'bash',
      ['-c', '"$0" "$1" -f - 0<&-; echo "status $?" >&2', process.execPath, articleBin],
      { cwd: root, encoding: 'utf8', timeout: 10_000 },
    );
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'article: --file -: standard input is closed; pipe a Markdown file into it\nstatus 1\n',
    );
  });

  it('reads standard input from /dev/null as an empty document: nothing, status 0', () => {
    const result = spawnSync(
      'bash',
      ['-c', '"$0" "$1" -f - < /dev/null; echo "status $?" >&2', process.execPath, articleBin],
      { cwd: root, encoding: 'utf8', timeout: 10_000 },
    );
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('status 0\n');
  });
});

describe('file paths pipe.test.ts does not try', () => {
  it.each<[string, () => string, RegExp]>([
    [
      'a dangling symbolic link',
      () => {
        const link = join(temp.path, 'dangling.md');
        symlinkSync(join(temp.path, 'nowhere.md'), link);
        return link;
      },
      /dangling\.md: no such file/,
    ],
    [
      'a symbolic link to a directory',
      () => {
        mkdirSync(join(temp.path, 'real-folder'), { recursive: true });
        const link = join(temp.path, 'folder-link.md');
        symlinkSync(join(temp.path, 'real-folder'), link);
        return link;
      },
      /folder-link\.md: is a directory/,
    ],
    [
      'a path through a file',
      () => join(write('plain-file.md', '# x\n'), 'inside.md'),
      /plain-file\.md\/inside\.md: no such file \(a part of the path is not a directory\)\n$/,
    ],
  ])('%s: exit 1, one line', (_name, makePath, pattern) => {
    const result = runArticle(['-f', makePath()]);
    expectOneLineError(result, 1, pattern);
    expect(result.stdout).toBe('');
  });

  it('an empty path is a usage error: exit 2, one line', () => {
    const result = runArticle(['-f', '']);
    expectOneLineError(result, 2, /^article: --file needs a path \(- for standard input\)/);
  });
});
