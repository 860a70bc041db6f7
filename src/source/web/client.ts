import type { Response } from 'make-fetch-happen';
import packageJson from '../../../package.json' with { type: 'json' };
import { makeFetchHappen, npmcliAgent } from '../../libraries.ts';

/** How every request of one reading is made. */
export interface Client {
  /** The cache's folder; undefined: no cache (it could not be written). */
  readonly cacheFolder: string | undefined;
  /** Ask anew whatever the cache holds, and store the answer (--refresh). */
  readonly refresh: boolean;
  /** Aborts the request and its body: the time allowed ran out, or the reading failed. */
  readonly signal: AbortSignal;
}

export const userAgent = `article-reader/${packageJson.version} (+https://www.npmjs.com/package/article-reader)`;

/** What article reads, best first: pages, Markdown, text it can sniff, and anything (refused later, with its type). */
const accept = 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1';

/**
 * One GET, redirects not followed (redirects.ts checks each), through
 * make-fetch-happen: its cache follows HTTP's rules (freshness, ETag and
 * Last-Modified revalidation) in cacache, and it decompresses gzip, deflate
 * and br. The agent is @npmcli/agent's with the proxy that proxy.ts chose
 * from the environment article was given (the agent's own reading of
 * process.env is turned off by an empty noProxy). No cookie jar: none is kept.
 */
export function requestPage(
  address: URL,
  proxy: string | undefined,
  client: Client,
): Promise<Response> {
  const { Agent } = npmcliAgent();
  return makeFetchHappen()(address.href, {
    headers: { 'user-agent': userAgent, accept, 'accept-encoding': 'gzip, deflate, br' },
    redirect: 'manual',
    cachePath: client.cacheFolder,
    cache: client.refresh ? 'reload' : 'default',
    agent: new Agent({ proxy, noProxy: [], keepAlive: false }),
    signal: client.signal,
    retry: { retries: 0 },
  });
}
