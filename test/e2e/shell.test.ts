import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleBin, root, runArticle } from '../helpers/run.ts';
import { typedCompletion } from '../helpers/typed-completion.ts';

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

/** A folder with `article` on it, as after a global install. */
function pathWithArticle(): string {
  const bin = mkdtempSync(join(tmpdir(), 'article-bin-'));
  symlinkSync(articleBin, join(bin, 'article'));
  return `${bin}:${process.env.PATH}`;
}

/** The completions bash's completion function gives for a command line, as pressing Tab would. */
function bashComplete(words: string[]): string[] {
  return bashCompletion(words).words;
}

/** Runs bash's completion function on these words: what it puts in COMPREPLY, and any error. */
function bashCompletion(words: string[]): { words: string[]; stderr: string } {
  const script = runArticle(['completion', 'bash']).stdout;
  const program = `
    source /dev/stdin <<'SCRIPT'
${script}
SCRIPT
    COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')})
    COMP_CWORD=$((\${#COMP_WORDS[@]} - 1))
    _article
    printf '%s\\n' "\${COMPREPLY[@]}"
  `;
  const result = spawnSync('bash', ['-c', program], {
    cwd: root,
    encoding: 'utf8',
    env: {
      PATH: pathWithArticle(),
      HOME: process.env.HOME ?? '/tmp',
      XDG_CONFIG_HOME: '/nonexistent',
    },
  });
  return { words: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
}

/**
 * A folder to complete in: a file and a folder with spaces in their names, a
 * plain file, and a home folder with notes.md, each file a copy of the
 * showcase (whose sections are 1, 1.1, 1.1.1, 1.2, 2, 2.1, 2.1.1, level-four…).
 */
function completionPlayground() {
  const folder = mkdtempSync(join(tmpdir(), 'article-complete-'));
  const home = join(folder, 'home');
  const showcase = readFileSync(join(root, 'test/fixtures/showcase.md'));
  mkdirSync(join(folder, 'a folder'));
  mkdirSync(home);
  writeFileSync(join(folder, 'some file.md'), showcase);
  writeFileSync(join(folder, 'plain.md'), showcase);
  writeFileSync(join(home, 'notes.md'), showcase);
  // Four levels: 2 Install, 2.1 Linux, 2.1.1 Debian, 2.1.2 Fedora, 2.2 Mac, 3 Use, 3.1 Commands.
  writeFileSync(join(folder, 'nested.md'), readFileSync(join(root, 'test/fixtures/nested.md')));
  const env = { PATH: pathWithArticle(), HOME: home, XDG_CONFIG_HOME: '/nonexistent' };
  return { folder, home, env };
}

const playground = completionPlayground();
const scripts = join(mkdtempSync(join(tmpdir(), 'article-scripts-')), 'article');
const bashScript = `${scripts}.bash`;
const zshFolder = join(scripts, 'zsh');
const bashCompletionLibrary = '/usr/share/bash-completion/bash_completion';

/** Paths of ids or numbers, completed as whole words: the keys typed, and the words the line must then hold. */
const pathsOfTheFile: [string, string[]][] = [
  ['article -f nested.md install/l', ['article', '-f', 'nested.md', 'install/linux']],
  ['article -f nested.md install/linux/f', ['article', '-f', 'nested.md', 'install/linux/fedora']],
  ['article -f nested.md 2/1/d', ['article', '-f', 'nested.md', '2/1/debian']],
  ['article -f nested.md 3/', ['article', '-f', 'nested.md', '3/commands']],
];

/** The keys typed in the tests of every shell, and the words the line must then hold. */
const sectionsOfTheFile: [string, string[]][] = [
  ["article --file 'some file.md' 2.1.", ['article', '--file', 'some file.md', '2.1.1']],
  ['article --file some\\ file.md 2.1.', ['article', '--file', 'some file.md', '2.1.1']],
  ['article --file "some file.md" 2.1.', ['article', '--file', 'some file.md', '2.1.1']],
  ['article -f ~/notes.md 2.1.', ['article', '-f', join(playground.home, 'notes.md'), '2.1.1']],
  ['article --file=plain.md lev', ['article', '--file=plain.md', 'level-four']],
  ['article -fplain.md lev', ['article', '-fplain.md', 'level-four']],
];

describe('shell completion', () => {
  beforeAll(() => {
    writeFileSync(bashScript, runArticle(['completion', 'bash']).stdout);
    mkdirSync(zshFolder, { recursive: true });
    writeFileSync(join(zshFolder, '_article'), runArticle(['completion', 'zsh']).stdout);
  });

  it('completes options, option values, section numbers and ids in bash', () => {
    expect(bashComplete(['article', '--fo'])).toEqual(['--format']);
    expect(bashComplete(['article', '--format', ''])).toEqual(['text', 'markdown', 'json']);
    expect(bashComplete(['article', '--color', 'a'])).toEqual(['auto', 'always']);
    expect(bashComplete(['article', 'kat'])).toEqual([
      'katherine-langford-and-dylan-minnette-talk-about-season-two',
    ]);
    expect(bashComplete(['article', ''])).toEqual(
      expect.arrayContaining([
        '1',
        'introduction',
        '2',
        '3',
        'season-2-will-not-be-affected-by-backlash',
      ]),
    );
  });

  it('completes the paths to subsections after a / in bash, as whole words', () => {
    const nested = 'test/fixtures/nested.md';
    expect(bashComplete(['article', '-f', nested, 'install/'])).toEqual([
      'install/linux',
      'install/mac',
    ]);
    expect(bashComplete(['article', '-f', nested, 'install/linux/'])).toEqual([
      'install/linux/debian',
      'install/linux/fedora',
    ]);
    expect(bashComplete(['article', '-f', nested, '2/m'])).toEqual(['2/mac']);
    expect(bashComplete(['article', '-f', nested, '2.1/'])).toEqual(['2.1/debian', '2.1/fedora']);
    // No paths before a /, and none after a step that names no section.
    expect(bashComplete(['article', '-f', nested, 'li'])).toEqual(['linux']);
    expect(bashComplete(['article', '-f', nested, 'nowhere/'])).toEqual([]);
    expect(bashComplete(['article', '-f', nested, 'mac/'])).toEqual([]);
  });

  it('completes the values of --links in bash', () => {
    expect(bashComplete(['article', '--links', ''])).toEqual(['inline', 'numbered', 'none']);
  });

  it('completes the sections of the file after --file, and file names after --file', () => {
    const showcase = 'test/fixtures/showcase.md';
    expect(bashComplete(['article', '--file', showcase, '1.1'])).toEqual(['1.1', '1.1.1']);
    expect(bashComplete(['article', '--file', '=', showcase, '1.1'])).toEqual(['1.1', '1.1.1']);
    expect(bashComplete(['article', `--file=${showcase}`, '1.1'])).toEqual(['1.1', '1.1.1']);
    expect(bashComplete(['article', '--file', 'test/fixtures/sho'])).toEqual([showcase]);
  });

  it('reads the file after --file as the shell would pass it, never running it', () => {
    const script = runArticle(['completion', 'bash']).stdout;
    const marker = join(playground.folder, 'ran');
    const words = [
      `'it'\\''s'`,
      '"a \\"b\\" \\$HOME \\x"',
      'a\\ b\\\\c',
      '~/notes.md',
      "'~/notes.md'",
      `"$(touch ${marker})"`,
      `\`touch ${marker}\``,
    ];
    const program = `${script}\nfor word in "$@"; do printf '[%s]\\n' "$(_article_path "$word")"; done`;
    const result = spawnSync('bash', ['-c', program, 'bash', ...words], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: '/home/someone' },
    });
    expect(result.stdout.trim().split('\n')).toEqual([
      "[it's]",
      '[a "b" $HOME \\x]',
      '[a b\\c]',
      '[/home/someone/notes.md]',
      '[~/notes.md]',
      `[$(touch ${marker})]`,
      `[\`touch ${marker}\`]`,
    ]);
    expect(existsSync(marker)).toBe(false);
  });

  it('offers the shells after "completion", and no sections', () => {
    expect(bashComplete(['article', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(bashComplete(['article', 'completion', 'z'])).toEqual(['zsh']);
    expect(bashComplete(['article', 'completion', 'bash', ''])).toEqual([]);
  });

  it('shows no error of article when the file after --file cannot be read', () => {
    const result = bashCompletion(['article', '--file', 'nothere.md', '']);
    expect(result).toEqual({ words: [], stderr: '' });
  });

  describe.each([
    ['bash', [`source ${bashScript}`]],
    ['bash with bash-completion', [`source ${bashCompletionLibrary}`, `source ${bashScript}`]],
  ])('typed into %s', (name, setup) => {
    const skip = name.includes('bash-completion') && !existsSync(bashCompletionLibrary);
    const type = (keys: string) =>
      typedCompletion('bash', keys, { setup, cwd: playground.folder, env: playground.env });

    it.skipIf(skip)('quotes file names after --file and ends folders with a slash', async () => {
      expect((await type('article --file so\tX')).words).toEqual([
        'article',
        '--file',
        'some file.md',
        'X',
      ]);
      expect((await type('article --file a\tX')).words).toEqual([
        'article',
        '--file',
        'a folder/X',
      ]);
      expect((await type('article --file=so\tX')).words).toEqual([
        'article',
        '--file=some file.md',
        'X',
      ]);
      expect((await type("article --file 'so\tX")).words).toEqual([
        'article',
        '--file',
        'some file.md',
        'X',
      ]);
    });

    it.skipIf(skip).each(sectionsOfTheFile)(
      'completes the sections of a quoted, escaped or ~ path: %s',
      async (line, words) => {
        expect((await type(`${line}\t`)).words).toEqual(words);
      },
    );

    it.skipIf(skip).each(pathsOfTheFile)(
      'completes a path to a subsection: %s',
      async (line, words) => {
        expect((await type(`${line}\t`)).words).toEqual(words);
      },
    );
  });

  describe.skipIf(!has('zsh'))('zsh, with the script on $fpath as the README says', () => {
    const type = (keys: string) =>
      typedCompletion('zsh', keys, {
        setup: [`fpath=(${zshFolder} $fpath)`, 'autoload -U compinit', 'compinit -u'],
        cwd: playground.folder,
        env: playground.env,
      });

    it('completes on the first Tab: options, values, sections, the shells of "completion"', async () => {
      expect((await type('article --fo\t')).words).toEqual(['article', '--format']);
      expect((await type('article --format=ma\t')).words).toEqual(['article', '--format=markdown']);
      expect((await type('article kat\t')).words).toEqual([
        'article',
        'katherine-langford-and-dylan-minnette-talk-about-season-two',
      ]);
      expect((await type('article completion z\t')).words).toEqual([
        'article',
        'completion',
        'zsh',
      ]);
    });

    it('quotes file names after --file', async () => {
      expect((await type('article --file so\tX')).words).toEqual([
        'article',
        '--file',
        'some file.md',
        'X',
      ]);
    });

    it.each(sectionsOfTheFile)(
      'completes the sections of a quoted, escaped or ~ path: %s',
      async (line, words) => {
        expect((await type(`${line}\t`)).words).toEqual(words);
      },
    );

    it.each(pathsOfTheFile)('completes a path to a subsection: %s', async (line, words) => {
      expect((await type(`${line}\t`)).words).toEqual(words);
    });

    it('shows no error of article when the file after --file cannot be read', async () => {
      const { words, output } = await type('article --file nothere.md 2\t');
      expect(words).toEqual(['article', '--file', 'nothere.md', '2']);
      expect(output).not.toContain('article:');
    });
  });

  describe.skipIf(!has('fish'))('fish', () => {
    const complete = (line: string) => {
      const script = runArticle(['completion', 'fish']).stdout;
      const result = spawnSync(
        'fish',
        ['--no-config', '-c', `${script}\ncomplete -C $argv[1]`, line],
        {
          cwd: playground.folder,
          encoding: 'utf8',
          env: playground.env,
        },
      );
      return { lines: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
    };
    /** The completions without their descriptions (fish puts them after a tab). */
    const offered = (line: string) => complete(line).lines.map((entry) => entry.split('\t')[0]);

    it('completes options and their values', () => {
      expect(offered('article --form')).toEqual(['--format']);
      expect(offered('article --format ')).toEqual(['json', 'markdown', 'text']);
    });

    it('offers the shells after "completion", and nothing after the shell', () => {
      expect(offered('article completion ')).toEqual(['bash', 'fish', 'zsh']);
      expect(offered('article completion bash ')).toEqual([]);
    });

    it.each(sectionsOfTheFile.map(([line, words]): [string, string] => [line, words.at(-1) ?? '']))(
      'completes the sections of a quoted, escaped or ~ path: %s',
      (line, section) => {
        expect(offered(line)).toContain(section);
      },
    );

    it('completes the paths to subsections after a /, as whole words', () => {
      expect(offered('article -f nested.md install/')).toEqual(['install/linux', 'install/mac']);
      expect(offered('article -f nested.md 2/1/')).toEqual(['2/1/debian', '2/1/fedora']);
      expect(offered('article install/')).toEqual([]);
      // Without a file, the bundled article: numbers and ids, no paths.
      expect(offered('article 2')).toEqual(['2']);
    });

    it('prints no error of article into the prompt when the file cannot be read', () => {
      expect(complete('article -f nothere.md ')).toEqual({ lines: [], stderr: '' });
    });
  });

  it('names every option of --help in every script', () => {
    const help = runArticle(['--help']).stdout;
    const longOptions = [...help.matchAll(/--[a-z-]+/g)].map((match) => match[0]);
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = runArticle(['completion', shell]).stdout;
      for (const option of new Set(longOptions)) {
        expect(script, `${shell}: ${option}`).toContain(
          shell === 'fish' ? `-l ${option.slice(2)}` : option,
        );
      }
    }
  });

  it('refuses an unknown shell as a usage error', () => {
    const result = runArticle(['completion', 'tcsh']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^article: completion: no shell 'tcsh'/);
  });
});

describe('the man page', () => {
  const page = join(root, 'dist', 'article.1');

  it('is installed with the package', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(packageJson.man).toBe('./dist/article.1');
  });

  /** The page as `man -l` renders it, lines joined, hyphenations at line ends undone. */
  function renderedPage(): string {
    const result = spawnSync('man', ['-l', page], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '200' },
    });
    expect(result.status).toBe(0);
    return flat(result.stdout);
  }
  /** Words without line breaks and runs of spaces (help aligns columns; man indents). */
  const flat = (text: string) =>
    text
      .replace(/‐\s*\n\s*/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const between = (text: string, start: string, end: string) => {
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    expect(from, start).toBeGreaterThanOrEqual(0);
    expect(to, end).toBeGreaterThan(from);
    return text.slice(from + start.length, to).trim();
  };
  // --help's group headings end with a colon; the man page's do not.
  const help = flat(runArticle(['--help']).stdout.replace(/^([A-Z]\w*):$/gm, '$1'));

  it.skipIf(!has('man'))('shows the options of --help, in the same groups and words', () => {
    const man = renderedPage();
    const options = between(man, ' OPTIONS ', ' COMMANDS ');
    expect(options).toBe(`Reading ${between(help, ' Reading ', ' Commands ')}`);
    for (const wording of ['(choices: "text", "markdown", "json", default: "text")', '--pager']) {
      expect(options).toContain(wording);
    }
  });

  it.skipIf(!has('man'))('shows the commands and examples of --help, quotes and all', () => {
    const man = renderedPage();
    expect(between(man, ' COMMANDS ', ' EXAMPLES ')).toBe(
      `article ${between(help, ' Commands ', ' Examples ')}`,
    );
    const examples = between(man, ' EXAMPLES ', ' EXIT STATUS ');
    expect(examples).toBe(help.slice(help.indexOf(' Examples ') + ' Examples '.length));
    expect(examples).toContain('article -s "season 2" the sentences');
    expect(man).toContain(
      'SYNOPSIS article [options] [section...] article completion bash|zsh|fish',
    );
  });

  it.skipIf(!has('man'))(
    "lists the reader's keys, the help screen's, folding details blocks too",
    () => {
      const keys = between(renderedPage(), ' KEYS ', ' ENVIRONMENT ');
      expect(keys).toContain('j k ↓ ↑ Enter a line down or up');
      expect(keys).toContain('o open or close the first ▸ ▾ block on the screen');
      expect(keys).toContain('starts folded');
      expect(keys).toContain("y Y copy the section's Markdown, or a link to it (path#id)");
      expect(keys).toContain('with OSC 52, only when the key is pressed');
      expect(keys).toContain('Tab Shift-Tab focus the next or previous link; Enter follows it');
      expect(keys).toContain('F 1 … 9 number the links on the screen');
    },
  );

  it.skipIf(!has('man'))('names both places of the configuration file', () => {
    const files = renderedPage().split(' FILES ')[1] ?? '';
    expect(files).toContain('$XDG_CONFIG_HOME/article/config.json');
    expect(files).toContain('~/.config/article/config.json');
  });
});
