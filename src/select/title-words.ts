/**
 * How a reference and a section title are compared, shared by the matching of
 * references (select.ts) and the suggestions when none matches
 * (closest-sections.ts), so that both see the same words.
 */

/** Lower case, white space runs as one space, none at the ends. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The words of normalised text: split at spaces, without the punctuation
 * around them ("(two)," is "two"); punctuation inside stays, so "season-two"
 * is one word, as a reference like "katherine-langford" is an id, not words.
 */
export function titleWords(text: string): string[] {
  return text
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}
