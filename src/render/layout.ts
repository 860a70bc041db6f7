import type { Token, Tokens } from 'marked';
import type { DetailsToken } from '../document/details.ts';
import { type BlockVisitor, visitBlock, visitSpans } from '../document/token-walk.ts';
import { decodeEntities } from '../markdown/entities.ts';
import { htmlText } from '../markdown/html-text.ts';
import { type Alert, alertLabelText, alertLooks, alertOf } from './alerts.ts';
import { codeRows, styledSlice } from './code-wrap.ts';
import { expandTabs, sgrSource, showControls } from './controls.ts';
import { layoutDetails } from './details.ts';
import { highlightLines } from './highlight.ts';
import { inlineHtml, type LinkOptions, TerminalSpans } from './spans.ts';
import { renderTable } from './table.ts';
import type { Theme } from './theme.ts';
import { withoutImages } from './without-images.ts';
import { hang, type Width, widestLine, wrapText } from './wrap.ts';

/** A figure's caption, which reader mode writes as an HTML block of its own. */
const captionBlock = /^\s*<figcaption[\s>]/i;
/** The narrowest text a quote bar or list indent may leave. */
const narrowest = 8;
/** Code stands apart by its indent, as in Markdown. */
const codeIndent = '    ';
/** What a code line's continuation rows start with, as wide as `↪ `. */
const continuation = '  ';

/**
 * Lays out marked's tokens for the terminal: a walk over the token types, each
 * block wrapped at the width left after its indent (wrap-ansi's measure, so
 * wide characters count two), and every span styled by the theme. The walk does not go through
 * marked's Parser, so that printing tokens prepared at build time never loads
 * marked (its start-up compiles every expression of its grammar).
 */
export class Layout implements BlockVisitor<string, [Width]> {
  private readonly spans: TerminalSpans;
  private readonly images: boolean;
  /** How many quotes and list items hold the block being laid out: GitHub finds alerts only outside both. */
  private depth = 0;

  constructor(
    private readonly theme: Theme,
    /** How links and images print (inline, with no hyperlinks, unless said). */
    links: Partial<LinkOptions> = {},
    /** Details blocks carry the marks the full-screen reader folds them by (render/details.ts). */
    private readonly foldMarks = false,
  ) {
    this.spans = new TerminalSpans(theme, links);
    this.images = links.mode !== 'none';
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
    return visitBlock<string, [Width]>(token, this, width);
  }

  inline(tokens: readonly Token[]): string {
    return visitSpans(this.images ? tokens : withoutImages(tokens), this.spans);
  }

  nothing(): string {
    return '';
  }

  paragraph(token: Tokens.Paragraph | Tokens.Text, width: Width): string {
    return wrapText(this.inline([token]), width);
  }

  heading(token: Tokens.Heading, width: Width): string {
    return styleHeading(this.inline(token.tokens), token.depth, width, this.theme);
  }

  blockquote(token: Tokens.Blockquote, width: Width): string {
    const alert = this.depth === 0 ? alertOf(token) : undefined;
    // Quotes nested deeper than the width allows go on without a bar of their own.
    const barred = width - 2 >= narrowest;
    const inner = this.nested(() =>
      this.blocks(alert?.tokens ?? token.tokens, barred ? width - 2 : width),
    );
    const lines = alert ? `${this.alertLabel(alert)}\n${inner}` : inner;
    if (!barred) return lines;
    const bar = (alert ? this.theme[alertLooks[alert.kind].role] : this.theme.quoteBar)('│');
    return lines
      .split('\n')
      .map((line) => (line ? `${bar} ${line}` : bar))
      .join('\n');
  }

  /** An alert's label on a line of its own, so that plain text shows the kind too. */
  private alertLabel(alert: Alert): string {
    return this.theme[alertLooks[alert.kind].role](alertLabelText(alert.kind));
  }

  /** Lays out what a quote or a list item holds. */
  private nested(layOut: () => string): string {
    this.depth += 1;
    try {
      return layOut();
    } finally {
      this.depth -= 1;
    }
  }

  details(token: DetailsToken, width: Width): string {
    const blocks = (inner: Width) => this.blocks(token.tokens, inner);
    return layoutDetails(token, blocks, width, this.theme, this.foldMarks);
  }

  table(token: Tokens.Table, width: Width): string {
    return renderTable(token, (cell) => this.inline(cell.tokens), width, this.theme);
  }

  hr(_token: Tokens.Hr, width: Width): string {
    return this.theme.rule('─'.repeat(Number.isFinite(width) ? width : 40));
  }

  /** Tokens of an extension land here; they show what text they carry. */
  other(token: Token, width: Width): string {
    return 'tokens' in token && token.tokens
      ? this.blocks(token.tokens, width)
      : this.inline([token]);
  }

  code(token: Tokens.Code, width: Width): string {
    const text = expandTabs(showControls(token.text.replace(/\n+$/, '')));
    if (!text.trim()) return '';
    // Spaces at a line's end show nothing, but cut at the width they would make blank lines.
    const plain = text.split('\n').map((line) => line.trimEnd());
    const language = token.lang?.trim().split(/\s/)[0];
    const highlighted = highlightLines(plain.join('\n'), language, this.theme);
    return plain
      .flatMap((line, index) => this.codeLine(line, highlighted?.[index], width))
      .join('\n');
  }

  /**
   * A code line in rows within the width, broken where the plain text breaks
   * (so that colour changes nothing but colour); each row after the first
   * starts with a dim `↪` with colour on, and with spaces as wide without.
   */
  private codeLine(line: string, highlighted: string | undefined, width: Width): string[] {
    if (isBlank(line)) return [''];
    const { theme } = this;
    const first = width - codeIndent.length;
    const rows = Number.isFinite(width)
      ? codeRows(line, first, first - continuation.length)
      : [{ start: 0, end: line.length }];
    return rows.map(({ start, end }, index) => {
      const mark = index === 0 ? '' : theme.colour ? `${theme.muted('↪')} ` : continuation;
      const shown = highlighted
        ? styledSlice(highlighted, start, end)
        : theme.code(line.slice(start, end));
      return `${codeIndent}${mark}${shown}`;
    });
  }

  /** Raw HTML as its text, wrapped as prose: the tags are source formatting, not layout. */
  html(token: Tokens.HTML, width: Width): string {
    if (!token.block) return inlineHtml(token.text);
    // A caption describes an image: where images are left out, so is it.
    if (!this.images && captionBlock.test(token.text)) return '';
    const text = showControls(decodeEntities(htmlText(token.text)).replace(/\t/g, ' '))
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return wrapText(text, width);
  }

  list(token: Tokens.List, width: Width): string {
    const markers = token.items.map((_, index) => listMarker(token, index));
    const markerWidth = Math.max(...markers.map((marker) => marker.length)) + 1;
    // Lists nested deeper than the width allows put each marker on a line of its own, unindented.
    const indented = width - markerWidth >= narrowest;
    const items = token.items.map((item, index) => {
      const marker = this.theme.listMarker((markers[index] ?? '').padEnd(markerWidth));
      if (!indented) return `${marker.trimEnd()}\n${this.nested(() => this.listItem(item, width))}`;
      const text = this.nested(() => this.listItem(item, width - markerWidth));
      return hang(text, marker, ' '.repeat(markerWidth));
    });
    return items.join(token.loose ? '\n\n' : '\n');
  }

  /** A list item's blocks; loose text runs become paragraphs, a checkbox joins the next block. */
  private listItem(item: Tokens.ListItem, width: Width): string {
    const blocks: string[] = [];
    let prefix = '';
    for (const token of item.tokens) {
      if (token.type === 'checkbox') {
        prefix += this.inline([token]);
      } else if (token.type === 'text') {
        blocks.push(wrapText(prefix + this.inline([token]), width));
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

/** An item's marker: its number in an ordered list, else a bullet. */
export function listMarker(list: Tokens.List, index: number): string {
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.ordered ? `${start + index}.` : '•';
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

/**
 * A styled space (an empty code span, say) leaves colour codes around
 * nothing: invisible, but without colour the same line would be empty.
 */
const blank = new RegExp(`^(?:\\s|${sgrSource})*$`);
const blankLinesAtStart = new RegExp(`^(?:[ \\t]*(?:${sgrSource}[ \\t]*)*\\n)+`);
const blankLinesAtEnd = new RegExp(`(?:\\n[ \\t]*(?:${sgrSource}[ \\t]*)*)+$`);

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
