import type { Token } from 'marked';
import { documentBlocks } from '../document/document.ts';
import {
  type Document,
  type Section,
  withSubsections,
  withSubsectionsTo,
} from '../document/model.ts';

/** What is shown of a selection under `--depth`, and the whole of it, which totals still count. */
export interface DepthSelection {
  /** The sections shown: each chosen one, its subsections down to the depth. */
  readonly shown: readonly Section[];
  /** Every section of the selection, hidden subsections too. */
  readonly selected: readonly Section[];
}

/**
 * The sections `--depth` leaves of the chosen ones (each with its subsections)
 * or, when none were chosen, of the whole document. Depth counts from the
 * document's top (1: the top-level sections), whatever was chosen, so that one
 * number names the same headings in every mode; a chosen section deeper than
 * that is still shown, without its subsections.
 */
export function selectToDepth(
  document: Document,
  chosen: readonly Section[] | undefined,
  depth: number,
): DepthSelection {
  if (!chosen) {
    const shown = document.sections.filter((section) => section.depth <= depth);
    return { shown, selected: document.sections };
  }
  return {
    shown: chosen.flatMap((section) => withSubsectionsTo(section, depth)),
    selected: chosen.flatMap(withSubsections),
  };
}

/**
 * The document's block tokens, a batch at a time as documentBlocks reads them,
 * without the blocks of sections deeper than `depth` (their headings and
 * text). The body is read again: its headings are the document's sections in
 * order, the title heading aside, as the document stage found them.
 */
export function* blocksToDepth(document: Document, depth: number): Generator<Token[]> {
  const headed = document.sections.filter((section) => section.heading !== undefined);
  let next = 0;
  let titleToCome = document.titleHeading !== undefined;
  let hiding = false;
  for (const batch of documentBlocks(document)) {
    const kept: Token[] = [];
    for (const token of batch) {
      // The document stage takes the first `#` heading as the title: it belongs to no section.
      const title = titleToCome && token.type === 'heading' && token.depth === 1;
      if (title) titleToCome = false;
      else if (token.type === 'heading') hiding = (headed[next++]?.depth ?? 1) > depth;
      if (title || !hiding) kept.push(token);
    }
    if (kept.length > 0) yield kept;
  }
}

/** Block tokens back to their Markdown, as written. */
export function sourceOf(batches: Iterable<readonly Token[]>): string {
  let text = '';
  for (const batch of batches) for (const token of batch) text += token.raw;
  return text;
}
