import type { Token } from 'marked';

/**
 * Inline tokens with every image left out, also inside links and emphasis,
 * for text that shows no images (`--links none`); a link that held only an
 * image (a badge) goes with it. Of the spaces around what goes, one is kept:
 * `a ![x](y) b` reads `a b`, not `a  b`, and an image that starts a line
 * takes the space after it along.
 */
export function withoutImages(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let afterImage = false;
  for (const token of tokens) {
    const inner =
      'tokens' in token && token.tokens?.length ? withoutImages(token.tokens) : undefined;
    if (token.type === 'image' || inner?.length === 0) {
      afterImage = true;
      continue;
    }
    let next: Token = inner ? ({ ...token, tokens: inner } as Token) : token;
    if (afterImage && next.type === 'text' && !next.tokens && spaceBefore(kept.at(-1)))
      next = { ...next, text: next.text.replace(/^\s+/, '') };
    kept.push(next);
    afterImage = false;
  }
  return kept;
}

/** Nothing before, or text that ends in white space. */
function spaceBefore(token: Token | undefined): boolean {
  return token === undefined || (token.type === 'text' && /\s$/.test(token.text));
}
