import { decodeHTML } from 'entities';
import type { MarkedExtension, RendererThis, Token, Tokens } from 'marked';
import { expandTabs, showControls } from './controls.ts';
import { renderTable } from './table.ts';
import type { Theme } from './theme.ts';
import { hang, type Width, widestLine, wrapPreformatted, wrapText } from './wrap.ts';

/**
 * Block layout for the text format, as renderer overrides on top of
 * marked-terminal. marked-terminal wraps only paragraphs and headings and
 * miscounts wide characters, so every block here wraps itself with wrap-ansi at
 * the width left after its indent. Nested blocks find that width on a stack.
 * Each block returns its lines followed by a blank line.
 */
export function layoutExtension(theme: Theme, widths: Width[]): MarkedExtension {
  const width = (): Width => widths[widths.length - 1] ?? Infinity;
  function nested(this: RendererThis, tokens: Token[], inner: Width): string {
    widths.push(inner);
    try {
      return trimBlock(this.parser.parse(tokens));
    } finally {
      widths.pop();
    }
  }

  return {
    renderer: {
      space: () => '',
      def: () => '',
      paragraph(token) {
        return `${wrapText(this.parser.parseInline(token.tokens), width())}\n\n`;
      },
      heading(token) {
        return `${styleHeading(this.parser.parseInline(token.tokens), token.depth, width(), theme)}\n\n`;
      },
      text(token) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return cleanText(token.text);
      },
      codespan: (token) => theme.codespan(showControls(token.text.replace(/\n/g, ' '))),
      br: () => '\n',
      checkbox: (token) => (token.checked ? '[x] ' : '[ ] '),
      html(token) {
        const text = showControls(decodeHTML(token.text)).replace(/\s+$/, '');
        if (!token.block) return theme.html(text.replace(/\n/g, ' '));
        return `${styleLines(wrapPreformatted(expandTabs(text), width()), theme.html)}\n\n`;
      },
      link(token) {
        const text = this.parser.parseInline(token.tokens);
        const target = cleanUrl(token.href);
        // An autolink shows its target already (www.x.org links to http://www.x.org).
        const bare = target.replace(/^(?:mailto:|https?:\/\/)/, '');
        if (text === target || text === bare) return theme.href(text);
        return `${theme.link(text)} (${theme.href(target)})`;
      },
      image(token) {
        const alt = cleanText(token.text);
        const label = theme.image(alt ? `[image: ${alt}]` : '[image]');
        return token.href ? `${label} (${theme.href(cleanUrl(token.href))})` : label;
      },
      hr() {
        const w = width();
        return `${theme.rule('─'.repeat(Number.isFinite(w) ? w : 40))}\n\n`;
      },
      code(token) {
        const indent = '    ';
        const text = expandTabs(showControls(token.text.replace(/\n+$/, '')));
        if (!text.trim()) return '';
        const lines = text
          .split('\n')
          .map((line) => wrapPreformatted(line, width() - indent.length))
          .join('\n')
          .split('\n')
          .map((line) => (line.trim() ? theme.code(indent + line) : ''));
        return `${lines.join('\n')}\n\n`;
      },
      blockquote(token) {
        const bar = theme.quoteBar('│');
        const inner = nested.call(this, token.tokens, width() - 2);
        return `${inner
          .split('\n')
          .map((line) => (line ? `${bar} ${line}` : bar))
          .join('\n')}\n\n`;
      },
      list(token) {
        const start = typeof token.start === 'number' ? token.start : 1;
        const markers = token.items.map((_, index) => (token.ordered ? `${start + index}.` : '•'));
        const markerWidth = Math.max(...markers.map((marker) => marker.length)) + 1;
        const items = token.items.map((item, index) => {
          const body = listItem.call(this, item, width() - markerWidth);
          const marker = (markers[index] ?? '').padEnd(markerWidth);
          return hang(body, theme.listMarker(marker), ' '.repeat(markerWidth));
        });
        return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
      },
      table(token) {
        const cell = (cellToken: Tokens.TableCell) => this.parser.parseInline(cellToken.tokens);
        return `${renderTable(token, cell, width(), theme)}\n\n`;
      },
    },
  };

  /** A list item's blocks; loose text runs become paragraphs, a checkbox joins the next block. */
  function listItem(this: RendererThis, item: Tokens.ListItem, inner: Width): string {
    const blocks: string[] = [];
    let prefix = '';
    widths.push(inner);
    try {
      for (const token of item.tokens) {
        if (token.type === 'checkbox') {
          prefix += this.parser.parseInline([token]);
        } else if (token.type === 'text') {
          blocks.push(wrapText(prefix + this.parser.parseInline([token]), inner));
          prefix = '';
        } else {
          const block = trimBlock(this.parser.parse([token]));
          if (block) blocks.push(prefix + block);
          prefix = '';
        }
      }
    } finally {
      widths.pop();
    }
    if (prefix) blocks.push(prefix.trimEnd());
    return blocks.join(item.loose ? '\n\n' : '\n');
  }
}

/**
 * Headings stand out without colour too: the first two levels are underlined
 * (= and -, as in setext Markdown), deeper ones are bold where there is colour.
 */
export function styleHeading(text: string, level: number, width: Width, theme: Theme): string {
  const lines = wrapText(text, width);
  const rule = level === 1 ? '=' : '-';
  if (level > 2) return theme.subheading(lines);
  const style = level === 1 ? theme.title : theme.heading;
  return `${style(lines)}\n${theme.rule(rule.repeat(widestLine(lines)))}`;
}

/** Text from the document: entities decoded, soft line breaks as spaces, controls shown. */
export function cleanText(text: string): string {
  const decoded = text.includes('&') ? decodeHTML(text) : text;
  return showControls(decoded.replace(/[\n\t]/g, ' '));
}

function cleanUrl(href: string): string {
  return showControls(decodeHTML(href));
}

function styleLines(text: string, style: (line: string) => string): string {
  return text
    .split('\n')
    .map((line) => style(line))
    .join('\n');
}

export function trimBlock(text: string): string {
  return text.replace(/^\n+/, '').trimEnd();
}
