import type { Document, Section } from '../document.ts';
import { minutesFor, sectionMinutes, totalWords } from '../document.ts';

export interface SectionSummary {
  number: string;
  id: string;
  title: string;
  depth: number;
  words: number;
  minutes: number;
}

export interface SectionContent extends SectionSummary {
  /** The section's own Markdown, heading included, subsections excluded. */
  markdown: string;
  /** The same as plain text, unwrapped. */
  text: string;
}

/**
 * The document or a selection as data. Sections are flat: subsections follow
 * their parent with their own entry, so each one carries only its own text.
 */
export function renderJson(
  document: Document,
  sections: readonly Section[],
  plainText: ((section: Section) => string) | undefined,
): string {
  const words = totalWords(sections);
  const data = {
    title: document.title,
    notice: document.notice ?? null,
    words,
    minutes: sections.length > 0 ? minutesFor(words) : 0,
    sections: sections.map((section) => {
      const summary: SectionSummary = {
        number: section.number,
        id: section.id,
        title: section.title,
        depth: section.depth,
        words: section.words,
        minutes: sectionMinutes(section),
      };
      if (!plainText) return summary;
      return {
        ...summary,
        markdown: section.markdown,
        text: plainText(section),
      } satisfies SectionContent;
    }),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
