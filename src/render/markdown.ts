import type { Section } from '../document/model.ts';
import { withSubsections } from '../document/model.ts';

/**
 * The Markdown source of each chosen section with its subsections, unchanged
 * but for the blank lines at its end: sections are one blank line apart, and
 * the output ends with one newline. (The whole document is its body, which
 * printing passes on as it is.)
 */
export function renderMarkdown(chosen: readonly Section[]): string {
  const parts = chosen.map((section) =>
    withSubsections(section)
      .map((part) => part.markdown)
      .join('')
      .trimEnd(),
  );
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
