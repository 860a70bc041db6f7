/** What the reader is given and gives back: keys, the screen's size, its modes and the outcome of a key. */

/** A key as readline's keypress events describe it. */
export interface Key {
  readonly name?: string | undefined;
  readonly sequence?: string | undefined;
  readonly ctrl?: boolean | undefined;
  readonly meta?: boolean | undefined;
  readonly shift?: boolean | undefined;
}

/** The character a key types, if it types one (not a control, not with Ctrl or Alt). */
export function printable(key: Key): string | undefined {
  const { sequence } = key;
  return sequence && [...sequence].length === 1 && sequence >= ' ' && !key.ctrl && !key.meta
    ? sequence
    : undefined;
}

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

export type Mode = 'read' | 'contents' | 'help' | 'search';
/** What a key asks of the terminal: to leave, or to copy a text (copy.ts); undefined: only to draw again. */
export type Outcome = 'quit' | 'interrupt' | { readonly copy: string } | undefined;
