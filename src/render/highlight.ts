import { highlighter } from '../libraries.ts';
import type { Role, Theme } from './theme.ts';

/**
 * Syntax colours for fenced code that names its language, with highlight.js's
 * common languages (bundled apart, loaded on the first such block). Never for
 * a fence without a language: guessing one is slow and often wrong
 * (RENDERING-NOTES).
 */

/** highlight.js's time grows with the block's size; bigger blocks stay plain (README, Performance: Limits). */
export const largestHighlighted = 32 * 1024;

/** highlight.js's scopes by the role that colours them; any other scope keeps the code colour. */
const roleOfScope: Readonly<Record<string, Role>> = {
  keyword: 'codeKeyword',
  built_in: 'codeKeyword',
  type: 'codeKeyword',
  'selector-tag': 'codeKeyword',
  literal: 'codeLiteral',
  number: 'codeLiteral',
  symbol: 'codeLiteral',
  string: 'codeString',
  regexp: 'codeString',
  'template-tag': 'codeString',
  comment: 'codeComment',
  quote: 'codeComment',
  meta: 'codeComment',
  title: 'codeTitle',
  section: 'codeTitle',
  name: 'codeTitle',
  attr: 'codeTitle',
  attribute: 'codeTitle',
  'selector-class': 'codeTitle',
  'selector-id': 'codeTitle',
};

/**
 * The code's lines with syntax colours, or undefined where there are none to
 * give: colour off, no language or one highlight.js does not know, or a block
 * too big. The text must already have its control characters made visible.
 */
export function highlightLines(
  code: string,
  language: string | undefined,
  theme: Theme,
): string[] | undefined {
  if (!theme.colour || !language || code.length > largestHighlighted) return undefined;
  const hljs = highlighter();
  if (!hljs.getLanguage(language)) return undefined;
  const html = hljs.highlight(code, { language, ignoreIllegals: true }).value;
  return paint(html, theme);
}

/** A span (its scope, when highlight.js's: a language embedded in another has none), its end, or text. */
const markup = /<span class="(?:hljs-([\w-]+))?[^"]*">|<\/span>|[^<]+/g;

/** highlight.js's HTML (spans of scopes around escaped text) as styled lines. */
function paint(html: string, theme: Theme): string[] {
  const lines: string[] = [''];
  const roles: Role[] = ['code'];
  for (const [part, scope] of html.matchAll(markup)) {
    if (part.startsWith('<span'))
      roles.push((scope && roleOfScope[scope]) || (roles.at(-1) ?? 'code'));
    else if (part === '</span>') roles.pop();
    else {
      const style = theme[roles.at(-1) ?? 'code'];
      // Each line styled on its own, so that wrapping and the screen's edge never split a style.
      unescapeHtml(part)
        .split('\n')
        .forEach((text, index) => {
          if (index > 0) lines.push('');
          if (text) lines[lines.length - 1] += style(text);
        });
    }
  }
  return lines;
}

const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/** highlight.js escapes exactly these five. */
function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => entities[entity] ?? entity);
}
