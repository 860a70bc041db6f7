import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacache } from '../../../../src/libraries.ts';
import { largestCache, markUsed, pruneCache } from '../../../../src/source/web/cache-prune.ts';
import { fetchPage } from '../../../../src/source/web/fetch.ts';
import { temporaryFolder } from '../../../helpers/temporary-folder.ts';
import { startTestSite, type TestSite } from '../../../helpers/web-site.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());
const temp = temporaryFolder('cache-prune');

/** A cache holding three different pages: the article (33 KB), then two small ones. */
async function filledCache(name: string): Promise<string> {
  const env = { XDG_CACHE_HOME: join(temp.path, name) };
  for (const path of ['/article', '/story', '/cp1251']) {
    await fetchPage(`${site.http}${path}`, undefined, { timeout: 10, refresh: false, env });
  }
  return join(temp.path, name, 'article-reader', 'web');
}

async function keptPaths(folder: string): Promise<string[]> {
  const entries = Object.values(await cacache().ls(folder));
  return entries
    .map((entry) => new URL(entry.key.replace(/^[^:]*:request-cache:/, '')).pathname)
    .sort();
}

async function sizesByPath(folder: string): Promise<Map<string, number>> {
  const entries = Object.values(await cacache().ls(folder));
  return new Map(
    entries.map((entry) => [
      new URL(entry.key.replace(/^[^:]*:request-cache:/, '')).pathname,
      entry.size,
    ]),
  );
}

/** Sets the time a page was stored and last read, as if long ago. */
async function age(folder: string, path: string, seconds: number): Promise<void> {
  const entry = Object.values(await cacache().ls(folder)).find((each) => each.key.endsWith(path));
  if (!entry) throw new Error(`${path} is not in the cache`);
  const then = new Date(Date.now() - seconds * 1000);
  utimesSync(entry.path, then, then);
}

describe('pruneCache', () => {
  it('holds 100 MB', () => {
    expect(largestCache).toBe(100 * 1024 * 1024);
  });

  it('leaves a cache within its size alone', async () => {
    const folder = await filledCache('within');
    await pruneCache(folder);
    expect(await keptPaths(folder)).toEqual(['/article', '/cp1251', '/story']);
  });

  it('removes the pages used least recently until the rest fit', async () => {
    const folder = await filledCache('over');
    const sizes = await sizesByPath(folder);
    // The article was stored first, but the small pages were used longer ago.
    await age(folder, '/story', 300);
    await age(folder, '/cp1251', 200);
    const total = (sizes.get('/article') ?? 0) + (sizes.get('/cp1251') ?? 0);
    await pruneCache(folder, total);
    expect(await keptPaths(folder)).toEqual(['/article', '/cp1251']);
    await pruneCache(folder, total - 1);
    expect(await keptPaths(folder)).toEqual(['/article']);
    await pruneCache(folder, 0);
    expect(await keptPaths(folder)).toEqual([]);
  });

  it('counts a page used when it is read from the cache again', async () => {
    const folder = await filledCache('reused');
    await age(folder, '/article', 300);
    await age(folder, '/story', 200);
    const env = { XDG_CACHE_HOME: join(temp.path, 'reused') };
    // No Cache-Control: stale at once, revalidated, and so read again.
    await fetchPage(`${site.http}/article`, undefined, { timeout: 10, refresh: false, env });
    const sizes = await sizesByPath(folder);
    await pruneCache(folder, (sizes.get('/article') ?? 0) + (sizes.get('/cp1251') ?? 0));
    expect(await keptPaths(folder)).toEqual(['/article', '/cp1251']);
  });

  it('does nothing, and says nothing, where there is no cache', async () => {
    await expect(pruneCache(join(temp.path, 'none'), 0)).resolves.toBeUndefined();
    await expect(markUsed(join(temp.path, 'none'), 'key')).resolves.toBeUndefined();
  });
});
