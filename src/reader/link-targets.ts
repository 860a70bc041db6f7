import { decodeEntities } from '../markdown/entities.ts';
import { truncate } from '../render/wrap.ts';

/** What following a link does. */
export type LinkAction =
  /** A heading of the document shown, by its id. */
  | { readonly kind: 'section'; readonly fragment: string }
  /** A file beside the document (confined by the opener), then perhaps a heading in it. */
  | { readonly kind: 'file'; readonly path: string; readonly fragment: string | undefined }
  /** A web page, opened only after `y`. */
  | { readonly kind: 'web'; readonly url: string }
  | { readonly kind: 'refused'; readonly why: string };

const scheme = /^([a-z][a-z0-9+.-]*):/i;

/**
 * What a link's address leads to, from the document at `base` (its web
 * address, a file's path, or undefined). Only http and https are opened
 * of all schemes: `mailto:`, `javascript:`, `file:` and the rest are not.
 * In a web page a relative address is another web address.
 */
export function linkAction(href: string, base: string | undefined): LinkAction {
  const address = decodeEntities(href).trim();
  if (address.startsWith('#')) return { kind: 'section', fragment: address.slice(1) };
  if (base && /^https?:\/\//i.test(base)) return webAction(address, base);
  const named = scheme.exec(address)?.[1];
  // One letter is a drive (`C:`), which the opener refuses as a path.
  if (named && named.length > 1) return webAction(address, undefined);
  const hash = address.indexOf('#');
  if (hash === -1) return { kind: 'file', path: address, fragment: undefined };
  return { kind: 'file', path: address.slice(0, hash), fragment: address.slice(hash + 1) };
}

function webAction(address: string, base: string | undefined): LinkAction {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return { kind: 'refused', why: 'not a valid address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'refused', why: `${url.protocol} links are not opened` };
  if (base && url.hash && withoutHash(url.href) === withoutHash(base))
    return { kind: 'section', fragment: url.hash.slice(1) };
  return { kind: 'web', url: url.href };
}

function withoutHash(address: string): string {
  const hash = address.indexOf('#');
  return hash === -1 ? address : address.slice(0, hash);
}

/**
 * Control characters that a document's text or addresses could bring:
 * taken out of what the status line shows (newline and tab too).
 */
const controls = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Untrusted text for the status line: its controls taken out, at most `width` cells. */
export function statusText(text: string, width = 50): string {
  return truncate(text.replace(controls, ''), width);
}
