import type * as Marked from 'marked';
import type * as Yaml from 'yaml';

/**
 * Libraries that not every run needs, loaded on first use. `require` makes the
 * bundle initialise them lazily (an import would run them at start-up): marked
 * compiles every expression of its grammar when loaded, which the bundled
 * article, parsed at build time, never needs; yaml is only for front matter.
 */
export function marked(): typeof Marked {
  return require('marked') as typeof Marked;
}

export function yaml(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}
