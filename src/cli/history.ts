import type { DocumentText } from '../document/model.ts';
import type { Io } from '../io.ts';
import {
  contentHash,
  documentKey,
  historyPath,
  loadHistory,
  saveHistory,
} from '../output/history.ts';
import type { Resume } from '../reader/place.ts';
import type { Left } from '../reader/terminal.ts';

/** What the reader is given of the history: where to resume, and what to call with the place it leaves. */
export interface ReaderHistory {
  readonly resume: Resume | undefined;
  readonly remember: ((left: Left) => void) | undefined;
}

/**
 * The history's part in one run of the reader: the document's entry read
 * before the screen is taken, the place written after it is given back, so
 * that a warning (one line, through `warn`) never lands on the reader's
 * screen. Standard input has no key and no history.
 */
export function readerHistory(
  file: string | undefined,
  document: DocumentText,
  io: Io,
  warn: (message: string) => void,
): ReaderHistory {
  const key = documentKey(file);
  if (key === undefined) return { resume: undefined, remember: undefined };
  const path = historyPath(io.env);
  const hash = contentHash(`${document.frontMatterBlock ?? ''}\n${document.body}`);
  const loaded = loadHistory(path);
  if (loaded.warning) warn(loaded.warning);
  const entry = loaded.documents.get(key);
  const resume = entry && { place: entry.place, marks: entry.marks, changed: entry.hash !== hash };
  const remember = ({ place, marks }: Left) => {
    const failed = saveHistory(path, key, { hash, place, marks, readAt: Date.now() });
    if (failed) warn(failed);
  };
  return { resume, remember };
}
