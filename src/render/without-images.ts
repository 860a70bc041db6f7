import type { Token } from 'marked';

/**
 * Inline tokens with every image left out, also inside links and emphasis,
 * for text that shows no images (`--links none`); a link that held only an
 * image (a badge) goes with it. The spaces around what goes close up as if
 * it had never been written: `a ![x](y) b` reads `a b`, not `a  b`;
 * `a ![x](y).` reads `a.`; an image that starts a line takes the space after
 * it along.
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
    const next: Token = inner ? ({ ...token, tokens: inner } as Token) : token;
    if (afterImage) closeUp(kept, next);
    else kept.push(next);
    afterImage = false;
  }
  return kept;
}

/** Adds `next` to `kept` where an image was left out between them, with the space that was its own. */
function closeUp(kept: Token[], next: Token): void {
  const before = kept.at(-1);
  const spaceBefore = before === undefined || (isText(before) && /\s$/.test(before.text));
  if (spaceBefore && isText(next) && /^\s/.test(next.text)) {
    kept.push({ ...next, text: next.text.replace(/^\s+/, '') });
    return;
  }
  // Punctuation closes up to the word before: `see ![x](y).` reads `see.`.
  if (
    before &&
    isText(before) &&
    /\s$/.test(before.text) &&
    isText(next) &&
    /^[.,;:!?)]/.test(next.text)
  )
    kept[kept.length - 1] = { ...before, text: before.text.replace(/\s+$/, '') };
  kept.push(next);
}

/** A run of text of its own (not a list item's text, which holds spans). */
function isText(token: Token): token is Token & { type: 'text'; text: string } {
  return token.type === 'text' && !('tokens' in token && token.tokens);
}
