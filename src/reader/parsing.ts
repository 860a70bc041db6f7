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
  /** Parses the rest and gives the whole document. */
  whole(): Document;
}

/** Keys that go to the end or through every section: they need the whole document. */
const wholeChars = new Set(['G', 't', '/', 'n', 'N', "'"]);
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
    this.take(this.parsing.document());
    return true;
  }

  /**
   * Before a key: for `]` or a section number, parses on until the section it
   * goes to is there (and complete: another follows it), as it passes over
   * only the sections before it; for a key that needs the whole document,
   * finishes the parse.
   */
  beforeKey(key: Key): void {
    // Another document, opened from a link, is shown: the first is given its whole later.
    if (this.parsing.done || this.reader.document.unfinished === undefined) return;
    const has = this.sectionTheKeyGoesTo(key);
    if (has) this.parseUntil(has);
    else if (this.needsWhole(key)) this.take(this.parsing.whole());
  }

  /** For `]` and a section number: whether a document has the section the key goes to, and one after it. */
  private sectionTheKeyGoesTo(key: Key): ((document: Document) => boolean) | undefined {
    const char = printable(key);
    if (char === ']') {
      const next = this.reader.section + 1;
      return (document) => document.sections.length > next + 1;
    }
    if (char === undefined || !/^[1-9]$/.test(char)) return undefined;
    return (document) => {
      const index = document.sections.findIndex((section) => section.number === char);
      return index !== -1 && index + 1 < document.sections.length;
    };
  }

  /**
   * Parses until the document so far `has` what is needed, or is whole, and
   * gives the reader that. The batches between looks double, as each look
   * builds the sections so far: a far jump costs at most about twice its parse.
   */
  private parseUntil(has: (document: Document) => boolean): void {
    if (has(this.reader.document)) return;
    for (let batches = 1; ; batches *= 2) {
      let more = true;
      for (let batch = 0; batch < batches && more; batch++) more = this.parsing.step();
      const soFar = this.parsing.document();
      if (!more || has(soFar)) {
        this.take(soFar);
        return;
      }
    }
  }

  private needsWhole(key: Key): boolean {
    const { reader } = this;
    const char = printable(key);
    if ((char && wholeChars.has(char)) || (key.name && wholeNames.has(key.name))) return true;
    // Near the end of the sections so far: any key may go past it.
    const { page, top, height } = reader;
    return (
      page.starts.length >= reader.document.sections.length && top + 3 * height >= page.lines.length
    );
  }

  /** The reader takes the document as far as it is parsed (or whole) in place, the same words at the top, its note kept. */
  private take(document: Document): void {
    const note = this.reader.note;
    this.reader.reload(document, this.layoutOf(document));
    this.reader.note = note;
  }
}
