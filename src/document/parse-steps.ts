import type { Token } from 'marked';
import { headingLevels, maybeShallower, shallowestLevel } from '../markdown/heading-levels.ts';
import type { Document, DocumentText } from './model.ts';
import { SectionBuilder } from './section-builder.ts';
import { inlineText } from './token-text.ts';

/**
 * Finding a document's sections a batch of blocks at a time (a chunk of the
 * source, chunks.ts), so that it can be stopped and taken up again: the
 * reader shows the first sections of a big document while the rest is
 * parsed between keys. At any time, `document()` gives the document as far
 * as it is parsed, with the numbers and ids its sections have in the whole.
 */
export class DocumentParse {
  /** The characters of the body parsed so far. */
  parsed = 0;
  done = false;
  private readonly builder: SectionBuilder;
  private readonly batches: Iterator<Token[]>;
  private shallowest: number | undefined;

  constructor(readonly text: DocumentText) {
    this.builder = new SectionBuilder(
      text.frontMatterTitle === undefined,
      text.blocks,
      text.footnotes,
    );
    this.batches = text.blocks.batches(text)[Symbol.iterator]();
  }

  /** Parses the next batch of blocks; false when there was none left. */
  step(): boolean {
    if (this.done) return false;
    const next = this.batches.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    for (const token of next.value) {
      this.builder.add(token);
      this.parsed += token.raw.length;
    }
    return true;
  }

  /** Parses batches for about `milliseconds`; true once the whole document is parsed. */
  stepFor(milliseconds: number): boolean {
    const until = performance.now() + milliseconds;
    while (this.step() && performance.now() < until);
    return this.done;
  }

  /** Parses the rest and gives the whole document. */
  whole(): Document {
    while (this.step());
    return this.document();
  }

  /** The document as far as it is parsed: the whole once done, else marked `unfinished`. */
  document(): Document {
    const { text, builder } = this;
    const soFar = builder.introductionShallowest;
    const sections =
      this.done || soFar === undefined || soFar === 1
        ? builder.finish()
        : builder.finish(this.wholeShallowest(soFar));
    return {
      ...text,
      title:
        text.frontMatterTitle ??
        (builder.titleHeading ? inlineText(builder.titleHeading.tokens) : text.name),
      titleHeading: builder.titleHeading,
      sections,
      ...(this.done ? {} : { unfinished: { parsed: this.parsed } }),
    };
  }

  /**
   * The shallowest heading level of the whole body: the one so far, unless a
   * line further on may be a shallower heading; then from a scan of its lines
   * (without lexing).
   */
  private wholeShallowest(soFar: number): number | undefined {
    const { body, frontMatterTitle } = this.text;
    // Back a little: what the parse counted may fall short of where it is in the body.
    const from = Math.max(0, this.parsed - 1024);
    if (!maybeShallower(body, from, soFar)) return soFar === 7 ? undefined : soFar;
    this.shallowest ??= shallowestLevel(headingLevels(body), frontMatterTitle === undefined);
    return this.shallowest;
  }
}
