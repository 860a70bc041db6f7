import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, type Request } from '../../../src/cli/command-line.ts';
import { configPath, readConfig, withConfig } from '../../../src/cli/config.ts';
import { ArticleError, UsageError } from '../../../src/errors.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const temp = temporaryFolder('config');

/** An environment whose configuration file holds `text` (none when undefined). */
function withFile(name: string, text: string | undefined): { XDG_CONFIG_HOME: string } {
  const folder = join(temp.path, name);
  mkdirSync(join(folder, 'article'), { recursive: true });
  if (text !== undefined) writeFileSync(join(folder, 'article', 'config.json'), text);
  return { XDG_CONFIG_HOME: folder };
}

describe('configPath', () => {
  it('is under XDG_CONFIG_HOME, else under ~/.config', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/x/conf', HOME: '/home/a' })).toBe(
      '/x/conf/article/config.json',
    );
    expect(configPath({ HOME: '/home/a' })).toBe('/home/a/.config/article/config.json');
    expect(configPath({ XDG_CONFIG_HOME: '', HOME: '/home/a' })).toBe(
      '/home/a/.config/article/config.json',
    );
  });
});

describe('readConfig', () => {
  it('is empty when there is no file', () => {
    expect(readConfig(withFile('none', undefined))).toEqual({});
  });

  it('reads every setting, with or without a byte-order mark', () => {
    const text =
      '{"width": 72, "theme": "light", "color": "never", "pager": "less -R", "links": "numbered", "history": false}';
    const settings = {
      width: 72,
      theme: 'light',
      color: 'never',
      pager: 'less -R',
      links: 'numbered',
      history: false,
    };
    expect(readConfig(withFile('all', text))).toEqual(settings);
    expect(readConfig(withFile('bom', `\uFEFF${text}`))).toEqual(settings);
    expect(readConfig(withFile('zero', '{"width": 0, "pager": false}'))).toEqual({
      width: 0,
      pager: false,
    });
  });

  it.each([
    ['not JSON', '{width: 72}', /: not valid JSON: /],
    ['an array', '[]', /: must be a JSON object$/],
    ['null', 'null', /: must be a JSON object$/],
    [
      'an unknown key',
      '{"colour": "never"}',
      /: unknown setting 'colour' \(known: width, theme, color, pager, links, history\)$/,
    ],
    [
      'a width as a string',
      '{"width": "72"}',
      /: "width" must be 0 or a whole number of at least 20, not "72"$/,
    ],
    [
      'a narrow width',
      '{"width": 10}',
      /: "width" must be 0 or a whole number of at least 20, not 10$/,
    ],
    ['a fractional width', '{"width": 72.5}', /not 72\.5$/],
    [
      'an unknown theme',
      '{"theme": "blue"}',
      /: "theme" must be one of dark, light, auto, not "blue"$/,
    ],
    [
      'an unknown colour',
      '{"color": true}',
      /: "color" must be one of auto, always, never, not true$/,
    ],
    ['a pager number', '{"pager": 1}', /: "pager" must be true, false or a command$/],
    ['a history string', '{"history": "no"}', /: "history" must be true or false, not "no"$/],
    [
      'an unknown link mode',
      '{"links": "footnotes"}',
      /: "links" must be one of inline, numbered, none, not "footnotes"$/,
    ],
    [
      'a link mode that is no string',
      '{"links": false}',
      /: "links" must be one of .*, not false$/,
    ],
  ])('refuses %s, naming the file', (name, text, message) => {
    const env = withFile(name.replace(/ /g, '-'), text);
    const read = () => readConfig(env);
    expect(read).toThrow(ArticleError);
    expect(read).toThrow(message);
    expect(read).toThrow(`${join(env.XDG_CONFIG_HOME, 'article', 'config.json')}: `);
  });

  it('says when the file cannot be read', () => {
    // A folder where the file should be.
    const env = withFile('folder', undefined);
    mkdirSync(join(env.XDG_CONFIG_HOME, 'article', 'config.json'));
    expect(() => readConfig(env)).toThrow(/config\.json: cannot read the configuration: EISDIR/);
  });
});

describe('withConfig', () => {
  // What an empty command line asks for: no flag says anything.
  const request = parseCommandLine([]) as Request;
  const config = {
    width: 72,
    theme: 'light',
    color: 'never',
    pager: true,
    links: 'numbered',
  } as const;

  it('fills what no flag said', () => {
    expect(withConfig(request, config, {})).toMatchObject({
      width: 72,
      theme: 'light',
      colour: 'never',
      pager: true,
      pagerCommand: undefined,
      links: 'numbered',
    });
  });

  it('lets flags win', () => {
    const flags = {
      ...request,
      width: 0,
      theme: 'dark',
      colour: 'always',
      pager: false,
      links: 'none',
    } as const;
    expect(withConfig(flags, config, {})).toMatchObject({
      width: 0,
      theme: 'dark',
      colour: 'always',
      pager: false,
      links: 'none',
    });
    expect(withConfig(parseCommandLine(['--links', 'inline']) as Request, config, {}).links).toBe(
      'inline',
    );
  });

  it('keeps the history on unless --no-history or "history": false says', () => {
    expect(withConfig(request, {}, {}).history).toBe(true);
    expect(withConfig(request, { history: false }, {}).history).toBe(false);
    expect(withConfig(request, { history: true }, {}).history).toBe(true);
    const flag = parseCommandLine(['-i', '--no-history']) as Request;
    expect(flag.history).toBe(false);
    expect(withConfig(flag, { history: true }, {}).history).toBe(false);
  });

  it('takes a pager command as the command, leaving the decision to page alone', () => {
    expect(withConfig(request, { pager: 'most' }, {})).toMatchObject({
      pager: undefined,
      pagerCommand: 'most',
    });
  });

  it('puts ARTICLE_THEME between --theme and the file, empty meaning unset', () => {
    expect(withConfig(request, config, { ARTICLE_THEME: 'dark' }).theme).toBe('dark');
    expect(withConfig({ ...request, theme: 'auto' }, config, { ARTICLE_THEME: 'dark' }).theme).toBe(
      'auto',
    );
    expect(withConfig(request, config, { ARTICLE_THEME: '' }).theme).toBe('light');
  });

  it('refuses an unknown ARTICLE_THEME as a usage error, even under --theme', () => {
    const wrong = () =>
      withConfig({ ...request, theme: 'dark' }, {}, { ARTICLE_THEME: 'solarized' });
    expect(wrong).toThrow(UsageError);
    expect(wrong).toThrow('ARTICLE_THEME must be one of dark, light, auto, not "solarized"');
  });
});
