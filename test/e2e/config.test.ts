import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run.ts';

function withConfig(text: string): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'article-config-'));
  mkdirSync(join(home, 'article'));
  writeFileSync(join(home, 'article', 'config.json'), text);
  return { XDG_CONFIG_HOME: home };
}

const widest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));
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

  it.each([
    ['{ "width": ', /config\.json: not valid JSON/],
    ['[]', /config\.json: must be a JSON object/],
    ['{ "colour": "always" }', /config\.json: unknown setting 'colour'/],
    ['{ "width": 5 }', /config\.json: "width" must be 0 or a whole number of at least 20/],
    ['{ "theme": "blue" }', /config\.json: "theme" must be one of dark, light, auto/],
  ])('refuses %s with one line naming the file', (text, message) => {
    const result = runArticle(['--list'], { env: withConfig(text) });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^article: \/.*\n$/);
    expect(result.stderr).toMatch(message);
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

  it('never colour plain text', () => {
    expect(runArticle(['--plain', '--theme', 'light']).stdout).not.toContain('\u001b');
  });
});
