import type { Document, Section } from '../document/model.ts';
import { sectionsById } from '../document/section-links.ts';
import type { Place } from '../output/history.ts';
import { linkedSection } from '../render/heading-links.ts';
import { pageLine } from './folds.ts';
import { type Key, type Outcome, printable, type Size } from './keys.ts';
import { hintChoice, linksOnScreen, moveFocus } from './link-focus.ts';
import { type LinkAction, linkAction, statusText } from './link-targets.ts';
import type { Page } from './page.ts';
import type { PageLink } from './page-links.ts';
import { placeAt, type Resume } from './place.ts';
import { ReloadingReader } from './reloading.ts';
import { Trail } from './trail.ts';

/** A document a link opened: where it is (its path or address) and its name for the status line. */
export interface Opened {
  readonly document: Document;
  readonly location: string;
  readonly name: string;
}

/** A file or web page to open, from the document at `from` (undefined: the first); a string says why it was not. */
export type OpenLink = (
  target: Extract<LinkAction, { kind: 'file' | 'web' }>,
  from: string | undefined,
) => Promise<Opened | string>;

/** What the reader is given to follow links out of the document. */
export interface Browsing {
  /** Opens files and web pages; without it, only links to headings are followed. */
  readonly open?: OpenLink | undefined;
  /** The first document's path or address, against which its relative links are read. */
  readonly location?: string | undefined;
  /** The first document's path or address as given on the command line, for the links Y copies. */
  readonly address?: string | undefined;
}

/** One step of the trail: a document, and the place it was left at. */
interface Visit {
  readonly document: Document;
  readonly layout: (size: Size) => Page;
  readonly location: string | undefined;
  readonly name: string | undefined;
  readonly place: Place;
  /** The top line it was left at, which the place may not tell apart from a blank line next to it. */
  readonly top: number;
}

const start: Place = { section: null, words: 0 };

/**
 * The reader that follows links as a browser does: Tab and Shift-Tab move
 * the focus from link to link, Enter follows it, F numbers the links on the
 * screen to follow one by its number; Backspace (or h) goes back and l
 * forward, each to the place left. Files and web pages open through the
 * `open` it is given (the command line's pipeline), a web page after `y`.
 */
export class BrowsingReader extends ReloadingReader {
  /** The focused link, as its index in the page's links. */
  focused: number | undefined;
  /** The digits typed while the links on the screen show their numbers (F). */
  hints: string | undefined;
  /** The web address waiting for `y`. */
  confirming: string | undefined;
  /** Called when a document opened meanwhile (after a key) changed what is shown. */
  changed: () => void = () => {};
  private readonly trail: Trail<Visit>;
  /** The place in the first document, while another is shown: what the history keeps. */
  private firstPlace: Place | undefined;
  /** Counts openings, so that only the last one asked for is shown. */
  private opening = 0;

  constructor(
    document: Document,
    private readonly layoutOf: (document: Document) => (size: Size) => Page,
    size: Size,
    first?: Section,
    resume?: Resume,
    private readonly browsing: Browsing = {},
  ) {
    super(document, layoutOf(document), size, first, resume, browsing.address);
    const layout = this.layout;
    this.trail = new Trail({
      document,
      layout,
      location: browsing.location,
      name: undefined,
      place: start,
      top: 0,
    });
  }

  /** The document's name for the status line, when it is not the first. */
  get documentName(): string | undefined {
    return this.trail.current.document === this.trail.first.document
      ? undefined
      : this.trail.current.name;
  }

  /** The place in the first document: where the history keeps the reader. */
  get placeInFirst(): Place {
    return this.documentName === undefined ? this.place : (this.firstPlace ?? start);
  }

  /** The links on the screen, in the order hints number them. */
  get linksOnScreen(): PageLink[] {
    return linksOnScreen(this.page.links, { top: this.top, height: this.height });
  }

  override handle(key: Key): Outcome {
    if (key.ctrl && key.name === 'c') return 'interrupt';
    if (this.confirming !== undefined || this.hints !== undefined) {
      this.note = '';
      if (this.confirming !== undefined) this.confirmKey(key);
      else this.hintKey(key, this.hints ?? '');
      return undefined;
    }
    if (this.mode !== 'read' || this.marks.waiting || !this.linkKey(key)) return super.handle(key);
    return undefined;
  }

  /** A new version of the first document (--watch): shown in place, or kept for going back to it. */
  override reload(document: Document, layout: (size: Size) => Page): void {
    const old = this.trail.first.document;
    this.trail.update((visit) => (visit.document === old ? { ...visit, document, layout } : visit));
    if (this.documentName === undefined && this.document === old) super.reload(document, layout);
  }

  /** The keys of links in read mode; false for any other key. */
  private linkKey(key: Key): boolean {
    this.note = '';
    const char = printable(key);
    if (key.name === 'tab') this.moveFocus(key.shift ? -1 : 1);
    else if (key.name === 'return' && this.focusedOnScreen) this.follow(this.focusedOnScreen);
    else if (key.name === 'escape' && this.focused !== undefined) this.focused = undefined;
    else if (char === 'F') this.showHints();
    else if (key.name === 'backspace' || char === 'h') this.goBack(-1);
    else if (char === 'l') this.goBack(1);
    else if ((char === 'm' || char === "'") && this.documentName !== undefined)
      this.note = 'marks are kept in the first document';
    else return false;
    return true;
  }

  private get focusedOnScreen(): PageLink | undefined {
    return this.linksOnScreen.find((link) => link.index === this.focused);
  }

  private moveFocus(step: 1 | -1): void {
    const screen = { top: this.top, height: this.height };
    let move = moveFocus(this.page.links, screen, this.focused, step);
    // No link below on the page laid out so far: it is laid out on until one comes.
    while (!move && step === 1 && this.growMoreLinks())
      move = moveFocus(this.page.links, screen, this.focused, step);
    if (!move) {
      this.note =
        this.page.links.length === 0
          ? 'no links'
          : `no more links ${step === 1 ? 'below' : 'above'}`;
      return;
    }
    this.focused = move.index;
    this.scrollTo(move.top);
    const link = this.page.links.find((one) => one.index === move.index);
    if (link) this.note = `→ ${statusText(link.href)} · Enter follows`;
  }

  /** Lays out until the page has more links than it had; false when it is complete without. */
  private growMoreLinks(): boolean {
    const count = this.page.links.length;
    this.growWhile(() => this.page.links.length === count);
    return this.page.links.length > count;
  }

  private showHints(): void {
    if (this.linksOnScreen.length === 0) this.note = 'no links on the screen';
    else {
      this.hints = '';
      this.note = 'follow which link? type its number · Esc';
    }
  }

  private hintKey(key: Key, typed: string): void {
    const char = printable(key);
    if (key.name === 'backspace') this.hints = typed.slice(0, -1);
    else if (key.name !== 'return' && !(char && /\d/.test(char))) {
      this.hints = undefined;
      return;
    }
    const now = char && /\d/.test(char) ? typed + char : (this.hints ?? '');
    const links = this.linksOnScreen;
    const choice = hintChoice(now, links.length, key.name === 'return');
    if (choice === 'more') {
      this.hints = now;
      this.note = `follow which link? ${now}`;
      return;
    }
    this.hints = undefined;
    const link = choice === 'none' ? undefined : links[choice - 1];
    if (link) this.follow(link);
    else this.note = `no link ${statusText(now, 8)} on the screen`;
  }

  private confirmKey(key: Key): void {
    const url = this.confirming as string;
    this.confirming = undefined;
    if (printable(key) === 'y') this.open({ kind: 'web', url }, new URL(url).hash.slice(1));
    else this.note = 'not opened';
  }

  /** Follows a link: a heading of this document, a file, or (after `y`) a web page. */
  private follow(link: PageLink): void {
    this.focused = link.index;
    const action = linkAction(link.href, this.trail.current.location);
    switch (action.kind) {
      case 'section':
        this.goToFragment(action.fragment, true);
        return;
      case 'refused':
        this.note = `not opened: ${action.why}`;
        return;
      case 'web':
        // The status line asks (draw.ts).
        this.confirming = action.url;
        return;
      case 'file':
        this.open(action, action.fragment);
    }
  }

  /** Goes to the heading a fragment names; `trail`: as a step of its own, which Backspace undoes. */
  private goToFragment(fragment: string, trail: boolean): void {
    const section = linkedSection(`#${fragment}`, sectionsById(this.document.sections));
    if (!section) {
      this.note = `no heading #${statusText(fragment, 30)} here`;
      return;
    }
    const place = { section: section.id, words: 0 };
    if (trail)
      this.trail.go({ ...this.trail.current, place: this.place }, { ...this.trail.current, place });
    this.goTo(place);
  }

  private open(target: Parameters<OpenLink>[0], fragment: string | undefined): void {
    const { open } = this.browsing;
    if (!open) {
      this.note = 'only links to headings are followed here';
      return;
    }
    const ticket = ++this.opening;
    this.note = 'opening…';
    const opened = (result: Opened | string) => {
      if (ticket !== this.opening) return;
      this.note = '';
      if (typeof result === 'string') this.note = `not opened: ${statusText(result, 60)}`;
      else this.showOpened(result, fragment);
      this.changed();
    };
    open(target, this.trail.current.location).then(opened, (error: unknown) =>
      opened(error instanceof Error ? error.message : String(error)),
    );
  }

  private showOpened(opened: Opened, fragment: string | undefined): void {
    const visit = { ...opened, layout: this.layoutOf(opened.document), place: start, top: 0 };
    this.trail.go(this.left, visit);
    this.show(visit);
    if (fragment) this.goToFragment(fragment, false);
  }

  private goBack(step: 1 | -1): void {
    const visit = step === -1 ? this.trail.back(this.left) : this.trail.forward(this.left);
    if (visit) this.show(visit);
    else this.note = step === -1 ? 'nothing to go back to' : 'nothing to go forward to';
  }

  /** The step being left, as it is left. */
  private get left(): Visit {
    return { ...this.trail.current, place: this.place, top: this.top };
  }

  /** Shows a step of the trail: its document, at its place (at the same line, when the place is still there). */
  private show(visit: Visit): void {
    if (this.document === this.trail.first.document) this.firstPlace = this.place;
    this.document = visit.document;
    // Y copies a link to the document shown: the first as given, another where a link found it.
    this.address =
      visit.document === this.trail.first.document ? this.browsing.address : visit.location;
    this.layout = visit.layout;
    this.jumped = undefined;
    this.focused = undefined;
    this.query = '';
    this.matches = [];
    this.current = -1;
    this.folding.replace(this.layout(this.size));
    this.scrollTo(visit.top);
    const here = placeAt(this.folding.whole, this.document.sections, pageLine(this.page, this.top));
    if (here.section === visit.place.section && here.words === visit.place.words) return;
    if (!this.goTo(visit.place)) this.scrollTo(0);
  }
}
