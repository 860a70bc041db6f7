import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webCacheFolder } from '../../../../src/source/web/cache-folder.ts';

describe('webCacheFolder', () => {
  it('is web/ in article-reader under XDG_CACHE_HOME', () => {
    expect(webCacheFolder({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/a' })).toBe(
      '/x/cache/article-reader/web',
    );
  });

  it('is under ~/.cache without XDG_CACHE_HOME, or with a relative one, as XDG says', () => {
    expect(webCacheFolder({ HOME: '/home/a' })).toBe('/home/a/.cache/article-reader/web');
    expect(webCacheFolder({ HOME: '/home/a', XDG_CACHE_HOME: 'cache' })).toBe(
      '/home/a/.cache/article-reader/web',
    );
    expect(webCacheFolder({})).toBe(join(homedir(), '.cache/article-reader/web'));
  });
});
