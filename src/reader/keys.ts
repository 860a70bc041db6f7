/** A key as readline's keypress events describe it. */
export interface Key {
  readonly name?: string | undefined;
  readonly sequence?: string | undefined;
  readonly ctrl?: boolean | undefined;
  readonly meta?: boolean | undefined;
}

/** The character a key types, if it types one (not a control, not with Ctrl or Alt). */
export function printable(key: Key): string | undefined {
  const { sequence } = key;
  return sequence && [...sequence].length === 1 && sequence >= ' ' && !key.ctrl && !key.meta
    ? sequence
    : undefined;
}
