import { UsageError } from '../errors.ts';
import type { Environment, Io } from '../io.ts';
import { supportsHyperlinks } from '../libraries.ts';
import { type Display, type LinkMode, widestDefault } from '../render/display.ts';

export type ColourChoice = 'auto' | 'always' | 'never';
/** The themes --theme, ARTICLE_THEME and the configuration's "theme" accept. */
export const themeChoices = ['dark', 'light', 'auto'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type HyperlinkChoice = 'auto' | 'always' | 'never';

/**
 * Colour is decided here once, and every renderer follows it. Flags win; then
 * a non-empty NO_COLOR (no-color.org) turns colour off and FORCE_COLOR on
 * (FORCE_COLOR=0 or false means off, as in chalk); then a terminal means on.
 */
export function decideColour(choice: ColourChoice, env: Environment, isTTY: boolean): boolean {
  if (choice !== 'auto') return choice === 'always';
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY;
}

export const pipeDefault = 80;
export const narrowestWidth = 20;

export function decideWidth(
  flag: number | undefined,
  isTTY: boolean,
  columns: number | undefined,
): number {
  if (flag !== undefined) return flag;
  if (isTTY && columns && columns > 0) return Math.min(columns, widestDefault);
  return pipeDefault;
}

/** `--width`: a whole number of at least 20, or 0 for no wrapping. */
export function parseWidth(value: string): number {
  const width = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (width === 0 || (Number.isSafeInteger(width) && width >= narrowestWidth)) return width;
  throw new UsageError(
    `--width must be 0 or a whole number of at least ${narrowestWidth}, not '${value}'`,
  );
}

/**
 * The palette: dark or light as asked (by --theme, ARTICLE_THEME or the
 * configuration, which withConfig has resolved), else read from COLORFGBG
 * ("fg;bg", set by rxvt, Konsole and others), where a background of 7 or 15
 * is light; dark when nothing says otherwise.
 */
export function decideTheme(choice: ThemeChoice | undefined, env: Environment): 'dark' | 'light' {
  if (choice === 'dark' || choice === 'light') return choice;
  const background = env.COLORFGBG?.split(';').at(-1);
  return background === '7' || background === '15' ? 'light' : 'dark';
}

/**
 * OSC 8 hyperlinks: never without colour (plain text is for other tools),
 * always or never as asked, else where supports-hyperlinks finds a terminal
 * that shows them.
 */
export function decideHyperlinks(
  choice: HyperlinkChoice,
  colour: boolean,
  env: Environment,
  isTTY: boolean,
): boolean {
  if (!colour || choice === 'never') return false;
  if (choice === 'always') return true;
  if (!isTTY) return false;
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  // It reads the terminal's own variables (TERM_PROGRAM, VTE_VERSION, …) from process.env.
  return supportsHyperlinks().supportsHyperlink({ isTTY: true });
}

/** What the command line and the configuration ask of the text's looks. */
export interface DisplayChoices {
  /** Undefined when no flag says: then the configuration, then NO_COLOR, FORCE_COLOR and the terminal decide. */
  readonly colour: ColourChoice | undefined;
  /** --width: cells, 0 for no wrapping, undefined to follow the terminal. */
  readonly width: number | undefined;
  readonly theme: ThemeChoice | undefined;
  readonly hyperlinks: HyperlinkChoice;
  /** --links; undefined when no flag says: then the configuration, then inline. */
  readonly links: LinkMode | undefined;
}

/** How the text looks, as the printing mode decides it for these choices and this output. */
export function display(request: DisplayChoices, io: Io): Display {
  const isTTY = io.stdout.isTTY === true;
  const colour = decideColour(request.colour ?? 'auto', io.env, isTTY);
  return {
    width: decideWidth(request.width, isTTY, io.stdout.columns),
    colour,
    theme: decideTheme(request.theme, io.env),
    hyperlinks: decideHyperlinks(request.hyperlinks, colour, io.env, isTTY),
    links: request.links ?? 'inline',
    metadataLine: isTTY || colour,
  };
}
