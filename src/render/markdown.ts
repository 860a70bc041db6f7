import type { Section } from '../document.ts';
import { withSubsections } from '../document.ts';

/**
 * The Markdown source of each chosen section with its subsections, unchanged.
 * (The whole document is its body, which printing passes on as it is.)
 */
export function renderMarkdown(chosen: readonly Section[]): string {
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
