import { STATUS_CODES } from 'node:http';
import type { Response } from 'make-fetch-happen';
import { ArticleError } from '../../errors.ts';
import type { Environment } from '../../io.ts';
import type { SourceFormat } from '../format.ts';
import { parseWebAddress } from './address.ts';
import { readBody } from './body.ts';
import { webCacheFolder } from './cache-folder.ts';
import { markUsed, pruneCache } from './cache-prune.ts';
import { type Client, requestPage } from './client.ts';
import { formatOfResponse, parseContentType } from './content-type.ts';
import { requestFailure } from './failures.ts';
import { proxyFor } from './proxy.ts';
import { followRedirects } from './redirects.ts';
import { webText } from './text.ts';

/** How far a fetch has come: for a progress line, which the caller draws. */
export interface FetchProgress {
  /** The host asked (with its port, if any). */
  readonly host: string;
  /** The bytes of the page received so far, decompressed. */
  readonly bytes: number;
}

export interface WebReading {
  /** Seconds the whole reading may take, the body included (--timeout). */
  readonly timeout: number;
  /** Skip the cache: fetch anew and store the fresh answer (--refresh). */
  readonly refresh: boolean;
  /** The environment: the cache's folder and the proxies come from it. */
  readonly env: Environment;
  readonly onProgress?: ((progress: FetchProgress) => void) | undefined;
}

/** A fetched page: a Source of source.ts, which the fetching does not import (it is loaded from there). */
export interface FetchedPage {
  /** The address asked for. */
  readonly name: string;
  /** The address that answered, after redirects. */
  readonly address: string;
  readonly text: string;
  readonly format: SourceFormat;
}

/** Where a reading has got to, for the message if it fails. */
interface Place {
  address: URL;
  proxy: string | undefined;
}

/**
 * A page from the web, as a Source: fetched, or read from the cache, and
 * decoded; its name is the address asked for, its address the one that
 * answered (after redirects), against which its links resolve.
 */
export async function fetchPage(
  text: string,
  from: SourceFormat | undefined,
  reading: WebReading,
): Promise<FetchedPage> {
  const start = parseWebAddress(text);
  // Node's timers hold at most 2^31 - 1 ms (24.8 days); past that they fire at once, with a warning.
  const timeout = AbortSignal.timeout(Math.min(reading.timeout * 1000, 2 ** 31 - 1));
  const stop = new AbortController();
  const place: Place = { address: start, proxy: undefined };
  const client = (cacheFolder: string | undefined): Client => ({
    cacheFolder,
    refresh: reading.refresh,
    signal: AbortSignal.any([timeout, stop.signal]),
  });
  const folder = webCacheFolder(reading.env);
  try {
    try {
      return await fetchWith(start, from, reading, client(folder), place);
    } catch (error) {
      // A cache that cannot be written (read-only, full) must not stop the reading.
      if (!timeout.aborted && isCacheFailure(error, folder)) {
        return await fetchWith(start, from, reading, client(undefined), place);
      }
      throw error;
    }
  } catch (error) {
    // Close what is still open (an unread body, a slow server), so that the process can end.
    stop.abort();
    // cacache refuses to store nothing, and says so through the body.
    if ((error as { code?: unknown }).code === 'ENODATA') throw emptyPage(place.address);
    throw requestFailure(error, { ...place, timedOut: timeout.aborted, seconds: reading.timeout });
  }
}

async function fetchWith(
  start: URL,
  from: SourceFormat | undefined,
  reading: WebReading,
  client: Client,
  place: Place,
): Promise<FetchedPage> {
  const { address, response } = await followRedirects(start, (address) => {
    place.address = address;
    place.proxy = proxyFor(address, reading.env);
    reading.onProgress?.({ host: address.host, bytes: 0 });
    return requestPage(address, place.proxy, client);
  });
  const { body } = response;
  if (response.status >= 300 || body === null) throw answered(address, response);
  // Aborting later emits an error on the body: with nobody listening, it would end the process.
  body.on('error', () => {});
  const type = parseContentType(response.headers.get('content-type'));
  const format = from ?? formatOfResponse(type, address);
  const bytes = await readBody(body, {
    name: address.href,
    onBytes: (bytes) => reading.onProgress?.({ host: address.host, bytes }),
  });
  if (bytes.length === 0) throw emptyPage(address);
  if (client.cacheFolder) await keepCache(client.cacheFolder, response);
  const decoded = webText(bytes, start.href, format, type.charset);
  return { name: start.href, address: address.href, ...decoded };
}

function emptyPage(address: URL): ArticleError {
  return new ArticleError(`${address.href}: an empty page, no text to read`);
}

function answered(address: URL, response: Response): ArticleError {
  const reason = response.statusText || STATUS_CODES[response.status] || '';
  return new ArticleError(`${address.href} answered ${response.status} ${reason}`.trimEnd());
}

/** A page stored in or read from the cache is marked used; after one was stored, the cache is pruned. */
async function keepCache(folder: string, response: Response): Promise<void> {
  const status = response.headers.get('x-local-cache-status');
  const key = response.headers.get('x-local-cache-key');
  if (!key || status === 'skip') return;
  await markUsed(folder, decodeURIComponent(key));
  if (status === 'miss' || status === 'updated') await pruneCache(folder);
}

/** The errors of a file system (of the cache's folder), as cacache reports them through the body. */
const fileSystemCodes = new Set([
  'ENOTDIR',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EEXIST',
]);

function isCacheFailure(error: unknown, folder: string): boolean {
  const { code, path, message } = error as { code?: unknown; path?: unknown; message?: unknown };
  if (typeof code !== 'string' || !fileSystemCodes.has(code)) return false;
  return String(path ?? '').startsWith(folder) || String(message ?? '').includes(folder);
}
