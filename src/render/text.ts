import type { Token } from 'marked';
import { sectionBlocks } from '../document/document.ts';
import type { DocumentText, Section } from '../document/model.ts';
import { withSubsections } from '../document/model.ts';
import { guardEscapes } from './controls.ts';
import { Layout, styleHeading, trimBlock } from './layout.ts';
import { cleanText } from './spans.ts';
import { createTheme, type Theme, type ThemeName } from './theme.ts';
import { hang, trimLineEnds, type Width, wrapText } from './wrap.ts';

export interface TextOptions {
  /** Wrap width in terminal cells; 0 turns wrapping off. */
  readonly width: number;
  readonly colour: boolean;
  readonly theme?: ThemeName;
  /** Links as OSC 8 hyperlinks (only with colour). */
  readonly hyperlinks?: boolean;
}

/** Renders Markdown blocks to terminal text: one layout, styled or plain by its theme. */
export class TextRenderer {
  readonly theme: Theme;
  readonly width: Width;
  private readonly layout: Layout;

  constructor(options: TextOptions) {
    this.theme = createTheme(options.colour, options.theme);
    this.width = options.width === 0 ? Infinity : options.width;
    this.layout = new Layout(this.theme, options.colour && options.hyperlinks === true);
  }

  /** Block tokens to lines, without a trailing newline. */
  blocks(tokens: readonly Token[]): string {
    return trimBlock(trimLineEnds(this.guard(this.layout.blocks(tokens, this.width))));
  }

  /**
   * The whole document as it is read, a batch of blocks at a time: the front matter
   * title, every block, and the notice unless left out. An empty body prints
   * nothing at all.
   */
  *document(
    text: DocumentText,
    batches: Iterable<readonly Token[]>,
    notice: boolean,
  ): Generator<string> {
    let started = false;
    for (const tokens of batches) {
      const rendered = this.blocks(tokens);
      if (!rendered) continue;
      if (!started && text.frontMatterTitle) yield `${this.title(text.frontMatterTitle)}\n\n`;
      yield started ? `\n\n${rendered}` : rendered;
      started = true;
    }
    if (!started) return;
    if (notice && text.notice) yield `\n\n${this.notice(text.notice)}`;
    yield '\n';
  }

  /** Chosen sections, each with its heading and subsections. */
  sections(document: DocumentText, sections: readonly Section[]): string {
    const parts = sections.flatMap((section) =>
      withSubsections(section).map((part) => this.section(document, part, true)),
    );
    const text = parts.filter(Boolean).join('\n\n');
    return text ? `${text}\n` : '';
  }

  /** A section's own heading and text, subsections excluded. */
  section(document: DocumentText, section: Section, withHeading: boolean): string {
    const body = this.blocks(sectionBlocks(document, section));
    if (!withHeading) return body;
    const heading = section.heading
      ? this.blocks([section.heading])
      : styleHeading(cleanText(section.title), 2, this.width, this.theme);
    return body ? `${heading}\n\n${body}` : heading;
  }

  title(title: string): string {
    return this.guard(styleHeading(cleanText(title), 1, this.width, this.theme));
  }

  notice(notice: string): string {
    const text = wrapText(cleanText(notice), this.width - 2);
    return this.theme.notice(hang(text, '│ ', '│ '));
  }

  private guard(text: string): string {
    return this.theme.colour ? guardEscapes(text) : text;
  }
}
