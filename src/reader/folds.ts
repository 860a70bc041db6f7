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
  /** The blocks whose first state is known (open as written, or as toggled since): those of the page so far. */
  private known = 0;
  /** How much of a growing page the view shows. */
  private shown: Shown = nothingShown;

  constructor(public whole: Page) {
    this.unfolded = new Set();
    this.view = this.replace(whole);
  }

  /** Another document's page: its blocks open as written. */
  replace(whole: Page): View {
    this.whole = whole;
    this.unfolded.clear();
    this.known = 0;
    return this.refresh();
  }

  /** The page laid out again (a new size), the same blocks open. */
  relayout(whole: Page): void {
    this.whole = whole;
    this.refresh();
  }

  /** A growing page grew: the view takes in its new lines, their blocks open as written. */
  grow(): void {
    const whole = this.whole;
    this.openAsWritten();
    if (this.view.source === undefined) {
      // Without blocks the view is the page itself, and grows with it.
      if (whole.folds.length > 0) this.refresh();
      return;
    }
    foldOn(this.view as Folded, whole, this.unfolded, this.shown);
    this.shown = shownOf(whole);
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
    this.refresh();
    return viewLine(this.view, top);
  }

  private refresh(): View {
    this.openAsWritten();
    this.view = foldedView(this.whole, this.unfolded);
    this.shown = shownOf(this.whole);
    return this.view;
  }

  private openAsWritten(): void {
    const { folds } = this.whole;
    for (; this.known < folds.length; this.known++)
      if (folds[this.known]?.open) this.unfolded.add(this.known);
  }
}

/** How far into a page a view goes: its lines, blocks, links and section starts. */
interface Shown {
  readonly line: number;
  readonly fold: number;
  readonly link: number;
  readonly start: number;
}

const nothingShown: Shown = { line: 0, fold: 0, link: 0, start: 0 };

function shownOf(page: Page): Shown {
  return {
    line: page.lines.length,
    fold: page.folds.length,
    link: page.links.length,
    start: page.starts.length,
  };
}

/** A view with blocks, whose arrays are its own. */
interface Folded {
  readonly lines: string[];
  readonly plain: string[];
  readonly starts: number[];
  readonly folds: readonly Fold[];
  readonly links: PageLink[];
  readonly source: number[];
}

/** The page with every block folded but those in `unfolded` (indexes of `page.folds`). */
export function foldedView(page: Page, unfolded: ReadonlySet<number>): View {
  const { lines, plain, starts, folds, links } = page;
  if (folds.length === 0) return { lines, plain, starts, folds, links, source: undefined };
  const view: Folded = { lines: [], plain: [], starts: [], folds, links: [], source: [] };
  foldOn(view, page, unfolded, nothingShown);
  return view;
}

/**
 * Adds to a view of the page's first lines (as far as `from`) the rest of
 * the page. A block never runs across that edge: a growing page grows by
 * whole sections.
 */
function foldOn(view: Folded, page: Page, unfolded: ReadonlySet<number>, from: Shown): void {
  const hidden: [from: number, to: number][] = [];
  const shown: number[] = [];
  let hiddenUntil = 0;
  for (let index = from.fold; index < page.folds.length; index++) {
    const fold = page.folds[index] as Fold;
    if (fold.summary < hiddenUntil) continue;
    shown.push(index);
    if (unfolded.has(index)) continue;
    hidden.push([fold.body, fold.end]);
    hiddenUntil = fold.end;
  }
  const { lines, plain, source } = view;
  let at = from.line;
  hidden.push([page.lines.length, page.lines.length]);
  for (const [hide, to] of hidden) {
    for (let line = at; line < hide; line++) {
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
  for (let index = from.start; index < page.starts.length; index++)
    view.starts.push(shownLine(source, page.starts[index] as number));
  for (const link of shownLinks(page.links.slice(from.link), source)) view.links.push(link);
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
