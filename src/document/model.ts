import type { Links, Tokens } from 'marked';
import type { Metadata } from '../extract/metadata-fields.ts';
import type { FootnoteDefinitions } from '../markdown/footnotes.ts';
import type { InvalidYaml } from '../markdown/front-matter.ts';
import type { BlockSource } from './block-source.ts';

export interface Section {
  /** "2", "2.1", "2.1.3". */
  readonly number: string;
  /** GitHub-compatible anchor slug of the title, unique in the document. */
  readonly id: string;
  readonly title: string;
  /** 1 for a top-level section. */
  readonly depth: number;
  /** The heading token, or undefined for the Introduction. */
  readonly heading: Tokens.Heading | undefined;
  /** Words of the section's own text, heading included, subsections excluded. */
  readonly words: number;
  /** The section's own Markdown source, heading included, subsections excluded. */
  readonly markdown: string;
  /** The footnotes its own text refers to, by number: they print at its end. */
  readonly footnotes: readonly SectionFootnote[];
  readonly subsections: Section[];
}

/** A footnote a section refers to: its key (footnoteKey) and its number, in order of first use in the whole document. */
export interface SectionFootnote {
  readonly key: string;
  readonly number: number;
}

/** A document as read: enough to print it whole, a batch of blocks at a time, without finding its sections. */
export interface DocumentText {
  /** The title from front matter, if any. */
  readonly frontMatterTitle: string | undefined;
  readonly notice: string | undefined;
  /** Who wrote it, where, when (front matter's `author`, `site_name`, `date`, ...): none for most Markdown. */
  readonly metadata: Metadata;
  /** The front matter block as written, for printing the document as Markdown with it. */
  readonly frontMatterBlock: string | undefined;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** Link reference definitions of the whole body, for chunks lexed on their own. */
  readonly links: Links;
  /** Footnote definitions of the whole body, for references anywhere in it. */
  readonly footnotes: FootnoteDefinitions;
  readonly name: string;
  /** A front matter block that is not valid YAML, shown as text: printing warns of it. */
  readonly invalidFrontMatter?: InvalidYaml | undefined;
  /** Where its block tokens come from. */
  readonly blocks: BlockSource;
  /** Whether the body may link to its own sections, when found while reading it (a big file, never held whole). */
  readonly fragmentLinks?: boolean | undefined;
}

export interface Document extends DocumentText {
  readonly title: string;
  /** The first `#` heading when it gave the title (it then belongs to no section). */
  readonly titleHeading: Tokens.Heading | undefined;
  /** Every section in document order, subsections right after their parent. */
  readonly sections: readonly Section[];
  /**
   * A document still being parsed (parse-steps.ts): its sections are those of
   * the first `parsed` characters of the body, the last of them perhaps cut short.
   */
  readonly unfinished?: { readonly parsed: number } | undefined;
}

export const introductionTitle = 'Introduction';

/** The section and all its subsections, in document order. */
export function withSubsections(section: Section): Section[] {
  return [section, ...section.subsections.flatMap(withSubsections)];
}

/**
 * The section and those of its subsections down to `depth`, counted from the
 * document's top (1: the top-level sections), in document order. The section
 * itself is always there, however deep: it was asked for by name.
 */
export function withSubsectionsTo(section: Section, depth: number): Section[] {
  const shown = section.subsections.filter((subsection) => subsection.depth <= depth);
  return [section, ...shown.flatMap((subsection) => withSubsectionsTo(subsection, depth))];
}

/**
 * A section's heading path: the titles of its ancestors, the top-level one
 * first, then its own. Found by number, so that a copy of a section (a range
 * trims subsections off) has the same path.
 */
export function headingPaths(sections: readonly Section[]): (section: Section) => string[] {
  const byNumber = new Map(sections.map((section) => [section.number, section]));
  return (section) => {
    const parts = section.number.split('.');
    return parts.map(
      (_, index) => byNumber.get(parts.slice(0, index + 1).join('.'))?.title ?? section.title,
    );
  };
}
