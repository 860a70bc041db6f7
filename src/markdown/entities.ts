import { entities } from '../libraries.ts';

/**
 * HTML entities decoded as CommonMark reads them: only complete references
 * ending in ';' (so `?a=1&copy=2` in a URL stays as written). Text without an
 * '&' is returned as it is, without loading the tables.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const { decodeHTMLStrict } = entities();
  return text.replace(entityReference, (reference) => decodeHTMLStrict(reference));
}

const entityReference = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
