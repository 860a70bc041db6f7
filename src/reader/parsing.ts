import type { Document } from '../document/model.ts';
import type { BrowsingReader } from './browsing.ts';
import { type Key, printable, type Size } from './keys.ts';
import type { Page } from './page.ts';

/** A document parsed a batch at a time (document/parse-steps.ts), as the reader drives it. */
export interface Parsing {
  readonly done: boolean;
  /** Parses the next batch; false when there was none left. */
  step(): boolean;
  /** Parses for about `milliseconds`; true once the whole document is parsed. */
  stepFor(milliseconds: number): boolean;
  /** The document as far as it is parsed. */
  document(): Document;
}

/** Keys that go to the end, to a section by number, or through every section: they need the whole document. */
const wholeChars = new Set([
  'G',
  ']',
  't',
  '/',
  'n',
  'N',
  "'",
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);
const wholeNames = new Set(['end', 'tab']);

/**
 * The reader on a big document shown before it is parsed whole: the first
 * sections at once, the rest parsed in idle turns (`stepFor`), then the
 * reader given the whole document in place, keeping its place. Keys that need
 * the whole document, and reading on near the end of the sections parsed so
 * far, finish the parse first, at once (`beforeKey`).
 */
export class ParsingInIdleTurns {
  constructor(
    private readonly parsing: Parsing,
    private readonly reader: BrowsingReader,
    private readonly layoutOf: (document: Document) => (size: Size) => Page,
  ) {}

  get done(): boolean {
    return this.parsing.done;
  }

  /** Parses for about `milliseconds`; true when the reader has just been given the whole document. */
  stepFor(milliseconds: number): boolean {
    if (this.parsing.done || !this.parsing.stepFor(milliseconds)) return false;
    this.complete();
    return true;
  }

  /** Finishes the parse first when the key needs the whole document. */
  beforeKey(key: Key): void {
    if (this.parsing.done || !this.needsWhole(key)) return;
    while (this.parsing.step());
    this.complete();
  }

  private needsWhole(key: Key): boolean {
    const { reader } = this;
    // Another document, opened from a link, is shown: the first is given its whole later.
    if (reader.document.unfinished === undefined) return false;
    const char = printable(key);
    if ((char && wholeChars.has(char)) || (key.name && wholeNames.has(key.name))) return true;
    // Near the end of the sections so far: any key may go past it.
    const { page, top, height } = reader;
    return (
      page.starts.length >= reader.document.sections.length && top + 3 * height >= page.lines.length
    );
  }

  /** The reader takes the whole document in place, the same words at the top, its note kept. */
  private complete(): void {
    const whole = this.parsing.document();
    const note = this.reader.note;
    this.reader.reload(whole, this.layoutOf(whole));
    this.reader.note = note;
  }
}
