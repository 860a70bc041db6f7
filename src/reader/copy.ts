import type { Section } from '../document/model.ts';
import { showControlsInLine } from '../render/controls.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { isWebAddress } from '../source/web/address.ts';
import { fitsClipboard } from './clipboard.ts';
import type { Outcome } from './keys.ts';
import type { Navigator } from './place.ts';

/** What of the reader copying needs. */
export interface Copying extends Pick<Navigator, 'document' | 'section'> {
  /** Where the document was read from, as given (a path or a web address); none for the bundled article. */
  readonly address?: string | undefined;
  /** The note for the status line. */
  note: string;
}

/** A text to copy and the note that says so, or a note alone that says why there is none. */
interface Copy {
  readonly note: string;
  readonly text?: string;
}

/**
 * y (Markdown) or Y (link): the section at the top of the screen, copied by
 * the terminal (clipboard.ts) when the outcome says. The note says what was
 * copied, or why nothing was: a text too large for the terminal is not cut.
 */
export function copyKey(reader: Copying, link: boolean): Outcome {
  const section = reader.document.sections[reader.section];
  const copy =
    section === undefined ? { note: 'no section to copy' } : copyOf(section, link, reader.address);
  reader.note = copy.note;
  return copy.text === undefined ? undefined : { copy: copy.text };
}

function copyOf(section: Section, link: boolean, address: string | undefined): Copy {
  if (link) return linkCopy(section, address);
  const text = sectionMarkdown(section);
  return copied(`section ${section.number}`, text);
}

function linkCopy(section: Section, address: string | undefined): Copy {
  const text = sectionLink(section, address);
  if (text === undefined)
    return {
      note: 'no link to copy: the Introduction has no heading, and the document no address',
    };
  return copied('link', text);
}

/** The note for a text copied, or not copied as it is too large (for a section, the size says how large). */
function copied(what: 'link' | `section ${string}`, text: string): Copy {
  const size = `${groupDigits([...text].length)} characters`;
  // The limit (clipboardBytes) is in the README and the man page: the note stays short enough to show whole.
  if (!fitsClipboard(text)) return { note: `${what} too large to copy (${size})` };
  return what === 'link'
    ? { note: `copied link ${showControlsInLine(text)}`, text }
    : { note: `copied ${what} (${size})`, text };
}

/**
 * The section's Markdown with its subsections, as `--format markdown` prints
 * it: the source as written, in document order, ending with one newline.
 */
export function sectionMarkdown(section: Section): string {
  return renderMarkdown([section]);
}

/**
 * A link to the section: the address and the heading's id, `notes.md#cast`
 * or `https://example.com/story#cast` (a fragment of the address replaced).
 * The path is kept as given, relative or not: in another Markdown file next
 * to the document, it is a working link. Without an address (the bundled
 * article) the id alone, `#cast`; the Introduction, which has no heading, is
 * the address alone.
 */
export function sectionLink(section: Section, address: string | undefined): string | undefined {
  const base =
    address !== undefined && isWebAddress(address) ? address.replace(/#.*$/s, '') : (address ?? '');
  if (section.heading === undefined) return base || undefined;
  return `${base}#${section.id}`;
}

/** 1234567 as `1 234 567`. */
function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
