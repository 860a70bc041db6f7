import { Folding, type View } from './folds.ts';
import type { Size } from './keys.ts';
import { findMatches, type LineMatch } from './matches.ts';
import { GrowingPage, type Page } from './page.ts';

/**
 * The screen's window on the page, and the page growing under it: a page
 * laid out lazily (GrowingPage) is laid out further whenever the window,
 * a jump or a search needs lines beyond what is there, and in idle turns
 * (`growFor`). What grows is taken into the folded view and the matches of
 * the search at once, so that both always cover the whole laid-out page.
 */
export class Viewport {
  size: Size;
  top = 0;
  query = '';
  matches: LineMatch[] = [];
  /** The details blocks open and folded; searches and matches count the lines of its whole page. */
  protected readonly folding: Folding;

  constructor(
    protected layout: (size: Size) => Page,
    size: Size,
  ) {
    this.size = size;
    this.folding = new Folding(layout(size));
  }

  /** The page as shown, folded blocks folded: `top`, `starts` and drawing count its lines. */
  get page(): View {
    return this.folding.view;
  }

  /** Rows for the text; the last row is the status line. */
  get height(): number {
    return Math.max(1, this.size.rows - 1);
  }

  /** Whether the whole document is laid out: until then the page's length is an estimate. */
  get complete(): boolean {
    return this.folding.whole.complete !== false;
  }

  /** The lines the view will have once the whole document is laid out: an estimate until it is. */
  get estimatedLines(): number {
    const { whole } = this.folding;
    if (!(whole instanceof GrowingPage)) return this.page.lines.length;
    return this.page.lines.length + whole.estimatedLines - whole.lines.length;
  }

  /** Lays out for about `milliseconds` in an idle turn; false when there was nothing left. */
  growFor(milliseconds: number): boolean {
    const until = performance.now() + milliseconds;
    const grew = this.growOne();
    while (grew && performance.now() < until && this.growOne());
    return grew;
  }

  /** Lays out section after section while `wanted` says more is needed; false when nothing grew. */
  protected growWhile(wanted: () => boolean): boolean {
    let grew = false;
    while (wanted() && this.growOne()) grew = true;
    return grew;
  }

  /** Lays out one more section (or the notice after the last): false when the page is complete. */
  protected growOne(): boolean {
    const { whole } = this.folding;
    if (!(whole instanceof GrowingPage)) return false;
    const from = whole.lines.length;
    if (!whole.growOne()) return false;
    this.folding.grow();
    if (this.query && whole.lines.length > from) {
      // Sections are apart by a blank line, which no match runs across: the new lines are searched alone.
      for (const match of findMatches(whole.plain.slice(from), this.query))
        this.matches.push({ ...match, line: match.line + from, endLine: match.endLine + from });
    }
    return true;
  }

  /** Lays out up to the section at `index`, so that its start (and its end, unless it is the last laid out) is known. */
  protected growToSection(index: number): void {
    this.growWhile(() => this.folding.whole.starts.length <= index);
  }

  protected scrollTo(line: number): void {
    // The screen below the line is laid out first; the end (G) lays out the whole document.
    this.growWhile(() => this.page.lines.length < line + this.height);
    const last = Math.max(0, this.page.lines.length - this.height);
    this.top = Math.max(0, Math.min(line, last));
  }
}
