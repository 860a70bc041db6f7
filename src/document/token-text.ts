import type { Token, Tokens } from 'marked';
import { decodeEntities } from '../libraries.ts';
import { htmlText } from '../markdown/html-text.ts';

/** The readable text of inline tokens, with entities decoded, for titles and word counts. */
export function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(tokenText).join('').replace(/\s+/g, ' ').trim();
}

function blockText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join(' ');
}

export function tokenText(token: Token): string {
  switch (token.type) {
    case 'text':
      return 'tokens' in token && token.tokens
        ? inlineText(token.tokens)
        : decodeEntities(token.text);
    case 'paragraph':
    case 'heading':
    case 'strong':
    case 'em':
    case 'del':
    case 'link':
      // Inline children join without spaces: **bold**text is one word, as it is shown.
      return inlineText(token.tokens);
    case 'escape':
    case 'codespan':
    case 'code':
      return token.text;
    case 'html':
      // Counted as it is shown.
      return decodeEntities(htmlText(token.text));
    case 'image':
      return inlineText(token.tokens);
    case 'list':
      return (token as Tokens.List).items.map((item) => blockText(item.tokens)).join(' ');
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows]
        .flat()
        .map((cell) => inlineText(cell.tokens))
        .join(' ');
    }
    case 'space':
    case 'hr':
    case 'def':
    case 'br':
    case 'checkbox':
      return ' ';
    default:
      return 'tokens' in token && token.tokens ? blockText(token.tokens) : '';
  }
}
