import type { Lexer, MarkedOptions, Token } from 'marked';
import { marked } from '../libraries.ts';

/**
 * More `*` and `_` than this in one inline run (a paragraph, a heading, a
 * table cell) and the run is shown as it is written, without inline parsing.
 * marked pairs emphasis delimiters in time that grows with the square of
 * their number (markedjs/marked#4099); `~` and backticks stay linear, so they
 * are not counted. No real paragraph comes near the limit, and a run at it
 * still parses quickly (README, Performance: Limits).
 */
export const mostEmphasisDelimiters = 1000;

const star = 0x2a;
const underscore = 0x5f;

let guardedLexer: (new (options: MarkedOptions) => Lexer) | undefined;

/** marked's lexer, reading inline runs with too many emphasis delimiters as plain text. */
export function emphasisGuardedLexer(): new (options: MarkedOptions) => Lexer {
  guardedLexer ??= class extends marked().Lexer {
    override inlineTokens(src: string, tokens: Token[] = []): Token[] {
      if (!tooManyDelimiters(src)) return super.inlineTokens(src, tokens);
      tokens.push({ type: 'text', raw: src, text: src, escaped: false });
      return tokens;
    }
  };
  return guardedLexer;
}

/** Counts without allocating, and stops as soon as the answer is known. */
function tooManyDelimiters(text: string): boolean {
  if (text.length <= mostEmphasisDelimiters) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === star || code === underscore) && ++count > mostEmphasisDelimiters) return true;
  }
  return false;
}
