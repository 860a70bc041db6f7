import { ArticleError } from '../../errors.ts';
import { isFetchable } from './address.ts';

/** The most redirects followed from one address, as browsers and curl's --max-redirs allow about. */
export const mostRedirects = 10;

/** What following redirects needs of a response. */
export interface Redirectable {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** None for a redirect the cache kept (make-fetch-happen keeps only its headers). */
  readonly body: { resume(): void } | null;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches an address and follows its redirects, one hop at a time, so that
 * each target is checked before it is asked for: http and https only (a
 * page cannot send article to `file:///etc/passwd`), at most mostRedirects.
 * Every request is a GET, so a 303 changes nothing. Gives the last response
 * and the address that answered it.
 */
export async function followRedirects<Response extends Redirectable>(
  start: URL,
  fetchOne: (address: URL) => Promise<Response>,
): Promise<{ readonly address: URL; readonly response: Response }> {
  let address = start;
  for (let hops = 0; ; hops++) {
    const response = await fetchOne(address);
    const location = redirectStatuses.has(response.status)
      ? response.headers.get('location')
      : null;
    if (location === null) return { address, response };
    // Nobody reads a redirect's body: let it flow, so that its connection is freed.
    response.body?.resume();
    if (hops === mostRedirects) {
      throw new ArticleError(`${start.href}: more than ${mostRedirects} redirects`);
    }
    address = redirectTarget(address, location);
  }
}

function redirectTarget(from: URL, location: string): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new ArticleError(`${from.href}: redirected to an invalid address: ${location}`);
  }
  if (!isFetchable(target)) {
    throw new ArticleError(
      `${from.href}: redirected to ${target.href}; only http and https addresses are followed`,
    );
  }
  return target;
}
