import type { Document, Section } from '../document.ts';
import { withSubsections } from '../document.ts';

/** The Markdown source, unchanged: the whole body, or each chosen section with its subsections. */
export function renderMarkdown(document: Document, chosen: readonly Section[] | undefined): string {
  if (!chosen) return document.body;
  return chosen
    .map((section) =>
      ensureNewline(
        withSubsections(section)
          .map((part) => part.markdown)
          .join(''),
      ),
    )
    .join('\n');
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
