import { decodeEntities } from '../markdown/entities.ts';
import { showControls } from './controls.ts';

/*
 * A link's or image's address as the text format shows it, and when it may
 * be clicked. Addresses come from untrusted documents: what is shown has its
 * control characters made visible, and what is clicked is checked.
 */

/** An address as shown: entities decoded (`&#9;` would be a raw tab, which no width counts), controls shown. */
export function shownAddress(href: string): string {
  return showControls(decodeEntities(href).replace(/[\n\t]/g, ' '));
}

/**
 * A target the terminal may open: http, https or mailto, and nothing in it
 * that could end the escape sequence or hide in it (controls, spaces,
 * non-ASCII). Anything else is shown as text, never linked.
 */
export function hyperlinkTarget(href: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)[\x21-\x7e]+$/i.test(href) ? href : undefined;
}

/** `text` as an OSC 8 hyperlink to the address, or as it is when the address may not be opened. */
export function hyperlink(href: string, text: string): string {
  const target = hyperlinkTarget(decodeEntities(href));
  return target ? `\u001b]8;;${target}\u001b\\${text}\u001b]8;;\u001b\\` : text;
}

/**
 * Whether a link's text (as shown, without colour) is its address, so that
 * the address is not shown twice: an autolink (`<https://x.org>`, and
 * `www.x.org`, which links to `http://www.x.org`), or text that says the
 * address without its `https://` or `mailto:`, or with or without a slash
 * at its end.
 */
export function isOwnAddress(text: string, href: string): boolean {
  const address = withoutEndSlash(shownAddress(href));
  const bare = address.replace(/^(?:mailto:|https?:\/\/)/i, '');
  const said = withoutEndSlash(text);
  return said === address || said === bare;
}

function withoutEndSlash(text: string): string {
  return text.endsWith('/') ? text.slice(0, -1) : text;
}
