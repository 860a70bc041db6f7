import { type Metadata, type MetadataKey, metadataKeys, metadataValue } from './metadata-fields.ts';
import type { Page } from './page.ts';

/** Values a page offers for each fact, best first; any may be missing or unusable. */
export type MetadataCandidates = {
  readonly [key in MetadataKey]?: readonly (string | null | undefined)[];
};

/** What Readability read of the page's metadata (from JSON-LD, meta tags and a byline in the text). */
export interface ReadabilityMetadata {
  readonly byline?: string | null | undefined;
  readonly siteName?: string | null | undefined;
  readonly publishedTime?: string | null | undefined;
  readonly lang?: string | null | undefined;
  readonly excerpt?: string | null | undefined;
}

/**
 * The article's metadata: for each fact, Readability's value where it found
 * one (it is what Firefox's reader view shows, and finds a byline in the text
 * too), else the page's own, the first that survives the rules for untrusted
 * values (`metadataValue`). The excerpt is the exception: Readability's falls
 * back on the article's first paragraph, so a description the page declares
 * comes first. A relative canonical address resolves against `base`, as the
 * page's links do (its `<base href>`, else its address), when there is one.
 */
export function articleMetadata(
  page: MetadataCandidates,
  readability: ReadabilityMetadata | undefined,
  base: string | undefined,
): Metadata {
  const found: MetadataCandidates = {
    byline: [readability?.byline],
    siteName: [readability?.siteName],
    published: [readability?.publishedTime],
    lang: [readability?.lang],
    excerpt: [readability?.excerpt],
  };
  const metadata: { [key in MetadataKey]?: string } = {};
  for (const key of metadataKeys) {
    const [first, then] = key === 'excerpt' ? [page, found] : [found, page];
    for (const candidate of [...(first[key] ?? []), ...(then[key] ?? [])]) {
      const value = candidate ? metadataValue(key, candidate, base) : undefined;
      if (value === undefined) continue;
      metadata[key] = value;
      break;
    }
  }
  return metadata;
}

/**
 * What the page itself says about its article: JSON-LD first (a schema.org
 * Article, BlogPosting or the like, also in an array or a `@graph`), then
 * Open Graph and article meta tags, `<link rel="canonical">` and `<html lang>`.
 * To be read before Readability, which removes the scripts that hold JSON-LD.
 */
export function pageMetadata(page: Page): MetadataCandidates {
  const linked = linkedData(page);
  const meta = metaTags(page);
  const first = (name: string) => meta.get(name)?.[0];
  return {
    byline: [...(linked.byline ?? []), first('author'), names(meta.get('article:author') ?? [])],
    siteName: [...(linked.siteName ?? []), first('og:site_name')],
    published: [...(linked.published ?? []), first('article:published_time')],
    lang: [page.documentElement?.getAttribute('lang'), ...(linked.lang ?? []), first('og:locale')],
    canonical: [canonicalLink(page), first('og:url'), ...(linked.canonical ?? [])],
    excerpt: [
      ...(linked.excerpt ?? []),
      first('og:description'),
      first('description'),
      first('twitter:description'),
    ],
  };
}

/** The content of each meta tag by its lower-case `property` and `name`, in page order. */
function metaTags(page: Page): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of page.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (!key) continue;
      const values = tags.get(key) ?? [];
      values.push(content);
      tags.set(key, values);
    }
  }
  return tags;
}

function canonicalLink(page: Page): string | undefined {
  for (const link of page.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

type LinkedNode = { readonly [key: string]: unknown };

/** Bounds on what a page's JSON-LD may make us read: blocks, their size, objects in a block. */
const mostBlocks = 20;
const largestBlock = 1024 * 1024;
const mostNodes = 200;
const mostAuthors = 20;

/** The metadata of the page's first JSON-LD block that describes an article. */
function linkedData(page: Page): MetadataCandidates {
  const blocks = [...page.querySelectorAll('script')].filter(
    (script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json',
  );
  for (const script of blocks.slice(0, mostBlocks)) {
    const text = script.textContent ?? '';
    if (text.length > largestBlock) continue;
    const nodes = graphNodes(parseJson(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    const article = nodes.find(isArticle);
    if (article) return linkedMetadata(article, nodes);
  }
  return {};
}

function linkedMetadata(article: LinkedNode, nodes: readonly LinkedNode[]): MetadataCandidates {
  const authors = article.author;
  return {
    byline: [
      names(
        listOf(authors)
          .slice(0, mostAuthors)
          .flatMap((author) => nameOf(author, nodes) ?? []),
      ),
    ],
    siteName: [nameOf(article.publisher, nodes)],
    published: [text(article.datePublished)],
    lang: [text(article.inLanguage)],
    canonical: [text(article.url), addressOf(article.mainEntityOfPage)],
    excerpt: [text(article.description)],
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The objects of a JSON-LD block: itself or its array's items, each followed by the items of its `@graph`. */
function graphNodes(data: unknown): LinkedNode[] {
  const top = listOf(data).slice(0, mostNodes).filter(isNode);
  return top
    .flatMap((node) => [node, ...listOf(node['@graph']).slice(0, mostNodes).filter(isNode)])
    .slice(0, mostNodes);
}

/** schema.org's Article and its kinds (NewsArticle, TechArticle, ...), postings (BlogPosting, ...), Report. */
const articleType = /^(?:[A-Za-z]*Article|[A-Za-z]*Posting|Report|APIReference)$/;

function isArticle(node: LinkedNode): boolean {
  // A type may be written as a full address or with a prefix: http://schema.org/NewsArticle.
  return listOf(node['@type']).some(
    (type) => typeof type === 'string' && articleType.test(type.replace(/^.*[/:#]/, '')),
  );
}

/** A person's or an organisation's name: a string, `{name}`, or a reference to an object of the graph. */
function nameOf(value: unknown, nodes: readonly LinkedNode[]): string | undefined {
  if (typeof value === 'string') return value;
  if (!isNode(value)) return undefined;
  if (typeof value.name === 'string') return value.name;
  const id = value['@id'];
  const referred = typeof id === 'string' ? nodes.find((node) => node['@id'] === id) : undefined;
  return typeof referred?.name === 'string' ? referred.name : undefined;
}

/** Several names as one byline, those that are no names (addresses) left out. */
function names(values: readonly unknown[]): string {
  const kept = values
    .slice(0, mostAuthors)
    .map((value) => (typeof value === 'string' ? metadataValue('byline', value) : undefined))
    .filter((name): name is string => name !== undefined);
  return [...new Set(kept)].join(', ');
}

/** `mainEntityOfPage`: an address, or an object with its `@id` or `url`. */
function addressOf(value: unknown): string | undefined {
  if (!isNode(value)) return text(value);
  return text(value['@id']) ?? text(value.url);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function isNode(value: unknown): value is LinkedNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
