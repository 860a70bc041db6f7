import { emojiNames } from '../libraries.ts';

/** Anything that could be a shortcode: text without one never loads the names. */
const candidate = /:[a-z0-9_+-]+:/;

/**
 * A shortcode standing apart from the words around it: `a:b:c`, `12:30:45`
 * and `user:id:42` are words with colons in them, not shortcodes. Once a
 * match's closing colon is taken, the next shortcode may start right after it
 * (`:+1::tada:`).
 */
const shortcode = /(?<![\p{L}\p{N}]):([a-z0-9_+-]+):(?![\p{L}\p{N}])/gu;

/**
 * Text with GitHub's emoji shortcodes (`:tada:`) as the emoji they name, for
 * names on GitHub's list (gemoji's) only: `:not_a_name:` stays as written.
 * Given the text of spans, never of code or of a link's address, which GitHub
 * leaves as they are too.
 */
export function replaceShortcodes(text: string): string {
  if (!candidate.test(text)) return text;
  const names = emojiNames();
  return text.replace(shortcode, (written, name: string) =>
    Object.hasOwn(names, name) ? (names[name] ?? written) : written,
  );
}
