import type * as ChildProcess from 'node:child_process';
import type * as Readability from '@mozilla/readability';
import type * as NpmcliAgent from '@npmcli/agent';
import type ansiStyles from 'ansi-styles';
import type * as Cacache from 'cacache';
import type * as Chalk from 'chalk';
import type cliTruncate from 'cli-truncate';
import type * as CssLineBreak from 'css-line-break/dist/types/LineBreak.d.ts';
import type * as Entities from 'entities';
import type * as Gemoji from 'gemoji';
import type { HLJSApi } from 'highlight.js';
import type HtmlEncodingSniffer from 'html-encoding-sniffer';
import type * as Linkedom from 'linkedom';
import type MakeFetchHappen from 'make-fetch-happen';
import type * as Marked from 'marked';
import type stringWidth from 'string-width';
import type * as SupportsHyperlinks from 'supports-hyperlinks';
import type TurndownService from 'turndown';
import type * as TurndownGfm from 'turndown-plugin-gfm';
import type wrapAnsi from 'wrap-ansi';
import type * as Yaml from 'yaml';

/*
 * Libraries that not every run needs, loaded on first use, all of them here.
 * `require` makes the bundle initialise them lazily (an import would run them
 * at start-up, and start-up is most of what printing the bundled article
 * costs: README, Performance). marked compiles every expression of its
 * grammar when loaded, and the bundled article is parsed at build time; yaml
 * is only for front matter; entities builds its decoding tables, needed only
 * for text with an '&'; highlight.js only
 * for fenced code that names a language; css-line-break only for East Asian
 * text; chalk only for colour; string-width (with wrap-ansi and cli-truncate)
 * creates a segmenter and compiles Unicode expressions, which ASCII text never
 * needs; supports-hyperlinks only on a terminal; child_process only to page;
 * Readability, linkedom, turndown and html-encoding-sniffer only for HTML;
 * make-fetch-happen, @npmcli/agent and cacache only for a web address;
 * gemoji's names only for text with a `:name:` in it.
 */

export function marked(): typeof Marked {
  return require('marked') as typeof Marked;
}

export function yaml(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}

export function highlighter(): HLJSApi {
  return require('highlight.js/lib/common') as HLJSApi;
}

/**
 * css-line-break's module of rules, which exports, beside the LineBreaker its
 * index gives, the decision at one place (lineBreakAtIndex) and the classes.
 */
export function lineBreaker(): typeof CssLineBreak {
  return require('css-line-break/dist/lib/LineBreak.js') as typeof CssLineBreak;
}

export function chalk(): typeof Chalk {
  return require('chalk') as typeof Chalk;
}

export function supportsHyperlinks(): typeof SupportsHyperlinks {
  return require('supports-hyperlinks') as typeof SupportsHyperlinks;
}

export function childProcess(): typeof ChildProcess {
  return require('node:child_process') as typeof ChildProcess;
}

/** Widths in terminal cells of any Unicode text, and wrapping and cutting by them. */
export interface UnicodeWidths {
  readonly wrapAnsi: typeof wrapAnsi;
  readonly stringWidth: typeof stringWidth;
  readonly cliTruncate: typeof cliTruncate;
  /** The SGR codes that close each style, as wrap-ansi (which depends on it) reads them. */
  readonly ansiStyles: typeof ansiStyles;
}

/**
 * Each loaded on first use: text beyond ASCII needs string-width, styled
 * text ansi-styles, and only text with tabs or unusual escape sequences
 * wrap-ansi (README, Performance).
 */
const unicode = {
  wrapAnsi: undefined as typeof wrapAnsi | undefined,
  stringWidth: undefined as typeof stringWidth | undefined,
  cliTruncate: undefined as typeof cliTruncate | undefined,
  ansiStyles: undefined as typeof ansiStyles | undefined,
};

const unicodeLibraries: UnicodeWidths = {
  get wrapAnsi() {
    unicode.wrapAnsi ??= (require('wrap-ansi') as { default: typeof wrapAnsi }).default;
    return unicode.wrapAnsi;
  },
  get stringWidth() {
    unicode.stringWidth ??= (require('string-width') as { default: typeof stringWidth }).default;
    return unicode.stringWidth;
  },
  get cliTruncate() {
    unicode.cliTruncate ??= (require('cli-truncate') as { default: typeof cliTruncate }).default;
    return unicode.cliTruncate;
  },
  get ansiStyles() {
    unicode.ansiStyles ??= (require('ansi-styles') as { default: typeof ansiStyles }).default;
    return unicode.ansiStyles;
  },
};

export function unicodeWidths(): UnicodeWidths {
  return unicodeLibraries;
}

export function entities(): typeof Entities {
  return require('entities') as typeof Entities;
}

export function readability(): typeof Readability {
  return require('@mozilla/readability') as typeof Readability;
}

export function linkedom(): typeof Linkedom {
  return require('linkedom') as typeof Linkedom;
}

export function turndown(): typeof TurndownService {
  return require('turndown') as typeof TurndownService;
}

export function turndownGfm(): typeof TurndownGfm {
  return require('turndown-plugin-gfm') as typeof TurndownGfm;
}

export function htmlEncodingSniffer(): typeof HtmlEncodingSniffer {
  return require('html-encoding-sniffer') as typeof HtmlEncodingSniffer;
}

export function makeFetchHappen(): typeof MakeFetchHappen {
  return require('make-fetch-happen') as typeof MakeFetchHappen;
}

export function npmcliAgent(): typeof NpmcliAgent {
  return require('@npmcli/agent') as typeof NpmcliAgent;
}

export function cacache(): typeof Cacache {
  return require('cacache') as typeof Cacache;
}

/** GitHub's emoji names (`tada` -> 🎉); the bundle carries only this table of gemoji's data (scripts/build.mjs). */
export function emojiNames(): Readonly<Record<string, string>> {
  return (require('gemoji') as Pick<typeof Gemoji, 'nameToEmoji'>).nameToEmoji;
}
