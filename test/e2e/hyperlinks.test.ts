import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInTerminal } from '../helpers/pty.ts';
import { runArticle } from '../helpers/run.ts';

const file = join(mkdtempSync(join(tmpdir(), 'article-links-')), 'links.md');
writeFileSync(
  file,
  '# Links\n\nSee [the docs](https://example.com/a_b?x=1&amp;y=2), <https://auto.example>, ' +
    '[mail](mailto:me@example.com), [bad](javascript:alert(1)), [spaced](<http://a b>) and a long line ' +
    'that wraps with [a link in the middle of the wrapping point](https://example.com/wrap) in it.\n',
);
const osc8 = (target: string) => `\u001b]8;;${target}\u001b\\`;
const linked = (width: string) =>
  runArticle(['-f', file, '--color', 'always', '--hyperlinks', 'always', '-w', width]);
const opened = (text: string) =>
  [...text.matchAll(/\u001b\]8;;([^\u001b\u0007]*)(?:\u001b\\|\u0007)/g)].map((m) => m[1]);

describe('hyperlinks', () => {
  it('are OSC 8 links to the decoded target, showing only the text, when asked for', () => {
    const { stdout, status } = linked('50');
    expect(status).toBe(0);
    expect(stdout).toContain(`${osc8('https://example.com/a_b?x=1&y=2')}\u001b[38;5;117mthe docs`);
    expect(stdout).toContain(osc8('mailto:me@example.com'));
    expect(stdout).not.toContain('(https://example.com/a_b');
    // Every link opened is closed, also where wrapping split it across lines.
    const targets = opened(stdout);
    expect(targets.filter((target) => target === '').length).toBe(targets.filter(Boolean).length);
    expect(targets).toContain('https://example.com/wrap');
  });

  it('are never made of targets other than http, https and mailto, nor of ones with spaces', () => {
    const { stdout } = linked('0');
    expect(opened(stdout).filter(Boolean)).toEqual([
      'https://example.com/a_b?x=1&y=2',
      'https://auto.example',
      'mailto:me@example.com',
      'https://example.com/wrap',
    ]);
    expect(stdout).toContain('javascript:alert(1)');
  });

  it('are text (url) with --hyperlinks never, in a pipe by default, and always in plain text', () => {
    for (const args of [
      ['--color', 'always', '--hyperlinks', 'never'],
      ['--color', 'always'],
      ['--plain', '--hyperlinks', 'always'],
    ]) {
      const { stdout } = runArticle(['-f', file, '-w', '0', ...args]);
      expect(opened(stdout), args.join(' ')).toEqual([]);
      expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).toContain(
        'the docs (https://example.com/a_b?x=1&y=2)',
      );
    }
  });

  it.each([
    ['inline', ['the docs'], 'the docs (https'],
    [
      'numbered',
      ['the docs[1]', '[1] https://example.com/a_b?x=1&y=2', '[2] mailto:'],
      'the docs (',
    ],
    ['none', ['the docs,'], 'example.com/a_b'],
  ])('make the link text clickable with --links %s', (mode, shown, hidden) => {
    const { stdout, status } = runArticle([
      '-f',
      file,
      '--color',
      'always',
      '--hyperlinks',
      'always',
      '--links',
      mode,
      '-w',
      '0',
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain(`${osc8('https://example.com/a_b?x=1&y=2')}\u001b[38;5;117mthe docs`);
    const targets = opened(stdout).filter(Boolean);
    // Only http, https and mailto, and every link opened is closed.
    expect(new Set(targets)).toEqual(
      new Set([
        'https://example.com/a_b?x=1&y=2',
        'https://auto.example',
        'mailto:me@example.com',
        'https://example.com/wrap',
      ]),
    );
    expect(opened(stdout).filter((target) => target === '').length).toBe(targets.length);
    const visible = stdout
      .replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, '')
      .replace(/\u001b\[[0-9;]*m/g, '');
    for (const text of shown) expect(visible).toContain(text);
    expect(visible).not.toContain(hidden);
    // In numbered mode the listed addresses are clickable too: two of each.
    if (mode === 'numbered')
      expect(
        targets.filter((target) => target?.startsWith('https://example.com/a_b')),
      ).toHaveLength(2);
  });

  // No --hyperlinks flag and no FORCE_HYPERLINK (which article reads itself): the
  // supports-hyperlinks library decides from the terminal's own variables.
  it.each([
    ['iTerm2 3.5', { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.0' }, true],
    ['a VTE terminal (GNOME Terminal)', { VTE_VERSION: '7600' }, true],
    [
      'iTerm2 3.0, from before OSC 8',
      { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.0' },
      false,
    ],
    ['plain xterm', { TERM: 'xterm' }, false],
  ])('follow supports-hyperlinks in a terminal: %s', async (_, env, expected) => {
    const { raw } = await runInTerminal(['-f', file, '-w', '60'], { env });
    expect(opened(raw).includes('https://example.com/wrap')).toBe(expected);
    if (!expected) expect(opened(raw)).toEqual([]);
  });

  it('follow FORCE_HYPERLINK in a terminal, above what the terminal says', async () => {
    const on = await runInTerminal(['-f', file, '-w', '60'], {
      env: { TERM: 'xterm', FORCE_HYPERLINK: '1' },
    });
    expect(opened(on.raw)).toContain('https://example.com/wrap');
    const off = await runInTerminal(['-f', file, '-w', '60'], {
      env: { VTE_VERSION: '7600', FORCE_HYPERLINK: '0' },
    });
    expect(opened(off.raw)).toEqual([]);
  });
});
