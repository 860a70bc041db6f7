import { ArticleError } from '../../errors.ts';

/** Whether a document argument is a web address: http or https, which article fetches. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** Whether a text is written as an address of any scheme (`ftp://…`, `file:///…`). */
export function looksLikeAddress(text: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(text);
}

/**
 * The scheme of an address article does not fetch (`ftp://…`, `file:///…`,
 * `data:…`), or undefined. A single letter is no scheme (a Windows drive, `C:\`).
 */
export function otherScheme(text: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(text)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? undefined : scheme;
}

/** Whether an address may be fetched, the first one or one a redirect leads to. */
export function isFetchable(address: URL): boolean {
  return address.protocol === 'http:' || address.protocol === 'https:';
}

/** The address as a URL, or a message that says it is none. */
export function parseWebAddress(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new ArticleError(`${text}: not a valid web address`);
  }
}

/** The message for an address of another scheme given as the document. */
export function unfetchableScheme(text: string, scheme: string): ArticleError {
  return new ArticleError(
    `${text}: cannot read ${scheme}: addresses; give an http or https address, or a file's path`,
  );
}
