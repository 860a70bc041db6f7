import { disclosure } from '../render/details.ts';
import type { Fold } from './fold-marks.ts';
import type { Page } from './page.ts';
import type { PageLink } from './page-links.ts';
import { lastAtOrBefore } from './search-order.ts';

/** The page as the reader shows it: the contents of folded blocks left out, each summary's mark saying which. */
export interface View extends Page {
  /** The page's line that each line of the view is; undefined when the view is the page. */
  readonly source: readonly number[] | undefined;
}

/**
 * Which details blocks are open, and the page as shown with the others
 * folded. The blocks are known by their place in the document, so that
 * they stay open or folded when the page is laid out again at a new width.
 */
export class Folding {
  view: View;
  /** Blocks open (indexes of `page.folds`): to start with, those written `<details open>`. */
  private readonly unfolded: Set<number>;

  constructor(public whole: Page) {
    this.unfolded = new Set();
    this.view = this.replace(whole);
  }

  /** Another document's page: its blocks open as written. */
  replace(whole: Page): View {
    this.whole = whole;
    this.unfolded.clear();
    whole.folds.forEach((fold, index) => {
      if (fold.open) this.unfolded.add(index);
    });
    this.view = foldedView(whole, this.unfolded);
    return this.view;
  }

  /** The page laid out again (a new size), the same blocks open. */
  relayout(whole: Page): void {
    this.whole = whole;
    this.view = foldedView(whole, this.unfolded);
  }

  /**
   * Opens a block, or closes it, and gives the line of the new view to put
   * at the top: the same line of the page, or the block's summary when the
   * top was inside the block that closed. Undefined when there is no block.
   */
  toggle(index: number | undefined, top: number): number | undefined {
    const fold = index === undefined ? undefined : this.whole.folds[index];
    if (index === undefined || !fold) return undefined;
    if (!this.unfolded.delete(index)) this.unfolded.add(index);
    const line = pageLine(this.view, top);
    return this.refold(line > fold.summary && line < fold.end ? fold.summary : line);
  }

  /** Opens the blocks that hide these lines of the page; the new top as `toggle` gives it, if any opened. */
  reveal(lines: readonly number[], top: number): number | undefined {
    const around = lines.flatMap((line) => foldsAround(this.whole, line));
    if (around.every((index) => this.unfolded.has(index))) return undefined;
    for (const index of around) this.unfolded.add(index);
    return this.refold(pageLine(this.view, top));
  }

  private refold(top: number): number {
    this.view = foldedView(this.whole, this.unfolded);
    return viewLine(this.view, top);
  }
}

/** The page with every block folded but those in `unfolded` (indexes of `page.folds`). */
export function foldedView(page: Page, unfolded: ReadonlySet<number>): View {
  if (page.folds.length === 0) return { ...page, source: undefined };
  const hidden: [from: number, to: number][] = [];
  const shown: number[] = [];
  let hiddenUntil = 0;
  page.folds.forEach((fold, index) => {
    if (fold.summary < hiddenUntil) return;
    shown.push(index);
    if (unfolded.has(index)) return;
    hidden.push([fold.body, fold.end]);
    hiddenUntil = fold.end;
  });
  const lines: string[] = [];
  const plain: string[] = [];
  const source: number[] = [];
  let at = 0;
  hidden.push([page.lines.length, page.lines.length]);
  for (const [from, to] of hidden) {
    for (let line = at; line < from; line++) {
      lines.push(page.lines[line] ?? '');
      plain.push(page.plain[line] ?? '');
      source.push(line);
    }
    at = Math.max(at, to);
  }
  for (const index of shown) {
    const fold = page.folds[index] as Fold;
    const line = shownLine(source, fold.summary);
    const mark = unfolded.has(index) ? disclosure.open : disclosure.folded;
    lines[line] = replaceAt(lines[line] ?? '', fold.at, mark);
    plain[line] = replaceAt(plain[line] ?? '', fold.plainAt, mark);
  }
  const starts = page.starts.map((start) => shownLine(source, start));
  return { lines, plain, starts, folds: page.folds, source, links: shownLinks(page.links, source) };
}

/** The links with a piece on a shown line, their pieces on the lines of the view. */
function shownLinks(links: readonly PageLink[], source: readonly number[]): PageLink[] {
  return links.flatMap((link) => {
    const pieces = link.pieces.flatMap((piece) => {
      const line = shownLine(source, piece.line);
      return source[line] === piece.line ? [{ ...piece, line }] : [];
    });
    return pieces.length > 0 ? [{ ...link, pieces }] : [];
  });
}

/** The page's line that a line of the view is. */
export function pageLine(view: View, line: number): number {
  return view.source ? (view.source[line] ?? view.source.length) : line;
}

/** The line of the view that shows a line of the page: a folded line shows as the last line before it. */
export function viewLine(view: View, line: number): number {
  return view.source ? shownLine(view.source, line) : line;
}

function shownLine(source: readonly number[], line: number): number {
  return Math.max(
    0,
    lastAtOrBefore(source, line, (shown) => shown),
  );
}

function replaceAt(text: string, at: number, char: string): string {
  return text.slice(0, at) + char + text.slice(at + char.length);
}

/** The block whose summary a line of the view is on, if any. */
export function summaryOn(view: View, line: number): number | undefined {
  const onPage = pageLine(view, line);
  const index = view.folds.findIndex((fold) => fold.summary <= onPage && onPage < fold.body);
  return index === -1 ? undefined : index;
}

/**
 * The block that `o` folds or unfolds, the reader having no cursor: the
 * first whose summary shows on the screen, else the innermost open block
 * that the top line is in (reading inside a block, `o` folds it).
 */
export function foldToToggle(view: View, top: number, height: number): number | undefined {
  const bottom = Math.min(top + height, view.lines.length);
  for (let line = top; line < bottom; line++) {
    const index = summaryOn(view, line);
    if (index !== undefined) return index;
  }
  const onPage = pageLine(view, top);
  const index = view.folds.findLastIndex((fold) => fold.body <= onPage && onPage < fold.end);
  return index === -1 ? undefined : index;
}

/** The blocks a line of the page is inside, outermost first: all must be open for it to show. */
function foldsAround(page: Page, line: number): number[] {
  return page.folds.flatMap((fold, index) => (fold.body <= line && line < fold.end ? [index] : []));
}
