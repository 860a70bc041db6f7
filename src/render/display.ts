import type { ThemeName } from './theme.ts';

/** The formats a document is rendered in. */
export type Format = 'text' | 'markdown' | 'json';

/**
 * How links print in text: `inline` as `text (url)`; `numbered` as `text[3]`
 * with the section's addresses listed below it, as lynx and w3m dump a page;
 * `none` as their text alone, images left out.
 */
export const linkModes = ['inline', 'numbered', 'none'] as const;
export type LinkMode = (typeof linkModes)[number];

/** How the text looks, as decided for this request and output (src/cli/display.ts). */
export interface Display {
  /** Wrap width in terminal cells; 0 turns wrapping off. */
  readonly width: number;
  readonly colour: boolean;
  readonly theme: ThemeName;
  /** Links as OSC 8 hyperlinks (only with colour). */
  readonly hyperlinks: boolean;
  readonly links: LinkMode;
  /**
   * Whether the line under the title (byline, site, date, reading time)
   * shows: for a person reading, not for a tool reading plain text from a
   * pipe, as bat leaves its decorations out of a pipe. The metadata stays in
   * JSON and in Markdown's front matter for tools.
   */
  readonly metadataLine: boolean;
}

/** Lines longer than this read badly, however wide the terminal. */
export const widestDefault = 100;

/** Unwrapped plain text, for JSON and for searching. */
export const plainDisplay: Display = {
  width: 0,
  colour: false,
  theme: 'dark',
  hyperlinks: false,
  links: 'inline',
  metadataLine: false,
};
