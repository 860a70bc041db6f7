import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Environment } from '../../io.ts';

/**
 * Where fetched pages are kept: `web/` in article's cache folder,
 * `$XDG_CACHE_HOME/article-reader` (else `~/.cache/article-reader`), beside
 * the code cache. The XDG specification ignores a relative XDG_CACHE_HOME.
 */
export function webCacheFolder(env: Environment): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.cache');
  return join(base, 'article-reader', 'web');
}
