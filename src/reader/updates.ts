import type { Document } from '../document/model.ts';

/** What the updates of a watched document (--watch) tell the reader. */
export interface UpdateListener {
  /** A new version of the document: reflowed in place. */
  version(document: Document): void;
  /** A note for the status line: the file gone, or unreadable. */
  note(text: string): void;
}

/** Starts the updates of the document, told to the listener; returns what stops them. */
export type DocumentUpdates = (listener: UpdateListener) => () => void;
