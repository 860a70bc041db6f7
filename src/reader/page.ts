import type { Document } from '../document/model.ts';
import { totalWords } from '../document/words.ts';
import { stripEscapes } from '../render/controls.ts';
import { widestDefault } from '../render/display.ts';
import type { TextRenderer } from '../render/text.ts';
import { type Fold, takeFoldMarks } from './fold-marks.ts';
import { type PageLink, takeLinkMarks } from './page-links.ts';

/** The document laid out for the reader: the printed lines, and where each section starts. */
export interface Page {
  readonly lines: readonly string[];
  /** The same lines without escapes, for searching and highlighting. */
  readonly plain: readonly string[];
  /** The line each section of `document.sections` starts at (of a growing page, those laid out so far). */
  readonly starts: readonly number[];
  /** The details blocks, which the reader folds: none unless the renderer marked them (`foldMarks`). */
  readonly folds: readonly Fold[];
  /** The links, in reading order: none unless the renderer marked them (`linkMarks`). */
  readonly links: readonly PageLink[];
  /** False while a growing page has sections left to lay out; a page without it is whole. */
  readonly complete?: boolean;
}

/**
 * The width the reader wraps at on a screen of `columns`: the fixed width
 * (-w), else the screen's up to 100, and never wider than the screen, whose
 * edge cuts a line off for good (the reader does not scroll sideways). With
 * -w 0 (no wrapping) that edge is where the text wraps.
 */
export function readerWidth(fixed: number | undefined, columns: number): number {
  const screen = Math.max(1, columns);
  if (fixed === undefined) return Math.min(screen, widestDefault);
  return fixed === 0 ? screen : Math.min(fixed, screen);
}

/**
 * The lines the printer would print for the whole document, laid out a
 * section at a time so that the reader knows where each one starts.
 */
export function layoutPage(document: Document, renderer: TextRenderer, notice: boolean): Page {
  const page = new GrowingPage(document, renderer, notice);
  while (page.growOne());
  const { lines, plain, starts, folds, links } = page;
  return { lines, plain, starts, folds, links };
}

/**
 * The page of a document laid out a section at a time, in document order,
 * as far as it is asked to: the title to start with, then each section
 * appended after the ones before, the notice after the last. What is laid
 * out never moves, so that line numbers, starts, folds and links found so
 * far stay true as the page grows; only the page's length is an estimate
 * until it is complete (`estimatedLines`).
 */
export class GrowingPage implements Page {
  readonly lines: string[] = [];
  readonly plain: string[] = [];
  readonly starts: number[] = [];
  readonly folds: Fold[] = [];
  readonly links: PageLink[] = [];
  complete = false;
  /** The characters of Markdown of the sections laid out, and of all of them: what estimates go by. */
  private sourceDone = 0;
  private readonly sourceTotal: number;

  constructor(
    readonly document: Document,
    private readonly renderer: TextRenderer,
    private readonly notice: boolean,
  ) {
    if (document.frontMatterTitle) this.append(renderer.title(document.frontMatterTitle));
    else if (document.titleHeading) this.append(renderer.blocks([document.titleHeading]));
    if (renderer.showsMetadataLine(document))
      this.append(renderer.metadataLine(document, totalWords(document.sections)));
    // A document still being parsed: its length is the body's, of which the sections are a part.
    this.sourceTotal = document.unfinished
      ? document.body.length
      : document.sections.reduce((sum, section) => sum + section.markdown.length, 0);
  }

  /** How many sections are laid out, from the first. */
  get laidOut(): number {
    return this.starts.length;
  }

  /**
   * The page's length in lines: once complete, the lines there are; before,
   * the lines so far in proportion to the share of the Markdown they come from.
   */
  get estimatedLines(): number {
    if (this.complete) return this.lines.length;
    const share = this.sourceDone / Math.max(1, this.sourceTotal);
    if (share <= 0) return this.lines.length + 1;
    return Math.max(this.lines.length + 1, Math.round(this.lines.length / share));
  }

  /** Lays out the next section (after the last, the notice): false when the page was complete, or all a document still being parsed has is laid out. */
  growOne(): boolean {
    if (this.complete) return false;
    const { document } = this;
    const section = document.sections[this.starts.length];
    // The rest comes with the whole document, which replaces this one (parsing.ts).
    if (!section && document.unfinished) return false;
    if (!section) {
      if (this.notice && document.notice && document.sections.length > 0)
        this.append(this.renderer.notice(document.notice));
      this.complete = true;
      return true;
    }
    const text = this.renderer.section(document, section, section.heading !== undefined);
    this.starts.push(text && this.lines.length > 0 ? this.lines.length + 1 : this.lines.length);
    this.append(text);
    this.sourceDone += section.markdown.length;
    return true;
  }

  /** Adds a part after a blank line, its fold and link marks taken out into `folds` and `links`. */
  private append(text: string): void {
    if (!text) return;
    const from = this.lines.length;
    const added = text.split('\n');
    if (from > 0) added.unshift('');
    for (const fold of takeFoldMarks(added))
      this.folds.push({
        ...fold,
        summary: fold.summary + from,
        body: fold.body + from,
        end: fold.end + from,
      });
    const targets = this.renderer.linkTargets;
    const first = this.links.length;
    for (const link of targets ? takeLinkMarks(added, targets) : [])
      this.links.push({
        ...link,
        index: link.index + first,
        pieces: link.pieces.map((piece) => ({ ...piece, line: piece.line + from })),
      });
    for (const line of added) {
      this.lines.push(line);
      this.plain.push(stripEscapes(line));
    }
  }
}
