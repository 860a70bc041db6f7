import { stat, utimes } from 'node:fs/promises';
import { cacache } from '../../libraries.ts';

/** The most the cache of pages may hold; past it, the pages used least recently go. */
export const largestCache = 100 * 1024 * 1024;

/**
 * Marks a page stored in or read from the cache as used now. cacache keeps
 * only when an entry was stored; the time of its content's file says when it
 * was last used, which pruning needs to drop the least recently used first.
 */
export async function markUsed(folder: string, key: string): Promise<void> {
  try {
    const entry = await cacache().get.info(folder, key);
    const now = new Date();
    if (entry) await utimes(entry.path, now, now);
  } catch {
    // A cache that cannot be written only keeps the page longer.
  }
}

interface Use {
  readonly key: string;
  readonly integrity: string;
  readonly size: number;
  readonly lastUsed: number;
}

/**
 * Removes the pages used least recently until the cache holds at most
 * `limit` bytes. Two addresses with the same page share its content, which
 * counts once and goes with the last entry that uses it.
 */
export async function pruneCache(folder: string, limit = largestCache): Promise<void> {
  const { ls, rm } = cacache();
  try {
    const uses = await Promise.all(Object.values(await ls(folder)).map(lastUse));
    const sizes = new Map(uses.map((use) => [use.integrity, use.size]));
    let total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    const users = new Map<string, number>();
    for (const use of uses) users.set(use.integrity, (users.get(use.integrity) ?? 0) + 1);
    for (const use of uses.sort((a, b) => a.lastUsed - b.lastUsed)) {
      if (total <= limit) break;
      await rm.entry(folder, use.key, { removeFully: true });
      const left = (users.get(use.integrity) ?? 1) - 1;
      users.set(use.integrity, left);
      if (left > 0) continue;
      await rm.content(folder, use.integrity);
      total -= use.size;
    }
  } catch {
    // Pruning is housekeeping: a cache it cannot change is left as it is.
  }
}

/** When an entry was last used: its content's time, which markUsed sets; else when it was stored. */
async function lastUse(entry: {
  key: string;
  integrity: string;
  path: string;
  size: number;
  time: number;
}): Promise<Use> {
  const used = await stat(entry.path).then(
    (info) => info.mtimeMs,
    () => entry.time,
  );
  const { key, integrity, size } = entry;
  return { key, integrity, size, lastUsed: used };
}
