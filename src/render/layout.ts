import type { Token, Tokens } from 'marked';
import { inlineText } from '../document/token-text.ts';
import { decodeEntities, markedTerminal } from '../libraries.ts';
import { htmlText } from '../markdown/html-text.ts';
import { expandTabs, showControls, stripEscapes } from './controls.ts';
import { highlightLines } from './highlight.ts';
import { renderTable } from './table.ts';
import type { Theme } from './theme.ts';
import { hang, type Width, widestLine, wrapPreformatted, wrapText } from './wrap.ts';

type Span = (token: Token) => string;

/** The narrowest text a quote bar or list indent may leave. */
const narrowest = 8;

/**
 * Lays out marked's tokens for the terminal: a walk over the token types, each
 * block wrapped at the width left after its indent (wrap-ansi's measure, so
 * wide characters count two). marked-terminal draws the emphasis spans; its
 * block renderers wrap only paragraphs and headings and miscount wide
 * characters, so the blocks are laid out here. The walk does not go through
 * marked's Parser, so that printing tokens prepared at build time never loads
 * marked (its start-up compiles every expression of its grammar).
 */
export class Layout {
  private spansDrawn: Record<'strong' | 'em' | 'del', Span> | undefined;

  constructor(
    private readonly theme: Theme,
    /** Links as OSC 8 hyperlinks, which show the text and hide the target. */
    private readonly hyperlinks = false,
  ) {}

  /** marked-terminal's emphasis, made on first use (most text has none, and loading it takes a while). */
  private get spans(): Record<'strong' | 'em' | 'del', Span> {
    if (this.spansDrawn) return this.spansDrawn;
    const { theme } = this;
    const terminal = markedTerminal().markedTerminal({
      strong: theme.strong,
      em: theme.em,
      del: theme.del,
      emoji: false,
      reflowText: false,
    });
    // marked-terminal's renderers reach their children through `this.parser`.
    const context = {
      options: {},
      parser: { parseInline: (tokens: Token[]) => this.inline(tokens) },
    };
    const span = (name: 'strong' | 'em' | 'del'): Span => {
      const render = terminal.renderer?.[name] as unknown as (
        this: unknown,
        token: Token,
      ) => string;
      return (token) => render.call(context, token);
    };
    this.spansDrawn = { strong: span('strong'), em: span('em'), del: span('del') };
    return this.spansDrawn;
  }

  /** Blocks separated by a blank line, without a trailing newline. */
  blocks(tokens: readonly Token[], width: Width): string {
    const parts: string[] = [];
    for (const token of tokens) {
      const text = this.block(token, width);
      if (!isBlank(text)) parts.push(text);
    }
    return trimBlock(parts.join('\n\n'));
  }

  block(token: Token, width: Width): string {
    const { theme } = this;
    switch (token.type) {
      case 'space':
      case 'def':
        return '';
      case 'paragraph':
      case 'text':
        return wrapText(this.inline([token]), width);
      case 'heading':
        return styleHeading(this.inline(token.tokens ?? []), token.depth, width, theme);
      case 'code':
        return this.code(token as Tokens.Code, width);
      case 'blockquote': {
        // Quotes nested deeper than the width allows go on without a bar of their own.
        if (width - 2 < narrowest) return this.blocks(token.tokens ?? [], width);
        const bar = theme.quoteBar('│');
        const inner = this.blocks(token.tokens ?? [], width - 2);
        return inner
          .split('\n')
          .map((line) => (line ? `${bar} ${line}` : bar))
          .join('\n');
      }
      case 'list':
        return this.list(token as Tokens.List, width);
      case 'table':
        return renderTable(token as Tokens.Table, (cell) => this.inline(cell.tokens), width, theme);
      case 'hr':
        return theme.rule('─'.repeat(Number.isFinite(width) ? width : 40));
      case 'html':
        return this.html(token as Tokens.HTML, width);
      default:
        // Tokens of an extension would land here; show what text they carry.
        return 'tokens' in token && token.tokens
          ? this.blocks(token.tokens, width)
          : this.inline([token]);
    }
  }

  inline(tokens: readonly Token[]): string {
    let out = '';
    for (const token of tokens) out += this.span(token);
    return out;
  }

  private span(token: Token): string {
    const { theme } = this;
    switch (token.type) {
      case 'paragraph':
      case 'text':
        return 'tokens' in token && token.tokens
          ? this.inline(token.tokens)
          : cleanText(token.text);
      case 'escape':
        return cleanText(token.text);
      case 'strong':
      case 'em':
      case 'del':
        return this.spans[token.type](token);
      case 'codespan':
        return theme.codespan(showControls(token.text.replace(/[\n\t]/g, ' ')));
      case 'br':
        return '\n';
      case 'checkbox':
        return token.checked ? '[x] ' : '[ ] ';
      case 'html':
        return inlineHtml(token.text);
      case 'link':
        return this.link(token as Tokens.Link);
      case 'image': {
        // The alt text is plain text, as CommonMark gives it: no emphasis marks, no escapes.
        const alt = showControls(inlineText(token.tokens ?? []));
        const label = theme.image(alt ? `[image: ${alt}]` : '[image]');
        return token.href ? `${label} (${theme.href(cleanUrl(token.href))})` : label;
      }
      default:
        if ('tokens' in token && token.tokens) return this.inline(token.tokens);
        return 'text' in token && typeof token.text === 'string' ? cleanText(token.text) : '';
    }
  }

  private link(token: Tokens.Link): string {
    const { theme } = this;
    const text = this.inline(token.tokens);
    const target = cleanUrl(token.href);
    const linkable = this.hyperlinks ? hyperlinkTarget(decodeEntities(token.href)) : undefined;
    if (linkable) return osc8(linkable, theme.link(text));
    // An autolink shows its target already (www.x.org links to http://www.x.org).
    const bare = target.replace(/^(?:mailto:|https?:\/\/)/, '');
    // Compared without colour: a target written as a code span is still the target.
    const shown = theme.colour ? stripEscapes(text) : text;
    if (shown === target || shown === bare) return theme.href(text);
    return `${theme.link(text)} (${theme.href(target)})`;
  }

  private code(token: Tokens.Code, width: Width): string {
    const indent = '    ';
    const text = expandTabs(showControls(token.text.replace(/\n+$/, '')));
    if (!text.trim()) return '';
    // Spaces at a line's end show nothing, but cut at the width they would make blank lines.
    const plain = text.split('\n').map((line) => line.trimEnd());
    const language = token.lang?.trim().split(/\s/)[0];
    const highlighted = highlightLines(plain.join('\n'), language, this.theme);
    const style = highlighted ? (line: string) => line : this.theme.code;
    return (highlighted ?? plain)
      .map((line) => wrapPreformatted(line, width - indent.length))
      .join('\n')
      .split('\n')
      .map((line) => (isBlank(line) ? '' : style(indent + line)))
      .join('\n');
  }

  /** Raw HTML as its text, wrapped as prose: the tags are source formatting, not layout. */
  private html(token: Tokens.HTML, width: Width): string {
    if (!token.block) return inlineHtml(token.text);
    const text = showControls(decodeEntities(htmlText(token.text)).replace(/\t/g, ' '))
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return wrapText(text, width);
  }

  private list(token: Tokens.List, width: Width): string {
    const start = typeof token.start === 'number' ? token.start : 1;
    const markers = token.items.map((_, index) => (token.ordered ? `${start + index}.` : '•'));
    const markerWidth = Math.max(...markers.map((marker) => marker.length)) + 1;
    // Lists nested deeper than the width allows put each marker on a line of its own, unindented.
    const indented = width - markerWidth >= narrowest;
    const items = token.items.map((item, index) => {
      const marker = this.theme.listMarker((markers[index] ?? '').padEnd(markerWidth));
      if (!indented) return `${marker.trimEnd()}\n${this.listItem(item, width)}`;
      return hang(this.listItem(item, width - markerWidth), marker, ' '.repeat(markerWidth));
    });
    return items.join(token.loose ? '\n\n' : '\n');
  }

  /** A list item's blocks; loose text runs become paragraphs, a checkbox joins the next block. */
  private listItem(item: Tokens.ListItem, width: Width): string {
    const blocks: string[] = [];
    let prefix = '';
    for (const token of item.tokens) {
      if (token.type === 'checkbox') {
        prefix += this.span(token);
      } else if (token.type === 'text') {
        blocks.push(wrapText(prefix + this.span(token), width));
        prefix = '';
      } else {
        const block = this.blocks([token], width);
        if (block) blocks.push(prefix + block);
        prefix = '';
      }
    }
    if (prefix) blocks.push(prefix.trimEnd());
    return blocks.join(item.loose ? '\n\n' : '\n');
  }
}

/**
 * Each heading level's underline, the characters pandoc's reStructuredText
 * writer gives them: = and - read as setext Markdown, and deeper levels stay
 * apart from each other and from paragraphs when there is no colour.
 */
const underlines = ['=', '-', '~', '^', "'"] as const;

/** Headings stand out without colour too: every level is underlined, the first two coloured where there is colour, deeper ones bold. */
export function styleHeading(text: string, level: number, width: Width, theme: Theme): string {
  const lines = wrapText(text, width);
  const rule = underlines[Math.min(Math.max(level, 1), underlines.length) - 1] ?? '-';
  const style = level === 1 ? theme.title : level === 2 ? theme.heading : theme.subheading;
  return `${style(lines)}\n${theme.rule(rule.repeat(widestLine(lines)))}`;
}

/** Text from the document: entities decoded, soft line breaks as spaces, controls shown. */
export function cleanText(text: string): string {
  return showControls(decodeEntities(text).replace(/[\n\t]/g, ' '));
}

/**
 * A target the terminal may open: http, https or mailto, and nothing in it
 * that could end the escape sequence or hide in it (controls, spaces,
 * non-ASCII). Anything else is shown as text, never linked.
 */
export function hyperlinkTarget(href: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)[\x21-\x7e]+$/i.test(href) ? href : undefined;
}

function osc8(target: string, text: string): string {
  return `\u001b]8;;${target}\u001b\\${text}\u001b]8;;\u001b\\`;
}

/** A target with its entities decoded: `&#9;` would be a raw tab, which no width counts. */
function cleanUrl(href: string): string {
  return showControls(decodeEntities(href).replace(/[\n\t]/g, ' '));
}

/** A tag within a line: nothing, or a line break for `<br>` (a comment may span lines: it goes too). */
function inlineHtml(html: string): string {
  const text = htmlText(html);
  return text === '\n' ? text : cleanText(text);
}

/**
 * A styled space (an empty code span, say) leaves colour codes around
 * nothing: invisible, but without colour the same line would be empty.
 */
const blank = /^(?:\s|\u001b\[[0-9;]*m)*$/;
const blankLinesAtStart = /^(?:[ \t]*(?:\u001b\[[0-9;]*m[ \t]*)*\n)+/;
const blankLinesAtEnd = /(?:\n[ \t]*(?:\u001b\[[0-9;]*m[ \t]*)*)+$/;

/** Nothing to see: white space and colour codes only. */
function isBlank(text: string): boolean {
  return blank.test(text);
}

/** Without the blank lines around it (colour codes alone count as blank) and spaces at its end. */
export function trimBlock(text: string): string {
  const trimmed = text.replace(blankLinesAtStart, '').trimEnd();
  if (!trimmed.includes('\u001b')) return trimmed;
  return isBlank(trimmed) ? '' : trimmed.replace(blankLinesAtEnd, '');
}
