import type { Document, Section } from '../document/model.ts';
import { Folding, foldToToggle, pageLine, summaryOn, type View, viewLine } from './folds.ts';
import { findMatches, type LineMatch, type MatchSpan, matchSpansOn } from './matches.ts';
import type { Page } from './page.ts';
import { lastAtOrBefore } from './search-order.ts';

/** A key as readline's keypress events describe it. */
export interface Key {
  readonly name?: string | undefined;
  readonly sequence?: string | undefined;
  readonly ctrl?: boolean | undefined;
  readonly meta?: boolean | undefined;
}

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

export type Mode = 'read' | 'contents' | 'help' | 'search';
export type Outcome = 'quit' | 'interrupt' | undefined;

/**
 * The state of the full-screen reader and what each key does to it. It knows
 * nothing of terminals: keys come in, and draw.ts turns the state into a
 * frame, so that both can be tested and measured without a terminal.
 */
export class Reader {
  size: Size;
  top = 0;
  mode: Mode = 'read';
  /** What is typed after '/', while typing. */
  input = '';
  query = '';
  matches: LineMatch[] = [];
  /** Index in `matches` of the match moved to last. */
  current = -1;
  /** The highlighted entry of the table of contents. */
  cursor = 0;
  /** A short message for the status line, shown until the next key. */
  note = '';
  /** The section jumped to last and the top the jump left, while the top stays there. */
  protected jumped: { section: number; top: number } | undefined;
  /** The details blocks open and folded; searches and matches count the lines of its whole page. */
  protected readonly folding: Folding;

  constructor(
    public document: Document,
    protected layout: (size: Size) => Page,
    size: Size,
    start?: Section,
  ) {
    this.size = size;
    this.folding = new Folding(layout(size));
    if (start) this.goToSection(document.sections.indexOf(start));
  }

  /** The page as shown, folded blocks folded: `top`, `starts` and drawing count its lines. */
  get page(): View {
    return this.folding.view;
  }

  /** Rows for the text; the last row is the status line. */
  get height(): number {
    return Math.max(1, this.size.rows - 1);
  }

  /** The section the top of the screen is in, as an index of document.sections (-1 before the first). */
  get section(): number {
    // Near the end, a section jumped to may start below the top; it is still the one being read.
    if (this.jumped?.top === this.top) return this.jumped.section;
    return lastAtOrBefore(this.page.starts, this.top, (start) => start);
  }

  /** The parts of matches on one line, to highlight (found by halving, as a frame asks for each row). */
  matchSpansOn(line: number): MatchSpan[] {
    return matchSpansOn(this.matches, pageLine(this.page, line), this.page.plain[line] ?? '');
  }

  handle(key: Key): Outcome {
    if (key.ctrl && key.name === 'c') return 'interrupt';
    this.note = '';
    switch (this.mode) {
      case 'help':
        this.mode = 'read';
        return undefined;
      case 'contents':
        this.contentsKey(key);
        return undefined;
      case 'search':
        this.searchKey(key);
        return undefined;
      case 'read':
        return this.readKey(key);
    }
  }

  /** New size: lay out again, keeping the same place of the same section. */
  resize(size: Size): void {
    const section = this.section;
    const start = this.page.starts[section] ?? 0;
    // A section jumped to near the end starts below the top: it is jumped to again.
    const jumped = this.top < start;
    this.jumped = undefined;
    const length = this.sectionLength(section);
    const through = length > 0 ? (this.top - start) / length : 0;
    this.size = size;
    this.folding.relayout(this.layout(size));
    const newStart = this.page.starts[section] ?? 0;
    this.scrollTo(section < 0 ? 0 : newStart + Math.round(through * this.sectionLength(section)));
    if (jumped) this.goToSection(section);
    if (this.query) this.find(this.query, false);
  }

  private readKey(key: Key): Outcome {
    const half = Math.max(1, Math.floor(this.height / 2));
    const char = printable(key);
    switch (key.name ?? char) {
      case 'q':
        return key.name === 'q' && !key.ctrl ? 'quit' : undefined;
      case 'escape':
        if (!this.query) return 'quit';
        this.clearSearch();
        return undefined;
      case 'return':
        // On a summary at the top, Enter opens or closes its block; elsewhere it goes a line down.
        if (summaryOn(this.page, this.top) === undefined) this.scrollBy(1);
        else this.toggleFold(summaryOn(this.page, this.top));
        return undefined;
      case 'o':
        this.toggleFold(foldToToggle(this.page, this.top, this.height));
        return undefined;
      case 'j':
      case 'down':
        this.scrollBy(1);
        return undefined;
      case 'k':
      case 'up':
        this.scrollBy(-1);
        return undefined;
      case 'space':
      case 'f':
      case 'pagedown':
        this.scrollBy(this.height);
        return undefined;
      case 'b':
      case 'pageup':
        this.scrollBy(-this.height);
        return undefined;
      case 'd':
        this.scrollBy(half);
        return undefined;
      case 'u':
        this.scrollBy(-half);
        return undefined;
      case 'home':
      case 'end':
        this.scrollTo(key.name === 'home' ? 0 : Number.MAX_SAFE_INTEGER);
        return undefined;
      case 'g':
        this.scrollTo(char === 'G' ? Number.MAX_SAFE_INTEGER : 0);
        return undefined;
      case 'tab':
      case 't':
        this.openContents();
        return undefined;
      case 'n':
        this.nextMatch(char === 'N' ? -1 : 1);
        return undefined;
    }
    this.symbolKey(char);
    return undefined;
  }

  private symbolKey(char: string | undefined): void {
    if (char === ']') this.goToSection(this.section + 1);
    else if (char === '[') this.previousSection();
    else if (char === '/') {
      this.mode = 'search';
      this.input = '';
    } else if (char === '?') this.mode = 'help';
    else if (char && /^[1-9]$/.test(char)) this.goToTopLevel(Number(char));
  }

  private contentsKey(key: Key): void {
    const last = this.document.sections.length - 1;
    const char = printable(key);
    if (key.name === 'down' || char === 'j') this.cursor = Math.min(last, this.cursor + 1);
    else if (key.name === 'up' || char === 'k') this.cursor = Math.max(0, this.cursor - 1);
    else if (key.name === 'home' || char === 'g') this.cursor = 0;
    else if (key.name === 'end' || char === 'G') this.cursor = last;
    else if (key.name === 'return') {
      this.goToSection(this.cursor);
      this.mode = 'read';
    } else if (key.name === 'escape' || key.name === 'tab' || char === 't' || char === 'q')
      this.mode = 'read';
  }

  private searchKey(key: Key): void {
    const char = printable(key);
    if (key.name === 'return') {
      this.mode = 'read';
      if (this.input.trim()) this.find(this.input, true);
    } else if (key.name === 'escape') this.mode = 'read';
    else if (key.name === 'backspace') this.input = this.input.slice(0, -1);
    else if (char) this.input += char;
  }

  private openContents(): void {
    if (this.document.sections.length === 0) {
      this.note = 'no sections';
      return;
    }
    this.mode = 'contents';
    this.cursor = Math.max(0, this.section);
  }

  /** Finds every match; when moving, goes to the first one at or after the top of the screen, as less does. */
  protected find(query: string, move: boolean): void {
    this.query = query;
    this.matches = findMatches(this.folding.whole.plain, query);
    if (this.matches.length === 0) {
      this.note = `no match for '${query}'`;
      this.query = '';
      this.current = -1;
      return;
    }
    if (!move) {
      this.current = Math.min(this.current, this.matches.length - 1);
      return;
    }
    const top = pageLine(this.page, this.top);
    const next = this.matches.findIndex((match) => match.line >= top);
    this.showMatch(next === -1 ? 0 : next);
  }

  private nextMatch(step: 1 | -1): void {
    if (this.matches.length === 0) {
      this.note = 'no search: type / and a text';
      return;
    }
    const count = this.matches.length;
    this.showMatch((this.current + step + count) % count);
  }

  private showMatch(index: number): void {
    this.current = index;
    const match = this.matches[index];
    if (!match) return;
    // A match inside folded blocks opens them.
    const top = this.folding.reveal([match.line, match.endLine], this.top);
    if (top !== undefined) this.scrollTo(top);
    const line = viewLine(this.page, match.line);
    // Both parts of a match that runs onto the next line are brought onto the screen.
    if (line < this.top || viewLine(this.page, match.endLine) >= this.top + this.height)
      this.scrollTo(line);
  }

  /** Opens a details block, or closes it (folding.ts). */
  private toggleFold(index: number | undefined): void {
    const top = this.folding.toggle(index, this.top);
    if (top === undefined) {
      this.note = 'no details block here';
      return;
    }
    this.jumped = undefined;
    this.scrollTo(top);
  }

  private clearSearch(): void {
    this.query = '';
    this.matches = [];
    this.current = -1;
  }

  private goToSection(index: number): void {
    const start = this.page.starts[index];
    if (start === undefined) return;
    this.scrollTo(start);
    this.jumped = { section: index, top: this.top };
  }

  private previousSection(): void {
    const current = this.section;
    const start = this.page.starts[current] ?? 0;
    this.goToSection(this.top > start ? current : current - 1);
    if (current <= 0 && this.top <= start) this.scrollTo(0);
  }

  private goToTopLevel(number: number): void {
    const index = this.document.sections.findIndex((section) => section.number === String(number));
    if (index === -1) this.note = `no section ${number}`;
    else this.goToSection(index);
  }

  private sectionLength(index: number): number {
    const start = this.page.starts[index] ?? 0;
    const next = this.page.starts[index + 1] ?? this.page.lines.length;
    return Math.max(0, next - start);
  }

  private scrollBy(lines: number): void {
    this.scrollTo(this.top + lines);
  }

  protected scrollTo(line: number): void {
    const last = Math.max(0, this.page.lines.length - this.height);
    this.top = Math.max(0, Math.min(line, last));
  }
}

function printable(key: Key): string | undefined {
  const { sequence } = key;
  return sequence && [...sequence].length === 1 && sequence >= ' ' && !key.ctrl && !key.meta
    ? sequence
    : undefined;
}
