import type { Document } from '../document/model.ts';
import { totalWords } from '../document/words.ts';
import { stripEscapes } from '../render/controls.ts';
import { widestDefault } from '../render/display.ts';
import type { TextRenderer } from '../render/text.ts';
import { type Fold, takeFoldMarks } from './fold-marks.ts';
import { type PageLink, takeLinkMarks } from './page-links.ts';

/** The document laid out for the reader: the printed lines, and where each section starts. */
export interface Page {
  readonly lines: readonly string[];
  /** The same lines without escapes, for searching and highlighting. */
  readonly plain: readonly string[];
  /** The line each section of `document.sections` starts at. */
  readonly starts: readonly number[];
  /** The details blocks, which the reader folds: none unless the renderer marked them (`foldMarks`). */
  readonly folds: readonly Fold[];
  /** The links, in reading order: none unless the renderer marked them (`linkMarks`). */
  readonly links: readonly PageLink[];
}

/**
 * The width the reader wraps at on a screen of `columns`: the fixed width
 * (-w), else the screen's up to 100, and never wider than the screen, whose
 * edge cuts a line off for good (the reader does not scroll sideways). With
 * -w 0 (no wrapping) that edge is where the text wraps.
 */
export function readerWidth(fixed: number | undefined, columns: number): number {
  const screen = Math.max(1, columns);
  if (fixed === undefined) return Math.min(screen, widestDefault);
  return fixed === 0 ? screen : Math.min(fixed, screen);
}

/**
 * The lines the printer would print for the whole document, laid out a
 * section at a time so that the reader knows where each one starts.
 */
export function layoutPage(document: Document, renderer: TextRenderer, notice: boolean): Page {
  const parts: string[] = [];
  if (document.frontMatterTitle) parts.push(renderer.title(document.frontMatterTitle));
  else if (document.titleHeading) parts.push(renderer.blocks([document.titleHeading]));
  if (renderer.showsMetadataLine(document))
    parts.push(renderer.metadataLine(document, totalWords(document.sections)));
  const lines: string[] = [];
  const starts: number[] = [];
  const add = (text: string) => {
    if (!text) return;
    if (lines.length > 0) lines.push('');
    lines.push(...text.split('\n'));
  };
  for (const part of parts) add(part);
  for (const section of document.sections) {
    const text = renderer.section(document, section, section.heading !== undefined);
    starts.push(text && lines.length > 0 ? lines.length + 1 : lines.length);
    add(text);
  }
  if (notice && document.notice && document.sections.length > 0)
    add(renderer.notice(document.notice));
  const folds = takeFoldMarks(lines);
  const links = renderer.linkTargets ? takeLinkMarks(lines, renderer.linkTargets) : [];
  return { lines, plain: lines.map(stripEscapes), starts, folds, links };
}
