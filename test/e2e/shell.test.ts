import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBin, root, runArticle } from '../helpers/run.ts';

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

/** A folder with `article` on it, as after a global install. */
function pathWithArticle(): string {
  const bin = mkdtempSync(join(tmpdir(), 'article-bin-'));
  symlinkSync(articleBin, join(bin, 'article'));
  return `${bin}:${process.env.PATH}`;
}

/** Runs bash's completion function for a command line, as pressing Tab would. */
function bashComplete(words: string[]): string[] {
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
  return result.stdout.split('\n').filter(Boolean);
}

describe('shell completion', () => {
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

  it('completes the sections of the file after --file, and file names after --file', () => {
    const showcase = 'test/fixtures/showcase.md';
    expect(bashComplete(['article', '--file', showcase, '1.1'])).toEqual(['1.1', '1.1.1']);
    expect(bashComplete(['article', '--file', 'test/fixtures/sho'])).toEqual([showcase]);
  });

  it.skipIf(!has('zsh'))('gives zsh a completion function it can load', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'article-zsh-')), '_article');
    writeFileSync(file, runArticle(['completion', 'zsh']).stdout);
    const result = spawnSync(
      'zsh',
      ['-c', `autoload -U compinit; compinit -u; source ${file}; whence -w _article`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('_article: function');
  });

  it.skipIf(!has('fish'))('gives fish completions it can use', () => {
    const script = runArticle(['completion', 'fish']).stdout;
    const result = spawnSync('fish', ['-c', `${script}\ncomplete -C 'article --form'`], {
      encoding: 'utf8',
      env: { ...process.env, PATH: pathWithArticle() },
    });
    expect(result.stdout).toContain('--format');
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

  it.skipIf(!has('man'))('names both places of the configuration file', () => {
    const files = renderedPage().split(' FILES ')[1] ?? '';
    expect(files).toContain('$XDG_CONFIG_HOME/article/config.json');
    expect(files).toContain('~/.config/article/config.json');
  });
});
