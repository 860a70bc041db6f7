import { Marked, type Token } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Document, Section } from '../document.ts';
import { withSubsections } from '../document.ts';
import { guardEscapes } from './controls.ts';
import { cleanText, layoutExtension, trimBlock } from './layout.ts';
import { createTheme, type Theme } from './theme.ts';
import { hang, trimLineEnds, type Width, widestLine, wrapText } from './wrap.ts';

export interface TextOptions {
  /** Wrap width in terminal cells; 0 turns wrapping off. */
  readonly width: number;
  readonly colour: boolean;
}

/** Renders Markdown blocks to terminal text: one layout, styled or plain by its theme. */
export class TextRenderer {
  readonly theme: Theme;
  readonly width: Width;
  private readonly widths: Width[];
  private readonly marked: Marked;

  constructor(options: TextOptions) {
    this.theme = createTheme(options.colour);
    this.width = options.width === 0 ? Infinity : options.width;
    this.widths = [this.width];
    const { theme } = this;
    this.marked = new Marked({ async: false, gfm: true }).use(
      // marked-terminal draws the inline styles; its defaults would use chalk's global level.
      markedTerminal({
        strong: theme.strong,
        em: theme.em,
        del: theme.del,
        emoji: false,
        reflowText: false,
      }),
      layoutExtension(theme, this.widths),
    );
  }

  /** Block tokens to lines, without a trailing newline. */
  blocks(tokens: readonly Token[]): string {
    const parser = new this.marked.Parser(this.marked.defaults);
    return trimBlock(trimLineEnds(guard(parser.parse(tokens as Token[]), this.theme)));
  }

  /** The whole document: title, every section, and the notice unless left out. */
  document(document: Document, notice: boolean): string {
    const parts = [this.title(document.title)];
    for (const section of document.sections)
      parts.push(this.section(section, section.heading !== undefined));
    if (notice && document.notice) parts.push(this.notice(document.notice));
    return finish(parts);
  }

  /** Chosen sections, each with its heading and subsections. */
  sections(sections: readonly Section[]): string {
    return finish(
      sections.flatMap((section) =>
        withSubsections(section).map((part) => this.section(part, true)),
      ),
    );
  }

  /** A section's own heading and text, subsections excluded. */
  section(section: Section, withHeading: boolean): string {
    const body = this.blocks(section.body);
    if (!withHeading) return body;
    const heading = this.heading(section);
    return body ? `${heading}\n\n${body}` : heading;
  }

  private title(title: string): string {
    const text = wrapText(cleanText(title), this.width);
    return `${this.theme.title(text)}\n${this.theme.rule('='.repeat(widestLine(text)))}`;
  }

  private heading(section: Section): string {
    const inline = section.heading
      ? new this.marked.Parser(this.marked.defaults).parseInline(section.heading.tokens)
      : cleanText(section.title);
    const text = guard(wrapText(inline, this.width), this.theme);
    if (section.depth > 1) return this.theme.subheading(text);
    return `${this.theme.heading(text)}\n${this.theme.rule('-'.repeat(widestLine(text)))}`;
  }

  private notice(notice: string): string {
    const text = wrapText(cleanText(notice), this.width - 2);
    return this.theme.notice(hang(text, '│ ', '│ '));
  }
}

function guard(text: string, theme: Theme): string {
  return theme.colour ? guardEscapes(text) : text;
}

function finish(parts: readonly string[]): string {
  const text = parts.filter(Boolean).join('\n\n');
  return text ? `${text}\n` : '';
}
