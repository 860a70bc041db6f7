import type { DocumentText, Section } from '../document/model.ts';
import { withSubsectionsTo } from '../document/model.ts';
import { hasMetadata } from '../extract/metadata-fields.ts';

/**
 * The whole document as Markdown: its body as it is, under its front matter
 * block as written when that holds metadata (`author`, `date`, ...), so that
 * a page read in reader mode and kept as Markdown reads back the same. A
 * document without metadata prints its body alone, as it always has.
 */
export function renderWholeMarkdown(text: DocumentText): string[] {
  const block = text.frontMatterBlock;
  if (block === undefined || !hasMetadata(text.metadata)) return [text.body];
  return [block.endsWith('\n') ? `${block}\n` : `${block}\n\n`, text.body];
}

/**
 * The Markdown source of each chosen section with its subsections (down to
 * `depth`, from the document's top), unchanged
 * but for the blank lines at its end: sections are one blank line apart, and
 * the output ends with one newline. (The whole document is printed by
 * renderWholeMarkdown.)
 */
export function renderMarkdown(chosen: readonly Section[], depth = Infinity): string {
  const parts = chosen.map((section) =>
    withSubsectionsTo(section, depth)
      .map((part) => part.markdown)
      .join('')
      .trimEnd(),
  );
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
