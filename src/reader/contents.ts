import { type Key, printable } from './keys.ts';

/** What a key does in the table of contents: the entry it moves the highlight to, and whether it jumps there or closes. */
export function contentsKey(
  key: Key,
  cursor: number,
  count: number,
): { cursor: number; action?: 'jump' | 'close' } {
  const last = count - 1;
  const char = printable(key);
  if (key.name === 'down' || char === 'j') return { cursor: Math.min(last, cursor + 1) };
  if (key.name === 'up' || char === 'k') return { cursor: Math.max(0, cursor - 1) };
  if (key.name === 'home' || char === 'g') return { cursor: 0 };
  if (key.name === 'end' || char === 'G') return { cursor: last };
  if (key.name === 'return') return { cursor, action: 'jump' };
  const closes = key.name === 'escape' || key.name === 'tab' || char === 't' || char === 'q';
  return closes ? { cursor, action: 'close' } : { cursor };
}
