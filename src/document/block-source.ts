import type { Links, Token, Tokens } from 'marked';
import { lexBlocks, lexInChunks } from '../markdown/lex.ts';
import { groupDetails, groupDetailsInBatches } from './details.ts';

/** What a block source reads of a document: its body and link definitions. */
export interface BodyText {
  readonly body: string;
  readonly links: Links;
}

/** What a block source reads of a section: its own source, and whether a heading starts it. */
export interface SectionText {
  readonly markdown: string;
  readonly heading: Tokens.Heading | undefined;
}

/**
 * Where a document's block tokens come from: lexed from its text as they are
 * needed, or prepared at build time (the bundled article, so that its
 * start-up loads no lexer); either way with details blocks grouped (details.ts).
 */
export interface BlockSource {
  /** The body's block tokens, a batch at a time: the whole token tree of a big file is never held. */
  batches(text: BodyText): Iterable<Token[]>;
  /** A section's own block tokens, its heading left out. */
  sectionBlocks(text: BodyText, section: SectionText): Token[];
  /** Keeps a section's own tokens as sections are built from the batches, for sources that hold them. */
  keepSection?(section: SectionText, tokens: Token[]): void;
}

/** Tokens lexed from the text when asked for. */
export const lexedBlocks: BlockSource = {
  batches: (text) => groupDetailsInBatches(lexInChunks(text.body, text.links)),
  sectionBlocks(text, section) {
    const tokens = groupDetails(lexBlocks(section.markdown, text.links));
    return section.heading ? tokens.slice(1) : tokens;
  },
};

/** Tokens lexed at build time, kept whole (the document is small), and its sections' tokens as they are built. */
export class PreparedBlocks implements BlockSource {
  private readonly sections = new Map<SectionText, Token[]>();

  constructor(private readonly prepared: Token[][]) {}

  batches(): Iterable<Token[]> {
    return this.prepared;
  }

  sectionBlocks(text: BodyText, section: SectionText): Token[] {
    return this.sections.get(section) ?? lexedBlocks.sectionBlocks(text, section);
  }

  keepSection(section: SectionText, tokens: Token[]): void {
    this.sections.set(section, tokens);
  }
}
