import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ArticleError, UsageError } from '../errors.ts';
import type { Environment } from '../io.ts';
import { type LinkMode, linkModes } from '../render/display.ts';
import type { Request } from './command-line.ts';
import type { ColourChoice, ThemeChoice } from './display.ts';
import { parseWidth, themeChoices } from './display.ts';

/** Defaults a user may set in $XDG_CONFIG_HOME/article/config.json; flags win over them. */
export interface Config {
  readonly width?: number;
  readonly theme?: ThemeChoice;
  readonly color?: ColourChoice;
  /** true or false as --pager and --no-pager, or the pager command to run. */
  readonly pager?: boolean | string;
  readonly links?: LinkMode;
  /** false: the reader neither resumes nor keeps the place (as --no-history). */
  readonly history?: boolean;
}

export function configPath(env: Environment): string {
  return join(
    env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'),
    'article',
    'config.json',
  );
}

/** The user's configuration; none is no error, a broken one is, naming the file. */
export function readConfig(env: Environment): Config {
  const path = configPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ArticleError(`${path}: cannot read the configuration: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ArticleError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  return checkConfig(data, path);
}

const keys = ['width', 'theme', 'color', 'pager', 'links', 'history'];

function checkConfig(data: unknown, path: string): Config {
  const fail = (reason: string) => new ArticleError(`${path}: ${reason}`);
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw fail('must be a JSON object');
  const fields = data as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !keys.includes(key));
  if (unknown) throw fail(`unknown setting '${unknown}' (known: ${keys.join(', ')})`);
  const { width, theme, color, pager, links, history } = fields;
  if (width !== undefined && !isWidth(width)) {
    throw fail(`"width" must be 0 or a whole number of at least 20, not ${JSON.stringify(width)}`);
  }
  const oneOf = (name: string, value: unknown, choices: readonly string[]) => {
    if (value !== undefined && !choices.includes(value as string)) {
      throw fail(`"${name}" must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}`);
    }
  };
  oneOf('theme', theme, themeChoices);
  oneOf('color', color, ['auto', 'always', 'never']);
  oneOf('links', links, linkModes);
  if (pager !== undefined && typeof pager !== 'boolean' && typeof pager !== 'string') {
    throw fail('"pager" must be true, false or a command');
  }
  if (history !== undefined && typeof history !== 'boolean') {
    throw fail(`"history" must be true or false, not ${JSON.stringify(history)}`);
  }
  return fields as Config;
}

/**
 * A JSON number that --width would accept. A string of digits is not one: the
 * width is used as it is, and "72" would turn wrapping off.
 */
function isWidth(value: unknown): boolean {
  if (typeof value !== 'number') return false;
  try {
    parseWidth(String(value));
    return true;
  } catch {
    return false;
  }
}

/** The request with the configuration's defaults where no flag (or, for the theme, ARTICLE_THEME) said. */
export function withConfig(request: Request, config: Config, env: Environment): Request {
  // Checked even when --theme overrides it.
  const themeVariable = checkedThemeVariable(env);
  return {
    ...request,
    width: request.width ?? config.width,
    colour: request.colour ?? config.color,
    theme: request.theme ?? themeVariable ?? config.theme,
    links: request.links ?? config.links,
    pager: request.pager ?? (typeof config.pager === 'boolean' ? config.pager : undefined),
    history: request.history ?? config.history ?? true,
    pagerCommand: typeof config.pager === 'string' ? config.pager : undefined,
  };
}

/**
 * ARTICLE_THEME is checked as --theme is (a usage error) and as the file's theme is: a
 * typo would otherwise fall back to auto unnoticed. NO_COLOR, FORCE_COLOR and
 * ARTICLE_PAGER are shared conventions where any value means something; this one
 * has three values. Empty counts as unset, as for the other variables.
 */
function checkedThemeVariable(env: Environment): ThemeChoice | undefined {
  const value = env.ARTICLE_THEME;
  if (!value) return undefined;
  if (!isThemeChoice(value)) {
    throw new UsageError(
      `ARTICLE_THEME must be one of ${themeChoices.join(', ')}, not ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function isThemeChoice(value: string): value is ThemeChoice {
  return (themeChoices as readonly string[]).includes(value);
}
