import type { Document, Section } from '../document/model.ts';
import type { Place } from '../output/history.ts';
import { contentsKey } from './contents.ts';
import { copyKey } from './copy.ts';
import { foldToToggle, pageLine, summaryOn, viewLine } from './folds.ts';
import { type Key, type Mode, type Outcome, printable, type Size } from './keys.ts';
import { Marks } from './marks.ts';
import { findMatches, type MatchSpan, matchSpansOn } from './matches.ts';
import type { Page } from './page.ts';
import { lineAt, placeAt, type Resume, resumeAt } from './place.ts';
import { lastAtOrBefore } from './search-order.ts';
import { Viewport } from './viewport.ts';

export type { Key, Mode, Outcome, Size } from './keys.ts';

/**
 * The state of the full-screen reader and what each key does to it. It knows
 * nothing of terminals: keys come in, and draw.ts turns the state into a
 * frame, so that both can be tested and measured without a terminal.
 */
export class Reader extends Viewport {
  mode: Mode = 'read';
  /** What is typed after '/', while typing. */
  input = '';
  /** Index in `matches` of the match moved to last. */
  current = -1;
  /** The highlighted entry of the table of contents. */
  cursor = 0;
  /** A short message for the status line, shown until the next key. */
  note = '';
  /** The section jumped to last and the top the jump left, while the top stays there. */
  protected jumped: { section: number; top: number } | undefined;
  /** The place gone to last and the top it left, while the top stays there: resizes do not drift. */
  private anchor: { place: Place; top: number } | undefined;
  readonly marks: Marks;

  constructor(
    public document: Document,
    layout: (size: Size) => Page,
    size: Size,
    start?: Section,
    resume?: Resume,
    /** Where the document was read from, as given, for the links Y copies (copy.ts). */
    public address?: string,
  ) {
    super(layout, size);
    this.marks = new Marks(resume?.marks);
    // A growing page is laid out as far as the first screen needs.
    this.scrollTo(0);
    if (start) this.goToSection(document.sections.indexOf(start));
    else if (resume) this.note = resumeAt(this, resume);
  }

  /** The section the top of the screen is in, as an index of document.sections; the title is in the first (-1: none). */
  get section(): number {
    // Near the end, a section jumped to may start below the top; it is still the one being read.
    if (this.jumped?.top === this.top) return this.jumped.section;
    const at = lastAtOrBefore(this.page.starts, this.top, (start) => start);
    return Math.min(this.document.sections.length - 1, Math.max(0, at));
  }

  /** The parts of matches on one line, to highlight (found by halving, as a frame asks for each row). */
  matchSpansOn(line: number): MatchSpan[] {
    return matchSpansOn(this.matches, pageLine(this.page, line), this.page.plain[line] ?? '');
  }

  /** The place at the top of the screen (place.ts), to keep or to mark. */
  get place(): Place {
    // Gone to (a section jumped to near the end starts below the top) and not moved since.
    if (this.anchor?.top === this.top) return this.anchor.place;
    return placeAt(this.folding.whole, this.document.sections, pageLine(this.page, this.top));
  }

  /** Brings a place to the top; false when its section is not in the document. */
  goTo(place: Place): boolean {
    const index = this.document.sections.findIndex((section) => section.id === place.section);
    // The next section too: where this one ends is where the next starts.
    this.growToSection(index + 1);
    const line = lineAt(this.folding.whole, this.document.sections, place);
    if (line === undefined) return false;
    this.jumped = undefined;
    if (place.words === 0 && index !== -1) this.goToSection(index);
    else this.scrollTo(viewLine(this.page, line));
    this.anchor = { place, top: this.top };
    return true;
  }

  handle(key: Key): Outcome {
    if (key.ctrl && key.name === 'c') return 'interrupt';
    this.note = '';
    if (this.marks.waiting) {
      this.note = this.marks.letter(printable(key), this);
      return undefined;
    }
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

  /** New size: lay out again, the same words at the top (a section jumped to near the end: jumped to again). */
  resize(size: Size): void {
    const place = this.place;
    this.size = size;
    this.folding.relayout(this.layout(size));
    this.goTo(place);
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
      case 't':
        this.openContents();
        return undefined;
      case 'n':
        this.nextMatch(char === 'N' ? -1 : 1);
        return undefined;
      case 'y':
        return char ? copyKey(this, char === 'Y') : undefined;
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
    else if (char === 'm' || char === "'") this.note = this.marks.expect(char);
    else if (char && /^[1-9]$/.test(char)) this.goToTopLevel(Number(char));
  }

  private contentsKey(key: Key): void {
    const { cursor, action } = contentsKey(key, this.cursor, this.document.sections.length);
    this.cursor = cursor;
    if (action === 'jump') this.goToSection(cursor);
    if (action) this.mode = 'read';
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
    if (this.document.sections.length === 0) this.note = 'no sections';
    else {
      this.mode = 'contents';
      this.cursor = Math.max(0, this.section);
    }
  }

  /** Finds every match; when moving, goes to the first one at or after the top of the screen, as less does. */
  protected find(query: string, move: boolean): void {
    this.query = query;
    this.matches = findMatches(this.folding.whole.plain, query);
    const top = pageLine(this.page, this.top);
    // Not found below on the page laid out so far: the rest is laid out until it is.
    if (move) this.growWhile(() => (this.matches.at(-1)?.line ?? -1) < top);
    if (this.matches.length === 0 && (move || this.complete)) {
      this.note = `no match for '${query}'`;
      this.query = '';
      this.current = -1;
      return;
    }
    if (!move) {
      this.current = Math.min(this.current, this.matches.length - 1);
      return;
    }
    const next = this.matches.findIndex((match) => match.line >= top);
    this.showMatch(next === -1 ? 0 : next);
  }

  private nextMatch(step: 1 | -1): void {
    if (!this.query) {
      this.note = 'no search: type / and a text';
      return;
    }
    const count = this.matches.length;
    // Past the last match laid out, the next is further on; before the first, the last is at the end.
    if (step === 1 && this.current === count - 1)
      this.growWhile(() => this.matches.length === count);
    if (step === -1 && this.current <= 0) this.growWhile(() => true);
    const now = this.matches.length;
    const from = this.current < 0 && step === -1 ? 0 : this.current;
    if (now === 0) this.note = `no match for '${this.query}'`;
    else this.showMatch((from + step + now) % now);
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
    this.anchor = undefined;
    this.scrollTo(top);
  }

  private clearSearch(): void {
    this.query = '';
    this.matches = [];
    this.current = -1;
  }

  private goToSection(index: number): void {
    this.growToSection(index);
    const start = this.page.starts[index];
    if (start === undefined) return;
    this.scrollTo(start);
    this.jumped = { section: index, top: this.top };
    const id = this.document.sections[index]?.id ?? null;
    this.anchor = { place: { section: id, words: 0 }, top: this.top };
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

  private scrollBy(lines: number): void {
    this.scrollTo(this.top + lines);
  }
}
