import type { Document, DocumentText } from '../document/model.ts';
import { DocumentParse } from '../document/parse-steps.ts';

/**
 * Documents from this size on open in the reader before they are parsed
 * whole: parsing 10 MB takes over a second, a page-long one nothing worth
 * the wait (README, Performance).
 */
export const parsedLazilyFrom = 256 * 1024;
/** How much of a big document is parsed before the first screen: several screens, a few milliseconds. */
const parsedFirst = 24 * 1024;

/** The document the reader opens on, and the parse that goes on in its idle turns when it is not whole yet. */
export interface ReaderDocument {
  readonly document: Document;
  readonly parsing: DocumentParse | undefined;
}

/**
 * A small document parsed whole; a big one as far as its first screens, the
 * rest left to the reader. `needs` says what must be there before the first
 * screen: the whole document (a section asked for), or the section of this
 * id (where the history left the reader), else the whole.
 */
export function readerDocument(
  text: DocumentText,
  needs: { whole: boolean; section?: string | null | undefined },
): ReaderDocument {
  const parse = new DocumentParse(text);
  if (needs.whole || text.body.length < parsedLazilyFrom)
    return { document: parse.whole(), parsing: undefined };
  while (parse.parsed < parsedFirst && parse.step());
  const first = parse.document();
  const wanted = needs.section;
  if (wanted && !first.sections.some((section) => section.id === wanted))
    return { document: parse.whole(), parsing: undefined };
  return parse.done ? { document: first, parsing: undefined } : { document: first, parsing: parse };
}
