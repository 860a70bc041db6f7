import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleBin, root, runArticle, testEnvironment } from '../helpers/run.ts';
import { startSession, stopSessions } from '../helpers/session.ts';

/** A configuration folder holding article/config.json with this text. */
function configFolder(text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'article-config-'));
  mkdirSync(join(folder, 'article'));
  writeFileSync(join(folder, 'article', 'config.json'), text);
  return folder;
}

function withConfig(text: string): Record<string, string> {
  return { XDG_CONFIG_HOME: configFolder(text) };
}

const widths = (text: string) =>
  text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.length);
const widest = (text: string) => Math.max(...widths(text));
const lightHeading = '\u001b[38;5;25m';
const darkHeading = '\u001b[38;5;117m';

describe('the configuration file', () => {
  it('sets defaults, and flags win over it', () => {
    const env = withConfig('{ "width": 40, "color": "always", "theme": "light" }');
    const configured = runArticle(['2'], { env });
    expect(widest(configured.stdout.replace(/\u001b\[[0-9;]*m/g, ''))).toBeLessThanOrEqual(40);
    expect(configured.stdout).toContain(lightHeading);
    const flagged = runArticle(['2', '-w', '60', '--plain'], { env });
    expect(flagged.stdout).not.toContain('\u001b');
    expect(widest(flagged.stdout)).toBeGreaterThan(40);
  });

  it('wraps at the width it sets, exactly', () => {
    const { stdout, status } = runArticle(['2'], { env: withConfig('{ "width": 72 }') });
    expect(status).toBe(0);
    expect(widest(stdout)).toBeLessThanOrEqual(72);
    expect(widest(stdout)).toBeGreaterThan(60);
  });

  it('is read from ~/.config when XDG_CONFIG_HOME is not set', () => {
    const home = mkdtempSync(join(tmpdir(), 'article-home-'));
    mkdirSync(join(home, '.config', 'article'), { recursive: true });
    writeFileSync(join(home, '.config', 'article', 'config.json'), '{ "width": 30 }');
    const { XDG_CONFIG_HOME: _, ...env } = testEnvironment();
    const result = spawnSync(process.execPath, [articleBin, '2'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, HOME: home },
    });
    expect(result.status).toBe(0);
    expect(widest(result.stdout)).toBeLessThanOrEqual(30);
  });

  it('is read when it starts with a byte-order mark', () => {
    const result = runArticle(['2'], { env: withConfig('\uFEFF{ "width": 40 }') });
    expect(result.stderr).toBe('');
    expect(widest(result.stdout)).toBeLessThanOrEqual(40);
  });

  it('gives colour and theme below --color, --theme and ARTICLE_THEME', () => {
    const light = withConfig('{ "color": "always", "theme": "light" }');
    expect(runArticle(['2'], { env: light }).stdout).toContain(lightHeading);
    expect(runArticle(['2', '--theme', 'dark'], { env: light }).stdout).toContain(darkHeading);
    expect(runArticle(['2'], { env: { ...light, ARTICLE_THEME: 'dark' } }).stdout).toContain(
      darkHeading,
    );
    expect(runArticle(['2', '--color', 'never'], { env: light }).stdout).not.toContain('\u001b');
    const never = withConfig('{ "color": "never" }');
    expect(runArticle(['2'], { env: never }).stdout).not.toContain('\u001b');
    expect(runArticle(['2', '--color', 'always'], { env: never }).stdout).toContain(darkHeading);
  });

  it('sets how links print, below --links', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'article-links-')), 'links.md');
    writeFileSync(file, '# T\n\nSee [the docs](https://x.org/docs) and ![a cat](cat.png).\n');
    const numbered = withConfig('{ "links": "numbered" }');
    expect(runArticle(['-f', file, '--plain'], { env: numbered }).stdout).toBe(
      'T\n=\n\nSee the docs[1] and [image: a cat][2].\n\n[1] https://x.org/docs\n[2] cat.png\n',
    );
    expect(runArticle(['-f', file, '--plain', '--links', 'none'], { env: numbered }).stdout).toBe(
      'T\n=\n\nSee the docs and.\n',
    );
    expect(
      runArticle(['-f', file, '--plain', '--links', 'inline'], { env: numbered }).stdout,
    ).toContain('See the docs (https://x.org/docs) and [image: a cat] (cat.png).');
  });

  it.each([
    [
      '{ "links": "footnotes" }',
      /config\.json: "links" must be one of inline, numbered, none, not "footnotes"$/m,
    ],
    ['{ "width": ', /config\.json: not valid JSON/],
    ['[]', /config\.json: must be a JSON object/],
    ['{ "colour": "always" }', /config\.json: unknown setting 'colour'/],
    ['{ "width": 5 }', /config\.json: "width" must be 0 or a whole number of at least 20/],
    ['{ "width": "72" }', /config\.json: "width" must be 0 or a whole number .*, not "72"$/m],
    ['{ "width": 72.5 }', /config\.json: "width" must be 0 or a whole number/],
    ['{ "pager": 1 }', /config\.json: "pager" must be true, false or a command/],
    ['{ "theme": "blue" }', /config\.json: "theme" must be one of dark, light, auto/],
  ])('refuses %s with one line naming the file', (text, message) => {
    const result = runArticle(['--list'], { env: withConfig(text) });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^article: \/.*\n$/);
    expect(result.stderr).toMatch(message);
  });
});

describe('the pager of the configuration file', () => {
  afterEach(stopSessions);

  /** A pager that says it ran and how many lines it was given. */
  function markingPager(): string {
    const pager = join(mkdtempSync(join(tmpdir(), 'article-pager-')), 'pager');
    writeFileSync(pager, '#!/bin/sh\necho "marking pager: $(wc -l) lines"\n');
    chmodSync(pager, 0o755);
    return pager;
  }

  it('is run on a terminal when ARTICLE_PAGER is unset', async () => {
    const env = withConfig(JSON.stringify({ pager: markingPager() }));
    const session = startSession(['2'], { env, rows: 10 });
    await session.waitFor(/marking pager: \d+ lines/);
    expect((await session.finish()).exitCode).toBe(0);
  });

  it('is below ARTICLE_PAGER', async () => {
    const env = { ...withConfig(JSON.stringify({ pager: markingPager() })), ARTICLE_PAGER: 'cat' };
    const session = startSession(['2'], { env, rows: 10 });
    await session.finish();
    expect(session.raw).not.toContain('marking pager');
    expect(session.raw).toContain('Season 2');
  });

  it('is none when false, even for text taller than the screen and with PAGER set', async () => {
    const env = { ...withConfig('{ "pager": false }'), PAGER: markingPager() };
    const session = startSession(['2'], { env, rows: 10 });
    await session.finish();
    expect(session.raw).not.toContain('marking pager');
    expect(session.raw).toContain('Season 2');
  });
});

describe('themes', () => {
  it('are dark by default, light from COLORFGBG, ARTICLE_THEME or --theme', () => {
    const heading = (args: string[], env: Record<string, string> = {}) =>
      runArticle(['2', '--color', 'always', ...args], { env }).stdout.slice(0, 20);
    expect(heading([])).toContain(darkHeading);
    expect(heading([], { COLORFGBG: '0;15' })).toContain(lightHeading);
    expect(heading([], { COLORFGBG: '15;0' })).toContain(darkHeading);
    expect(heading([], { ARTICLE_THEME: 'light' })).toContain(lightHeading);
    expect(heading(['--theme', 'dark'], { ARTICLE_THEME: 'light' })).toContain(darkHeading);
    expect(heading(['--theme', 'light'])).toContain(lightHeading);
  });

  it('refuse a bad ARTICLE_THEME as a usage error, as a bad --theme', () => {
    const result = runArticle(['--list'], { env: { ARTICLE_THEME: 'solarized' } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^article: ARTICLE_THEME must be one of dark, light, auto, not "solarized"[^\n]*\n$/,
    );
    expect(runArticle(['--list'], { env: { ARTICLE_THEME: '' } }).status).toBe(0);
  });

  it('never colour plain text', () => {
    expect(runArticle(['--plain', '--theme', 'light']).stdout).not.toContain('\u001b');
  });
});
