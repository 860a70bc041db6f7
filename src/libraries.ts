import type * as CssLineBreak from 'css-line-break';
import type { HLJSApi } from 'highlight.js';
import type * as Marked from 'marked';
import type * as MarkedTerminal from 'marked-terminal';
import type * as Yaml from 'yaml';

/*
 * Libraries that not every run needs, loaded on first use. `require` makes the
 * bundle initialise them lazily (an import would run them at start-up, and
 * start-up is most of what printing the bundled article costs): marked
 * compiles every expression of its grammar when loaded, and the bundled
 * article is parsed at build time; yaml is only for front matter; entities
 * builds its decoding tables, needed only for text with an '&'; and
 * marked-terminal, with chalk and its terminal probes, only for emphasis;
 * highlight.js (its common languages) only for fenced code that names one;
 * css-line-break only for East Asian text, which breaks between characters.
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

export function lineBreaker(): typeof CssLineBreak {
  return require('css-line-break') as typeof CssLineBreak;
}

export function markedTerminal(): typeof MarkedTerminal {
  return require('marked-terminal') as typeof MarkedTerminal;
}

/**
 * HTML entities decoded as CommonMark reads them: only complete references
 * ending in ';' (so `?a=1&copy=2` in a URL stays as written). Text without an
 * '&' is returned as it is, without loading the tables.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const { decodeHTMLStrict } = require('entities') as typeof import('entities');
  return text.replace(entityReference, (reference) => decodeHTMLStrict(reference));
}

const entityReference = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
