import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { plainLayout } from '../helpers/plain-layout.ts';
import { root, runArticle } from '../helpers/run.ts';
import { startSession, stopSessions } from '../helpers/session.ts';

/**
 * --depth and breadcrumbs, run as the built `article` in a pipe (and the
 * reader in a pseudo-terminal), on a handbook four levels deep:
 * 1 Introduction, 2 Install, 2.1 Linux, 2.1.1 Debian, 2.1.2 Fedora, 2.2 Mac,
 * 3 Use, 3.1 Commands.
 */

const nested = 'test/fixtures/nested.md';
const source = readFileSync(join(root, nested), 'utf8');
const golden = (name: string) => `../golden/${name}`;
const article = (...args: string[]) => {
  const result = runArticle(['-f', nested, ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
};
const colour = { FORCE_COLOR: '1' };
const sgr = /\u001b\[[0-9;]*m/g;
const numbersIn = (json: string) =>
  JSON.parse(json).sections.map((section: { number: string }) => section.number);

afterEach(() => stopSessions());

describe('--depth with --list', () => {
  it('lists the headings down to the depth, counted from the top', async () => {
    const two = article('--list', '--depth', '2');
    await expect(two).toMatchFileSnapshot(golden('nested-list-depth-2.txt'));
    expect(two).not.toContain('Debian');
    expect(article('--list', '--depth', '1')).toMatch(/^1 +Introduction.*\n2 +Install.*\n3 +Use/m);
    expect(article('--list', '--depth', '3')).toBe(article('--list'));
    expect(article('--list', '--depth', '9')).toBe(article('--list'));
  });

  it('keeps the totals of the whole document: --depth hides headings, not words', () => {
    expect(article('--list', '--depth', '1')).toContain('3 sections, 36 words, 1 min read');
    expect(article('--list')).toContain('8 sections, 36 words, 1 min read');
  });

  it('gives JSON the same sections, and Markdown the same list', () => {
    const json = JSON.parse(article('--list', '--json', '--depth', '2'));
    expect(json.sections.map((section: { id: string }) => section.id)).toEqual([
      'introduction',
      'install',
      'linux',
      'mac',
      'use',
      'commands',
    ]);
    expect(json.words).toBe(36);
    const markdown = article('--list', '--format', 'markdown', '--depth', '1');
    expect(markdown.match(/^\s*- /gm)).toHaveLength(3);
  });

  it('counts from the top for the sections named too', () => {
    expect(numbersIn(article('--list', '--json', '--depth', '2', 'install'))).toEqual([
      '2',
      '2.1',
      '2.2',
    ]);
    expect(numbersIn(article('--list', '--json', '--depth', '1', '2.1'))).toEqual(['2.1']);
  });

  it('names the same headings in every mode', () => {
    const listed = numbersIn(article('--list', '--json', '--depth', '2'));
    expect(numbersIn(article('--json', '--depth', '2'))).toEqual(listed);
    const printed = article('--plain', '--depth', '2');
    const titles = JSON.parse(article('--list', '--json', '--depth', '2')).sections.map(
      (section: { title: string }) => section.title,
    );
    // Every heading listed is printed, underlined, and no other.
    const headings = [...printed.matchAll(/^(.+)\n[-~^=]+$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      'Handbook',
      ...titles.filter((title: string) => title !== 'Introduction'),
    ]);
  });
});

describe('--depth when printing', () => {
  it('leaves out deeper subsections and their text, in plain text', async () => {
    const printed = article('--plain', '--depth', '2');
    await expect(printed).toMatchFileSnapshot(golden('nested-depth-2.txt'));
    expect(printed).not.toContain('Run apt.');
    expect(printed).toContain('Packages for Linux.');
  });

  it('lays out colour as plain text, no breadcrumb in the whole document', () => {
    const coloured = runArticle(['-f', nested, '--depth', '2'], { env: colour }).stdout;
    expect(coloured).toContain('\u001b[');
    expect(plainLayout(coloured)).toBe(article('--plain', '--depth', '2'));
    expect(coloured).not.toContain('›');
  });

  it('prints the Markdown source as written, without deeper sections', () => {
    expect(article('--format', 'markdown', '--depth', '1')).toBe(
      '# Handbook\n\nHow to get the tool and use it.\n\n## Install\n\nPick your system.\n\n## Use\n\nRun it on a file.\n\n',
    );
    expect(article('--format', 'markdown', '--depth', '4')).toBe(source);
  });

  it('gives JSON the sections shown, with the words of the whole selection', () => {
    const json = JSON.parse(article('--json', '--depth', '1', 'install'));
    expect(json.sections.map((section: { number: string }) => section.number)).toEqual(['2']);
    expect(json.sections[0].text).toBe('Install\n-------\n\nPick your system.');
    expect(json.words).toBe(17);
  });

  it('prints a named section with its subsections down to the depth', () => {
    expect(article('--plain', '--depth', '2', 'install')).toBe(
      'Install\n-------\n\nPick your system.\n\nLinux\n~~~~~\n\nPackages for Linux.\n\nMac\n~~~\n\nUse Homebrew.\n',
    );
    expect(article('--format', 'markdown', '--depth', '2', 'install')).toBe(
      '## Install\n\nPick your system.\n\n### Linux\n\nPackages for Linux.\n\n### Mac\n\nUse Homebrew.\n',
    );
    // A section deeper than the depth, named: its own text, no subsections.
    expect(article('--plain', '--depth', '1', 'linux')).toBe(
      '2 Install ›\nLinux\n~~~~~\n\nPackages for Linux.\n',
    );
  });

  it('searches only the sections down to the depth', () => {
    expect(article('--plain', '-s', 'apt')).toContain('Run apt.');
    const hidden = runArticle(['-f', nested, '--plain', '-s', 'apt', '--depth', '2']);
    expect(hidden.status).toBe(1);
    expect(hidden.stderr).toBe("article: no match for 'apt'\n");
  });

  it('changes nothing in the bundled article, whose sections are all top-level', () => {
    const bundled = (...args: string[]) => runArticle(args).stdout;
    expect(bundled('--plain', '--depth', '1')).toBe(bundled('--plain'));
    expect(bundled('--list', '--json', '--depth', '1')).toBe(bundled('--list', '--json'));
    expect(bundled('--format', 'markdown', '--depth', '1')).toBe(bundled('--format', 'markdown'));
  });

  it.each([['0'], ['-1'], ['1.5'], ['abc'], ['']])(
    "refuses --depth '%s' as a usage error, one line",
    (value) => {
      const result = runArticle(['--depth', value, '--list']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `article: --depth needs a whole number of heading levels, 1 or more, not '${value}' (see 'article --help')\n`,
      );
    },
  );

  it('refuses --depth with -i, which shows the whole document', () => {
    const result = runArticle(['-i', '--depth', '2']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^article: --interactive and --depth cannot be used together/);
  });
});

describe('breadcrumbs', () => {
  it('stand above a subsection printed without its parent: every ancestor, plain with colour off', () => {
    expect(article('--plain', '2.1.2')).toBe(
      '2 Install › 2.1 Linux ›\nFedora\n^^^^^^\n\nRun dnf.\n',
    );
    expect(article('--plain', 'mac')).toBe('2 Install ›\nMac\n~~~\n\nUse Homebrew.\n');
  });

  it('are quiet with colour on, and the heading under them as without', () => {
    const coloured = runArticle(['-f', nested, '2.1.2'], { env: colour }).stdout;
    const [crumb, heading] = coloured.split('\n');
    expect(crumb).toBe('\u001b[38;5;245m2 Install › 2.1 Linux ›\u001b[39m');
    expect(heading?.replace(sgr, '')).toBe('Fedora');
    expect(plainLayout(coloured)).toBe(article('--plain', '2.1.2'));
  });

  it('stand only above subsections whose parent is not printed above them', () => {
    const printed = article('--plain', '2');
    expect(printed).not.toContain('›');
    expect(printed).toContain('Linux\n~~~~~\n\nPackages for Linux.\n\nDebian\n');
    // 2.2 comes first, without its parent; printed again under it, it has none.
    const again = article('--plain', '2.2', '2');
    expect(again.match(/›/g)).toHaveLength(1);
    expect(again.startsWith('2 Install ›\nMac\n')).toBe(true);
  });

  it('are not in Markdown, the source as written, nor in JSON', () => {
    expect(article('--format', 'markdown', '2.1.2')).toBe('#### Fedora\n\nRun dnf.\n');
    const json = article('--json', '2.1.2');
    expect(json).not.toContain('›');
    expect(JSON.parse(json).sections[0].text).toBe('Fedora\n^^^^^^\n\nRun dnf.');
  });
});

describe('the reader', () => {
  it('shows the whole document as printed, without breadcrumbs, at a subsection named', async () => {
    const printed = article('--plain', '-w', '60')
      .split('\n')
      .map((line) => line.trimEnd());
    const session = startSession(['-i', '--plain', '-f', nested, '2.1.2'], {
      cols: 60,
      rows: 8,
      keepOpen: true,
    });
    const screen = await session.waitFor((rows) => (rows.at(-1) ?? '').endsWith('? help'));
    const top = printed.indexOf('Fedora');
    expect(screen.slice(0, -1)).toEqual(printed.slice(top, top + 7));
    expect(screen.join('\n')).not.toContain('›');
    session.type('q');
    expect((await session.finish()).exitCode).toBe(0);
  });
});
