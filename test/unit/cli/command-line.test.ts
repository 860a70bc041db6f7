import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { type Information, parseCommandLine, type Request } from '../../../src/cli/command-line.ts';
import { UsageError } from '../../../src/errors.ts';

const request = (...argv: string[]): Request => {
  const result = parseCommandLine(argv);
  if ('information' in result) throw new Error(`expected a request, got ${result.information}`);
  return result;
};
const information = (...argv: string[]): string => {
  const result = parseCommandLine(argv);
  if (!('information' in result)) throw new Error('expected help or version text');
  return (result as Information).information;
};
const usageError = (...argv: string[]): UsageError => {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('parseCommandLine', () => {
  it('has defaults for an empty command line', () => {
    expect(request()).toEqual({
      references: [],
      list: false,
      file: undefined,
      from: undefined,
      wholePage: false,
      wholeArticle: false,
      timeout: 30,
      refresh: false,
      format: 'text',
      colour: undefined,
      width: undefined,
      theme: undefined,
      hyperlinks: 'auto',
      links: undefined,
      notice: true,
      search: undefined,
      interactive: false,
      pager: undefined,
      watch: false,
    });
  });

  it('reads --watch with a file, and refuses it without one', () => {
    const file = 'README.md';
    expect(request('--watch', '-f', file)).toMatchObject({ watch: true, file });
    // The document argument, before or after the option.
    expect(request(file, '--watch', '2')).toMatchObject({ watch: true, file, references: ['2'] });
    expect(request('--watch', '-i', '-f', file)).toMatchObject({ watch: true, interactive: true });
    for (const argv of [['--watch'], ['--watch', '-f', '-'], ['--watch', 'https://example.com/a']])
      expect(usageError(...argv).message).toBe('--watch needs a file');
  });

  it('reads --from and --whole-page, and refuses another format', () => {
    expect(request('-f', 'page.txt', '--from', 'html')).toMatchObject({ from: 'html' });
    expect(request('--whole-page')).toMatchObject({ wholePage: true });
    expect(request('--whole-article')).toMatchObject({ wholeArticle: true });
    expect(usageError('--whole-page', '--whole-article').message).toBe(
      '--whole-page and --whole-article cannot be used together',
    );
    expect(() => request('--from', 'pdf')).toThrow(UsageError);
  });

  it('takes a first argument that names an existing Markdown or HTML file as the document', () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-cli-'));
    const page = join(folder, 'saved page.html');
    writeFileSync(page, '<html><body><p>x</p></body></html>');
    expect(request(page, '2', 'intro')).toMatchObject({ file: page, references: ['2', 'intro'] });
    // A name without a known extension, or a file that does not exist, stays a section.
    expect(request(join(folder, 'missing.md'), '2')).toMatchObject({ file: undefined });
    expect(request(folder)).toMatchObject({ file: undefined, references: [folder] });
    // With --file the arguments are all sections.
    expect(request('-f', 'other.md', page)).toMatchObject({ file: 'other.md', references: [page] });
    rmSync(folder, { recursive: true });
  });

  it('takes a first argument that is an address as the document, whatever its scheme', () => {
    expect(request('https://example.com/story', '2', '--list')).toMatchObject({
      file: 'https://example.com/story',
      references: ['2'],
    });
    // Another scheme is the document too, so that reading it says why it cannot be read.
    expect(request('ftp://example.com/x')).toMatchObject({ file: 'ftp://example.com/x' });
    expect(request('-f', 'https://example.com/a', 'https://example.com/b')).toMatchObject({
      file: 'https://example.com/a',
      references: ['https://example.com/b'],
    });
  });

  it('reads --timeout in seconds above 0, and --refresh', () => {
    expect(request('--timeout', '5')).toMatchObject({ timeout: 5, refresh: false });
    expect(request('--timeout', '0.5', '--refresh')).toMatchObject({ timeout: 0.5, refresh: true });
    for (const bad of ['0', '-1', 'soon', '', 'Infinity']) {
      expect(usageError('--timeout', bad).message).toMatch(
        /^--timeout needs a number of seconds above 0/,
      );
    }
  });

  it('reads --search, --interactive and the pager switches', () => {
    expect(request('-s', 'season two')).toMatchObject({ search: 'season two' });
    expect(request('-i', '3')).toMatchObject({ interactive: true, references: ['3'] });
    expect(request('--pager')).toMatchObject({ pager: true });
    expect(request('--no-pager')).toMatchObject({ pager: false });
  });

  it('reads --depth as a whole number of levels, and refuses it with -i', () => {
    expect(request('--list', '--depth', '2')).toMatchObject({ list: true, depth: 2 });
    expect(request('--depth=1', '3')).toMatchObject({ depth: 1, references: ['3'] });
    expect(request()).toMatchObject({ depth: undefined });
    for (const bad of ['0', '-1', '1.5', 'abc']) {
      const error = usageError('--depth', bad);
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe(
        `--depth needs a whole number of heading levels, 1 or more, not '${bad}'`,
      );
    }
    expect(usageError('--depth').message).toMatch(/--depth <n>' argument missing/);
    expect(usageError('-i', '--depth', '2').message).toBe(
      '--interactive and --depth cannot be used together',
    );
  });

  it('refuses --search with --list', () => {
    expect(() => request('-s', 'x', '--list')).toThrow(UsageError);
  });

  it('reads --list, --file and --no-notice', () => {
    expect(request('--list')).toMatchObject({ list: true });
    expect(request('-l')).toMatchObject({ list: true });
    expect(request('--file', 'notes.md')).toMatchObject({ file: 'notes.md' });
    expect(request('-f', '-')).toMatchObject({ file: '-' });
    expect(request('--no-notice')).toMatchObject({ notice: false });
  });

  it('reads the format', () => {
    expect(request('--json').format).toBe('json');
    expect(request('--format', 'markdown').format).toBe('markdown');
    expect(request('--format=json').format).toBe('json');
    expect(request('--format', 'text').format).toBe('text');
    expect(request('--format', 'json', '--json').format).toBe('json');
    // --json with another format is a contradiction, not a silent choice.
    expect(usageError('--format', 'markdown', '--json').message).toBe(
      '--json and --format markdown cannot be used together',
    );
    expect(usageError('--json', '--format', 'text').message).toBe(
      '--json and --format text cannot be used together',
    );
  });

  it('reads the colour choice', () => {
    expect(request('--plain').colour).toBe('never');
    expect(request('-p').colour).toBe('never');
    expect(request('--no-color').colour).toBe('never');
    expect(request('--color', 'never').colour).toBe('never');
    expect(request('--color', 'always').colour).toBe('always');
    expect(request('--color', 'auto').colour).toBe('auto');
    // The last colour flag wins.
    expect(request('--plain', '--color', 'always').colour).toBe('always');
    expect(request('--color', 'always', '-p').colour).toBe('never');
    expect(request('--no-color', '--color', 'always').colour).toBe('always');
    expect(request('--color', 'always', '--no-color').colour).toBe('never');
  });

  it('reads the width', () => {
    expect(request('-w', '40').width).toBe(40);
    expect(request('--width', '0').width).toBe(0);
    expect(request('--width=120').width).toBe(120);
  });

  it('reads --links, leaving it unset without the flag so that the configuration can set it', () => {
    expect(request('--links', 'numbered').links).toBe('numbered');
    expect(request('--links=none').links).toBe('none');
    expect(request('--links', 'inline').links).toBe('inline');
    expect(request().links).toBeUndefined();
    const error = usageError('--links', 'footnotes');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      "option '--links <mode>' argument 'footnotes' is invalid. Allowed choices are inline, numbered, none.",
    );
    expect(usageError('--links').message).not.toContain('\n');
  });

  it('collects references in order', () => {
    expect(request('3', 'katherine', '2.1').references).toEqual(['3', 'katherine', '2.1']);
    expect(request('-l', '2', '--json', 'season two').references).toEqual(['2', 'season two']);
    expect(request('--', '--list').references).toEqual(['--list']);
  });

  it('refuses an unknown option with a one-line usage error', () => {
    const error = usageError('--frobnicate');
    expect(error.exitCode).toBe(2);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toMatch(/^error:/);
    expect(error.message).toContain('--frobnicate');
  });

  it('suggests the option meant by a misspelt one', () => {
    const error = usageError('--formt', 'json');
    expect(error.exitCode).toBe(2);
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain('Did you mean --format');
  });

  it('refuses a bad or missing option value', () => {
    for (const argv of [
      ['--format', 'xml'],
      ['--format'],
      ['--color', 'sometimes'],
      ['-w', 'abc'],
      ['-w', '10'],
      ['--file'],
    ]) {
      const error = usageError(...argv);
      expect(error.exitCode).toBe(2);
      expect(error.message).not.toContain('\n');
    }
    expect(usageError('--format', 'xml').message).toContain('xml');
  });

  it('returns the help, with examples and every option', () => {
    const help = information('--help');
    expect(information('-h')).toBe(help);
    expect(help).toContain('Usage: article');
    expect(help).toContain('Examples:');
    for (const option of [
      '-l, --list',
      '-f, --file',
      '--format',
      '--json',
      '--color',
      '--no-color',
      '-p, --plain',
      '-w, --width',
      '--no-notice',
      '--timeout <seconds>',
      '--refresh',
      '--links',
      '-V, --version',
      '-h, --help',
    ]) {
      expect(help).toContain(option);
    }
  });

  it('groups the options of --help (reading, output, navigation), then the command, then ends with the examples', () => {
    const help = information('--help');
    const headings = [...help.matchAll(/^(\w[\w ]*):$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      'Arguments',
      'Reading',
      'Output',
      'Navigation',
      'Other',
      'Commands',
      'Examples',
    ]);
    const group = (heading: string) => help.split(`\n${heading}:\n`)[1]?.split('\n\n')[0] ?? '';
    expect(group('Output')).toMatch(/^ {2}--pager /m);
    expect(group('Output')).toMatch(/^ {2}--no-pager /m);
    expect(group('Navigation')).not.toContain('pager');
    expect(group('Reading')).toMatch(/^ {2}--timeout <seconds> +a web address/m);
    expect(help).toMatch(
      /^Usage: article \[options\] \[file\.md\|file\.html\|URL\] \[section\.\.\.\]$/m,
    );
    expect(group('Commands')).toMatch(/^ {2}completion <shell> +print the completion script/m);
    expect(help.trimEnd().split('\n').at(-1)).toMatch(/^ {2}cat notes\.md \| article -f - 3 +/);
  });

  it('shows a range and a heading path among the examples and in the section argument', () => {
    const help = information('--help');
    const examples = help.split('\nExamples:\n')[1] ?? '';
    expect(examples).toMatch(
      /^ {2}article 2-3 +sections 2 to 3 \(also 2\.\., \.\.2, 2\.1-2\.3\)$/m,
    );
    expect(examples).toMatch(
      /^ {2}article notes\.md install\/mac +Mac under Installation, a heading path/m,
    );
    expect(help).toMatch(/a range of numbers \(2-3, 2\.\., \.\.2\) or a heading\s+path/);
  });

  it('returns the version of package.json', () => {
    expect(information('--version').trim()).toBe(packageJson.version);
    expect(information('-V').trim()).toBe(packageJson.version);
  });
});
