import { afterEach, describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run.ts';
import { startSession, stopSessions } from '../helpers/session.ts';

/*
 * Ranges and heading paths, run as a user would: the built article in a pipe,
 * in every format, on the bundled article (sections 1 to 3, no subsections)
 * and on a guide nested three levels deep (test/fixtures/guide.md):
 *
 *   1 Introduction, 2 Installation (2.1 Linux (2.1.1 Debian, 2.1.2 Fedora),
 *   2.2 Mac, 2.3 Windows), 3 Usage (3.1 Linux, 3.2 Options), 4 Questions
 */
const guide = 'test/fixtures/guide.md';
const formats = {
  text: ['--color', 'always'],
  plain: ['--plain'],
  markdown: ['--format', 'markdown'],
  json: ['--json'],
} as const;
type FormatName = keyof typeof formats;

/** The headings printed, in order: underlined in text, `#` lines in Markdown, titles in JSON. */
function headings(format: FormatName, stdout: string): string[] {
  if (format === 'json') {
    return JSON.parse(stdout).sections.map((section: { title: string }) => section.title);
  }
  if (format === 'markdown') {
    return [...stdout.matchAll(/^#+ (.*)$/gm)].map((match) => match[1] ?? '');
  }
  const lines = stdout.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  return lines.filter((line, at) => {
    const under = lines[at + 1] ?? '';
    return line !== '' && /^([-=~^])\1*$/.test(under) && under.length === line.length;
  });
}

function printed(format: FormatName, ...args: string[]): string[] {
  const result = runArticle([...args, ...formats[format]]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return headings(format, result.stdout);
}

const season2 = 'Season 2 will not be affected by backlash';
const season3 = 'Katherine Langford and Dylan Minnette talk about season two';

describe.each(Object.keys(formats) as FormatName[])('in %s', (format) => {
  // Markdown prints the source as written: the Introduction has no heading there.
  const introduction = format === 'markdown' ? [] : ['Introduction'];

  it('prints a range of the bundled article: 2-3, 2.., ..2', () => {
    expect(printed(format, '2-3')).toEqual([season2, season3]);
    expect(printed(format, '2..')).toEqual([season2, season3]);
    expect(printed(format, '..2')).toEqual([...introduction, season2]);
    expect(printed(format, '3..3')).toEqual([season3]);
  });

  it('prints ranges of a nested document: each end with its subsections, everything between', () => {
    expect(printed(format, guide, '2.1-2.2')).toEqual(['Linux', 'Debian', 'Fedora', 'Mac']);
    expect(printed(format, guide, '2.1.2-3.1')).toEqual([
      'Fedora',
      'Mac',
      'Windows',
      'Usage',
      'Linux',
    ]);
    expect(printed(format, guide, '3..')).toEqual(['Usage', 'Linux', 'Options', 'Questions']);
    expect(printed(format, guide, '..2.1')).toEqual([
      ...introduction,
      'Installation',
      'Linux',
      'Debian',
      'Fedora',
    ]);
    // 2's own text and 2.1, not 2.2 and 2.3, which come after the end.
    expect(printed(format, guide, '2-2.1')).toEqual(['Installation', 'Linux', 'Debian', 'Fedora']);
  });

  it('prints the same as the sections of a range named one by one', () => {
    const text = (...args: string[]) => runArticle([guide, ...args, ...formats[format]]).stdout;
    expect(text('2.1-2.3')).toBe(text('2.1', '2.2', '2.3'));
    expect(text('2..3')).toBe(text('2', '3'));
  });

  it('prints the section a heading path names, as its number does', () => {
    const byNumber = runArticle([guide, '2.1', ...formats[format]]).stdout;
    expect(headings(format, byNumber)).toEqual(['Linux', 'Debian', 'Fedora']);
    for (const path of ['install/linux', 'Installation > Linux', '2/1', 'INSTALL / 1']) {
      expect(runArticle([guide, path, ...formats[format]]).stdout, path).toBe(byNumber);
    }
    expect(printed(format, guide, 'usage/linux')).toEqual(['Linux']);
    expect(printed(format, guide, 'usage/linux', 'install > linux > fedora')).toEqual([
      'Linux',
      'Fedora',
    ]);
  });

  it('still prints a section by an id with hyphens and numbers', () => {
    expect(printed(format, 'season-2-will-not-be-affected-by-backlash')).toEqual([season2]);
  });
});

describe('JSON', () => {
  const sections = (...args: string[]) =>
    JSON.parse(runArticle([...args, '--json']).stdout).sections;

  it('gives each printed section its number and heading path', () => {
    expect(
      sections(guide, '2.1.2-3.1').map((section: { number: string; path: string[] }) => [
        section.number,
        section.path,
      ]),
    ).toEqual([
      ['2.1.2', ['Installation', 'Linux', 'Fedora']],
      ['2.2', ['Installation', 'Mac']],
      ['2.3', ['Installation', 'Windows']],
      ['3', ['Usage']],
      ['3.1', ['Usage', 'Linux']],
    ]);
    expect(sections(guide, 'usage/linux')[0]).toMatchObject({
      number: '3.1',
      id: 'linux-1',
      path: ['Usage', 'Linux'],
    });
  });

  it('gives every section of --list its path', () => {
    const paths = sections(guide, '--list').map((section: { path: string[] }) =>
      section.path.join(' > '),
    );
    expect(paths).toEqual([
      'Introduction',
      'Installation',
      'Installation > Linux',
      'Installation > Linux > Debian',
      'Installation > Linux > Fedora',
      'Installation > Mac',
      'Installation > Windows',
      'Usage',
      'Usage > Linux',
      'Usage > Options',
      'Questions',
    ]);
    // A path from --list is a reference that finds its section.
    expect(sections(guide, 'Installation > Linux > Fedora')[0].number).toBe('2.1.2');
  });

  it('lists a range, and a heading path, with --list', () => {
    const numbers = (...args: string[]) =>
      sections(guide, '--list', ...args).map((section: { number: string }) => section.number);
    expect(numbers('2-2.1')).toEqual(['2', '2.1', '2.1.1', '2.1.2']);
    expect(numbers('usage/options')).toEqual(['3.2']);
  });
});

describe('sections that do not exist: one line, status 1, the closest sections', () => {
  const failure = (...args: string[]) => {
    const result = runArticle(args);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    // One line, no stack.
    expect(result.stderr).toMatch(/^article: [^\n]*\n$/);
    return result.stderr;
  };

  it('a misspelt id', () => {
    expect(failure('seasn-2')).toBe(
      `article: no section 'seasn-2'; did you mean: 2 ${season2}? (see 'article --list')\n`,
    );
    expect(failure('katherine-langfrod')).toBe(
      `article: no section 'katherine-langfrod'; did you mean: 3 ${season3}? (see 'article --list')\n`,
    );
  });

  it('a misspelt title word', () => {
    expect(failure('backlsh')).toBe(
      `article: no section 'backlsh'; did you mean: 2 ${season2}? (see 'article --list')\n`,
    );
    expect(failure(guide, 'instalation')).toBe(
      "article: no section 'instalation'; did you mean: 2 Installation? (see 'article --list')\n",
    );
  });

  it('a number past the end: how many sections there are, the last one suggested', () => {
    expect(failure('7')).toBe(
      `article: no section '7': there are 3 sections; did you mean: 3 ${season3}? (see 'article --list')\n`,
    );
    expect(failure(guide, '2.4')).toBe(
      "article: no section '2.4': section 2 has 3 subsections; did you mean: 2.3 Windows? (see 'article --list')\n",
    );
  });

  it("a range's end: the usual error for that end", () => {
    expect(failure('2-9')).toBe(
      `article: no section '9' in '2-9': there are 3 sections; did you mean: 3 ${season3}? (see 'article --list')\n`,
    );
    expect(failure(guide, '5..')).toBe(
      "article: no section '5' in '5..': there are 4 top-level sections; did you mean: 4 Questions? (see 'article --list')\n",
    );
  });

  it("a path whose later step fails: the closest subsections, or all the step's subsections", () => {
    expect(failure(guide, 'install/lnux')).toBe(
      "article: no section 'install/lnux': 2 Installation has no subsection 'lnux'; did you mean: 2.1 Linux? (see 'article --list')\n",
    );
    expect(failure(guide, 'install/debian')).toBe(
      "article: no section 'install/debian': 2 Installation has no subsection 'debian'; its subsections are: 2.1 Linux; 2.2 Mac; 2.3 Windows (see 'article --list')\n",
    );
    expect(failure(guide, 'instalation > linux')).toBe(
      "article: no section 'instalation' in 'instalation > linux'; did you mean: 2 Installation? (see 'article --list')\n",
    );
  });
});

describe('a range that runs backwards', () => {
  it('is a usage error, status 2, that says why', () => {
    for (const [args, message] of [
      [['3-2'], "the range '3-2' runs backwards: section 3 comes after section 2; write '2-3'"],
      [
        [guide, '3.1-2'],
        "the range '3.1-2' runs backwards: section 3.1 comes after section 2; write '2-3.1'",
      ],
    ] as const) {
      const result = runArticle(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`article: ${message} (see 'article --help')\n`);
    }
  });
});

describe('the full-screen reader', () => {
  afterEach(() => stopSessions());

  for (const [reference, section] of [
    ['2-2.1', /│ 2 Installation /],
    ['install/linux', /│ 2\.1 Linux /],
  ] as const) {
    it(`starts at the first section of ${reference}`, async () => {
      const session = startSession(['-i', '--no-history', guide, reference], {
        cols: 80,
        rows: 24,
        keepOpen: true,
      });
      await session.waitFor((screen) => section.test(screen.at(-1) ?? ''));
      session.type('q');
      expect((await session.finish()).exitCode).toBe(0);
    });
  }
});
