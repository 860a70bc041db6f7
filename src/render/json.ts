import { type Document, headingPaths, type Section } from '../document/model.ts';
import { minutesFor, sectionMinutes, totalWords } from '../document/words.ts';
import { metadataKeys } from '../extract/metadata-fields.ts';

export interface SectionSummary {
  number: string;
  id: string;
  title: string;
  /** The titles of its ancestors, the top-level one first, then its own: a heading path. */
  path: string[];
  depth: number;
  words: number;
  minutes: number;
}

export interface SectionContent extends SectionSummary {
  /** The section's own Markdown, heading included, subsections excluded. */
  markdown: string;
  /** The same as plain text, unwrapped (its footnotes under it). */
  text: string;
  /** The footnotes its own text refers to, by number. */
  footnotes: FootnoteEntry[];
}

/** A footnote: its label as the definition writes it, its number in the document, its plain text. */
export interface FootnoteEntry {
  label: string;
  number: number;
  text: string;
}

/** A section's own text and each of its footnotes' text, plain and unwrapped. */
export interface PlainText {
  section(section: Section): string;
  note(key: string): string;
}

/**
 * The document or a selection as data. Sections are flat: subsections follow
 * their parent with their own entry, so each one carries only its own text.
 */
export function renderJson(
  document: Document,
  sections: readonly Section[],
  plainText: PlainText | undefined,
  /** The words of the whole selection, more than `sections` hold when --depth hides some. */
  words = totalWords(sections),
): string {
  const pathOf = headingPaths(document.sections);
  const data = {
    title: document.title,
    notice: document.notice ?? null,
    // byline, siteName, published, lang, canonical, excerpt: null when the document does not say.
    ...Object.fromEntries(metadataKeys.map((key) => [key, document.metadata[key] ?? null])),
    words,
    minutes: sections.length > 0 ? minutesFor(words) : 0,
    sections: sections.map((section) => {
      const summary: SectionSummary = {
        number: section.number,
        id: section.id,
        title: section.title,
        path: pathOf(section),
        depth: section.depth,
        words: section.words,
        minutes: sectionMinutes(section),
      };
      if (!plainText) return summary;
      return {
        ...summary,
        markdown: section.markdown,
        text: plainText.section(section),
        footnotes: section.footnotes.map(({ key, number }) => ({
          label: document.footnotes[key]?.label ?? key,
          number,
          text: plainText.note(key),
        })),
      } satisfies SectionContent;
    }),
  };
  return toJson(data);
}

/**
 * JSON that is safe to print on a terminal: JSON.stringify escapes only C0
 * controls, so DEL, the C1 range (an 8-bit CSI or OSC), bidirectional
 * overrides and the line separators are escaped here too.
 */
export function toJson(data: unknown): string {
  const text = JSON.stringify(data, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${text}\n`;
}
