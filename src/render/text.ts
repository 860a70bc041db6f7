import type { Token, Tokens } from 'marked';
import { sectionBlocks } from '../document/document.ts';
import type { Document, DocumentText, Section } from '../document/model.ts';
import { withSubsectionsTo } from '../document/model.ts';
import { minutesFor } from '../document/words.ts';
import { breadcrumbLine, breadcrumbTrails } from './breadcrumbs.ts';
import { guardEscapes } from './controls.ts';
import type { LinkMode } from './display.ts';
import { Footnotes, renderNotes } from './footnotes.ts';
import { Layout, styleHeading, trimBlock } from './layout.ts';
import { hasMetadataLine, metadataLine, metadataParts } from './metadata-line.ts';
import { References, renderReferences } from './references.ts';
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
  /** How links print: `inline` unless said. */
  readonly links?: LinkMode;
  /** Whether the line under the title (byline, site, date, reading time) shows: true unless said. */
  readonly metadataLine?: boolean;
  /** Details blocks marked for the full-screen reader to fold (render/details.ts): never printed. */
  readonly foldMarks?: boolean;
  /** The document's sections by id (document/section-links.ts): links to them say where they lead. */
  readonly headings?: ReadonlyMap<string, Section>;
  /** Links marked for the full-screen reader to follow (render/link-marks.ts), their addresses in `linkTargets`: never printed. */
  readonly linkMarks?: boolean;
}

/** Renders Markdown blocks to terminal text: one layout, styled or plain by its theme. */
export class TextRenderer {
  readonly theme: Theme;
  readonly width: Width;
  private readonly layout: Layout;
  private readonly hyperlinks: boolean;
  private readonly numbered: boolean;
  private readonly showsMetadata: boolean;
  /** Numbered links: numbers go up through everything this renderer prints. */
  private readonly references = new References();
  /** Footnotes: their numbers, and the notes to print at the end of a section. */
  private readonly footnotes = new Footnotes();
  /** With `linkMarks`: the address of each link laid out, by the number its marks carry. */
  readonly linkTargets: string[] | undefined;

  constructor(options: TextOptions) {
    this.theme = createTheme(options.colour, options.theme);
    this.width = options.width === 0 ? Infinity : options.width;
    this.hyperlinks = options.colour && options.hyperlinks === true;
    this.numbered = options.links === 'numbered';
    this.showsMetadata = options.metadataLine !== false;
    this.linkTargets = options.linkMarks ? [] : undefined;
    this.layout = new Layout(
      this.theme,
      {
        mode: options.links,
        hyperlinks: this.hyperlinks,
        references: this.references,
        footnotes: this.footnotes,
        ...(options.headings && { headings: options.headings }),
        targets: this.linkTargets,
      },
      options.foldMarks === true,
    );
  }

  /** Block tokens to lines, without a trailing newline. */
  blocks(tokens: readonly Token[]): string {
    return trimBlock(trimLineEnds(this.guard(this.layout.blocks(tokens, this.width))));
  }

  /**
   * The whole document as it is read, a batch of blocks at a time: the front matter
   * title, the metadata line when given the document's words (`showsMetadataLine`),
   * every block, and the notice unless left out. An empty body prints nothing at all.
   */
  *document(
    text: DocumentText,
    batches: Iterable<readonly Token[]>,
    notice: boolean,
    words?: number,
  ): Generator<string> {
    let started = false;
    this.footnotes.read(text.footnotes);
    const bySection = this.numbered || Object.keys(text.footnotes).length > 0;
    for (const batch of batches) {
      // The metadata line goes under the title: the front matter's, else a `#` heading that starts the body.
      const start = started || words === undefined ? -1 : titleHeadingAt(text, batch);
      const heading = start === -1 ? '' : this.blocks(batch.slice(start, start + 1));
      const tokens = start === -1 ? batch : batch.slice(start + 1);
      const rendered = bySection ? this.blocksAndReferences(tokens) : this.blocks(tokens);
      if (!rendered && !heading) continue;
      if (!started && text.frontMatterTitle) yield `${this.title(text.frontMatterTitle)}\n\n`;
      if (!started && words !== undefined) {
        yield [heading, this.metadataLine(text, words), rendered].filter(Boolean).join('\n\n');
      } else yield started ? `\n\n${rendered}` : rendered;
      started = true;
    }
    if (!started) return;
    const lists = this.sectionEnd();
    if (lists) yield `\n\n${lists}`;
    if (notice && text.notice) yield `\n\n${this.notice(text.notice)}`;
    yield '\n';
  }

  /**
   * Chosen sections, each with its heading and subsections down to `depth`
   * (from the document's top); a subsection whose parent is not printed above
   * it gets a breadcrumb line above its heading.
   */
  sections(document: Document, chosen: readonly Section[], depth = Infinity): string {
    const printed = chosen.flatMap((section) => withSubsectionsTo(section, depth));
    const trails = breadcrumbTrails(document.sections, printed);
    const parts = printed.map((part, index) => {
      const text = this.section(document, part, true);
      const breadcrumb = breadcrumbLine(trails[index] ?? [], this.theme, this.width);
      return breadcrumb && text ? `${this.guard(breadcrumb)}\n${text}` : text;
    });
    const text = parts.filter(Boolean).join('\n\n');
    return text ? `${text}\n` : '';
  }

  /** A section's own heading and text, subsections excluded, then its footnotes and numbered links. */
  section(document: DocumentText, section: Section, withHeading: boolean): string {
    this.footnotes.read(document.footnotes, section.footnotes);
    let heading = '';
    if (withHeading)
      heading = section.heading
        ? this.blocks([section.heading])
        : styleHeading(cleanText(section.title), 2, this.width, this.theme);
    const body = this.blocks(sectionBlocks(document, section));
    return [heading, body, this.sectionEnd()].filter(Boolean).join('\n\n');
  }

  /**
   * Blocks as `blocks` lays them out, with the footnotes and numbered links
   * of each section listed under its text: before each heading (where the
   * next section starts) those referred to since the last lists. The rest
   * wait for the next heading, or for the end of the document.
   */
  private blocksAndReferences(tokens: readonly Token[]): string {
    const parts: string[] = [];
    let run: Token[] = [];
    for (const token of tokens) {
      if (token.type === 'heading') {
        parts.push(this.blocks(run), this.sectionEnd());
        run = [];
      }
      run.push(token);
    }
    parts.push(this.blocks(run));
    return parts.filter(Boolean).join('\n\n');
  }

  /** What ends a section: its notes, then its numbered links (a note's links too); empty when there are none. */
  private sectionEnd(): string {
    const notes = renderNotes(
      this.footnotes.take(),
      (tokens, width) => this.footnotes.layingOutNotes(() => this.layout.blocks(tokens, width)),
      this.theme,
      this.width,
    );
    const noteList = notes && trimLineEnds(this.guard(notes));
    return [noteList, this.referenceList()].filter(Boolean).join('\n\n');
  }

  /** The numbered links laid out since the last list, as a list; empty when there are none. */
  private referenceList(): string {
    const list = renderReferences(this.references.take(), this.theme, this.width, this.hyperlinks);
    return list && trimLineEnds(this.guard(list));
  }

  /** A footnote's text alone, its number left out; references in it keep the numbers of the section last printed. */
  note(document: DocumentText, key: string): string {
    const tokens = document.footnotes[key]?.tokens ?? [];
    return this.footnotes.layingOutNotes(() => this.blocks(tokens));
  }

  /** Whether the document has a metadata line under its title, in this output. */
  showsMetadataLine(text: DocumentText): boolean {
    return this.showsMetadata && hasMetadataLine(text.metadata);
  }

  /** `By Jane Doe · Example News · 2 May 2024 · 6 min read`, quiet, for a document of so many words. */
  metadataLine(text: DocumentText, words: number): string {
    const parts = metadataParts(text.metadata, minutesFor(words)).map(cleanText);
    return this.guard(this.theme.muted(metadataLine(parts, this.width)));
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

/** Where a `#` heading starts the tokens (blank lines before it aside) and is the title: -1 if none. */
function titleHeadingAt(text: DocumentText, tokens: readonly Token[]): number {
  if (text.frontMatterTitle) return -1;
  const start = tokens.findIndex((token) => token.type !== 'space');
  const token = tokens[start];
  return token?.type === 'heading' && (token as Tokens.Heading).depth === 1 ? start : -1;
}
