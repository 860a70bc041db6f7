/*
 * What a page says about its article beside its title, and how each fact is
 * named in front matter. Reader mode writes these fields and the Markdown
 * stage reads them back (a Hugo or Jekyll post that has them is read the same
 * way), so the names and the rules for untrusted values live here, in one
 * small module that loads nothing.
 */

/** Facts about an article, each one line of text from the page or the front matter. */
export interface Metadata {
  /** Who wrote it: "Jane Doe", or "Jane Doe, John Roe". */
  readonly byline?: string | undefined;
  /** The site or publication: "Example News". */
  readonly siteName?: string | undefined;
  /** When it was published, as the page or the front matter gives it (ISO 8601 on most pages). */
  readonly published?: string | undefined;
  /** Its language, a BCP 47 tag: "en", "de-CH". */
  readonly lang?: string | undefined;
  /** Its canonical address, absolute http or https. */
  readonly canonical?: string | undefined;
  /** A short description or its first words. */
  readonly excerpt?: string | undefined;
}

export type MetadataKey = keyof Metadata;

/**
 * The front matter field of each fact: the names static site generators and
 * Pandoc already read (`author`, `date`, `description`, `lang`), and for the
 * site and the address those of jekyll-seo-tag and Open Graph (`site_name`,
 * `canonical_url`), which no other field means.
 */
export const frontMatterFields: Readonly<Record<MetadataKey, string>> = {
  byline: 'author',
  siteName: 'site_name',
  published: 'date',
  lang: 'lang',
  canonical: 'canonical_url',
  excerpt: 'description',
};

export const metadataKeys = Object.keys(frontMatterFields) as readonly MetadataKey[];

/** Longest value kept, in characters: a page may say anything at any length. */
const longest: Readonly<Record<MetadataKey, number>> = {
  byline: 200,
  siteName: 120,
  published: 64,
  lang: 35,
  canonical: 2048,
  excerpt: 300,
};

/**
 * A fact as it is kept: white space collapsed, trimmed, cut to its length
 * (an address too long is dropped, not cut), or undefined when nothing
 * usable is left. A byline loses a leading "By " and is dropped when it is
 * an address (`article:author` is often the author's page); an address must
 * be absolute http(s), a relative one resolved against `base` when the page
 * has an address; a language must look like a language tag. Control
 * characters are kept: rendering shows them, JSON escapes them.
 */
export function metadataValue(key: MetadataKey, value: string, base?: string): string | undefined {
  // Cut before collapsing, so that a huge value costs no more than a short one.
  const text = value
    .slice(0, longest[key] * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  switch (key) {
    case 'byline':
      return bylineValue(text);
    case 'canonical':
      return absoluteAddress(text, base);
    case 'lang':
      return languageTag(text);
    default:
      return cut(text, longest[key]);
  }
}

function bylineValue(text: string): string | undefined {
  const name = text.replace(/^by\b[\s:]*/i, '');
  if (!name || /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(name)) return undefined;
  return cut(name, longest.byline);
}

function absoluteAddress(text: string, base: string | undefined): string | undefined {
  let address: URL;
  try {
    address = new URL(text, base);
  } catch {
    return undefined;
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return undefined;
  return address.href.length > longest.canonical ? undefined : address.href;
}

function languageTag(text: string): string | undefined {
  const tag = text.replace(/_/g, '-');
  return /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) && tag.length <= longest.lang
    ? tag
    : undefined;
}

/** Text cut to a length at a space where one is near, with an ellipsis; whole code points only. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = length - 1;
  // Not between the halves of a surrogate pair.
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
  const space = text.lastIndexOf(' ', end);
  if (space > length * 0.6) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Whether any fact is known. */
export function hasMetadata(metadata: Metadata): boolean {
  return metadataKeys.some((key) => metadata[key] !== undefined);
}
