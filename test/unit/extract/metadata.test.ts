import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleMetadata, pageMetadata } from '../../../src/extract/metadata.ts';
import { parsePage } from '../../../src/extract/page.ts';
import { readableArticle } from '../../../src/extract/readable.ts';

const paragraph =
  '<p>Owls hunt mostly at night, with eyes that face forward, soft feathers that make their flight silent, and hearing keen enough to find a mouse under snow. They swallow small prey whole and bring up pellets of bone and fur.</p>';

const page = (head: string, body = `<article>${paragraph}${paragraph}</article>`) =>
  `<!doctype html><html><head><title>Owls</title>${head}</head><body>${body}</body></html>`;

const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;

/** Metadata as reader mode reads it: the page first, then Readability over the same page. */
function metadataOf(html: string, address?: string) {
  const parsed = parsePage(html);
  const fromPage = pageMetadata(parsed);
  return articleMetadata(fromPage, readableArticle(parsed)?.metadata, address);
}

/** The page's own metadata alone, as for --whole-page or a page without an article. */
function pageOnly(html: string, address?: string) {
  return articleMetadata(pageMetadata(parsePage(html)), undefined, address);
}

const pages = join(import.meta.dirname, '../../data/readability');

describe("the metadata of Readability's test pages", () => {
  for (const name of readdirSync(pages)) {
    it(`agrees with expected-metadata.json of ${name}`, () => {
      const expected = JSON.parse(
        readFileSync(join(pages, name, 'expected-metadata.json'), 'utf8'),
      );
      const found = metadataOf(readFileSync(join(pages, name, 'source.html'), 'utf8'));
      expect(found.byline).toBe(expected.byline ?? undefined);
      expect(found.siteName).toBe(expected.siteName ?? undefined);
      expect(found.published).toBe(expected.publishedTime ?? undefined);
      if (expected.lang) expect(found.lang).toBe(expected.lang);
      // The excerpt on one line, cut at 300 characters with an ellipsis.
      const excerpt = expected.excerpt.replace(/\s+/g, ' ').trim();
      if (excerpt.length <= 300) expect(found.excerpt).toBe(excerpt);
      else {
        expect(found.excerpt?.endsWith('…')).toBe(true);
        expect(excerpt.startsWith(found.excerpt?.slice(0, -1) ?? '-')).toBe(true);
      }
    });
  }

  it('gives the canonical address a page links to', () => {
    const medium = readFileSync(join(pages, 'medium-2', 'source.html'), 'utf8');
    expect(metadataOf(medium).canonical).toBe(
      'https://medium.com/@ckirchoff/on-behalf-of-literally-429fab868ca8',
    );
  });
});

describe('Open Graph and article meta tags', () => {
  const tags = [
    '<meta property="og:site_name" content="Example News">',
    '<meta property="article:published_time" content="2024-05-02T09:30:00Z">',
    '<meta property="article:author" content="https://example.com/people/jane">',
    '<meta property="article:author" content="Jane Doe">',
    '<meta property="og:description" content="All about owls.">',
    '<meta property="og:url" content="https://example.com/owls">',
    '<meta property="og:locale" content="en_GB">',
  ].join('');

  it('give each fact, an article:author that is an address left out', () => {
    expect(pageOnly(page(tags))).toEqual({
      byline: 'Jane Doe',
      siteName: 'Example News',
      published: '2024-05-02T09:30:00Z',
      lang: 'en-GB',
      canonical: 'https://example.com/owls',
      excerpt: 'All about owls.',
    });
  });

  it("come after Readability's reading and the page's JSON-LD", () => {
    const withAuthor = page(`<meta name="author" content="By Ann Smith">${tags}`);
    expect(metadataOf(withAuthor).byline).toBe('Ann Smith');
    const linked = jsonLd({ '@type': 'Article', author: 'Lee Wong', description: 'Linked.' });
    expect(pageOnly(page(`${tags}${linked}`))).toMatchObject({
      byline: 'Lee Wong',
      excerpt: 'Linked.',
    });
  });

  it('give <html lang> before the locale', () => {
    const html = page(tags).replace('<html>', '<html lang="fr">');
    expect(pageOnly(html).lang).toBe('fr');
    expect(metadataOf(html).lang).toBe('fr');
  });
});

describe('JSON-LD', () => {
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Owls',
    author: [
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Person', name: 'John Roe' },
    ],
    publisher: { '@type': 'Organization', name: 'Example News' },
    datePublished: '2024-05-02',
    description: 'All about owls.',
    inLanguage: 'en-US',
    mainEntityOfPage: { '@id': 'https://example.com/owls' },
  };
  const expected = {
    byline: 'Jane Doe, John Roe',
    siteName: 'Example News',
    published: '2024-05-02',
    lang: 'en-US',
    canonical: 'https://example.com/owls',
    excerpt: 'All about owls.',
  };

  it('of an article gives its authors, publisher, date, description, language and address', () => {
    expect(pageOnly(page(jsonLd(article)))).toEqual(expected);
    expect(metadataOf(page(jsonLd(article)))).toEqual(expected);
  });

  it('is read before Readability, which removes it, also where Readability does not look', () => {
    // No @context: Readability passes it over; only the page's own reading finds it.
    const { '@context': _, ...bare } = article;
    expect(metadataOf(page(jsonLd(bare)))).toMatchObject({ byline: 'Jane Doe, John Roe' });
  });

  it('finds the article in an array, in a @graph, and by any of several types', () => {
    const others = [{ '@type': 'WebSite', name: 'Not this' }];
    expect(pageOnly(page(jsonLd([...others, article])))).toEqual(expected);
    expect(
      pageOnly(page(jsonLd({ '@context': 'https://schema.org', '@graph': [...others, article] }))),
    ).toEqual(expected);
    const typed = { ...article, '@type': ['CreativeWork', 'http://schema.org/BlogPosting'] };
    expect(pageOnly(page(jsonLd(typed)))).toEqual(expected);
  });

  it('follows references to the graph for the author and the publisher (as Yoast writes them)', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Example News' },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
        {
          '@type': 'BlogPosting',
          author: { '@id': '#jane' },
          publisher: { '@id': '#org' },
          url: 'https://example.com/owls',
        },
      ],
    };
    expect(pageOnly(page(jsonLd(graph)))).toEqual({
      byline: 'Jane Doe',
      siteName: 'Example News',
      canonical: 'https://example.com/owls',
      excerpt: undefined,
      lang: undefined,
      published: undefined,
    });
  });

  it('takes the first block that describes an article, past blocks that are not valid JSON', () => {
    const blocks = [
      jsonLd('{ not json'),
      jsonLd({ '@type': 'BreadcrumbList' }),
      `<script type="application/ld+json"><![CDATA[${JSON.stringify(article)}]]></script>`,
    ].join('');
    expect(pageOnly(page(blocks))).toEqual(expected);
  });

  it('passes over junk: wrong types, nesting, huge values, names that are addresses', () => {
    const junk = {
      '@type': 'Article',
      author: [42, null, [['Deep']], { name: { name: 'x' } }, 'https://example.com/jane', 'Ann'],
      publisher: ['Not a name'],
      datePublished: { value: '2024' },
      description: 'word '.repeat(100_000),
      inLanguage: '<script>',
      url: 'javascript:alert(1)',
    };
    const found = pageOnly(page(jsonLd(junk)));
    expect(found.byline).toBe('Ann');
    expect(found.siteName).toBeUndefined();
    expect(found.published).toBeUndefined();
    expect(found.lang).toBeUndefined();
    expect(found.canonical).toBeUndefined();
    expect(found.excerpt?.length).toBeLessThanOrEqual(300);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(pageOnly(page(jsonLd(deep)))).toEqual({});
  });
});

describe('the order of the sources', () => {
  it("gives Readability's value first (here a byline it found in the text), but a declared excerpt before its first paragraph", () => {
    // JSON-LD without @context, which Readability passes over.
    const linked = jsonLd({ '@type': 'Article', author: 'Lee Wong', description: 'Linked.' });
    const body = `<article><p class="byline">By Ann Smith</p>${paragraph}${paragraph}</article>`;
    expect(metadataOf(page(linked, body))).toMatchObject({
      byline: 'Ann Smith',
      excerpt: 'Linked.',
    });
    expect(pageOnly(page(linked, body)).byline).toBe('Lee Wong');
    expect(metadataOf(page('', body)).excerpt).toBe('By Ann Smith');
  });
});

describe('the canonical address', () => {
  const canonical = (href: string) => page(`<link rel="canonical" href="${href}">`);

  it('resolves a relative one against the address the page was read from', () => {
    expect(pageOnly(canonical('/owls?x=1'), 'https://example.com/news/a').canonical).toBe(
      'https://example.com/owls?x=1',
    );
    expect(pageOnly(canonical('https://example.org/owls'), 'https://example.com/').canonical).toBe(
      'https://example.org/owls',
    );
  });

  it('keeps only absolute http(s) addresses for a page read from a file', () => {
    expect(pageOnly(canonical('/owls')).canonical).toBeUndefined();
    expect(pageOnly(canonical('HTTPS://Example.com/owls')).canonical).toBe(
      'https://example.com/owls',
    );
    expect(pageOnly(canonical('javascript:alert(1)')).canonical).toBeUndefined();
    // The link comes before og:url, but one that is unusable gives way to it.
    const both = page(
      '<link rel="canonical" href="/owls"><meta property="og:url" content="https://example.com/og">',
    );
    expect(pageOnly(both).canonical).toBe('https://example.com/og');
  });

  it('is found among other rel values', () => {
    const html = page('<link rel="alternate canonical" href="https://example.com/owls">');
    expect(pageOnly(html).canonical).toBe('https://example.com/owls');
  });
});

describe('hostile values', () => {
  it('keep control characters (rendering shows them) but no line breaks or runs of spaces', () => {
    const html = page(
      '<meta name="author" content="Jane\u001b]8;;https://evil\u0007\n\n  Doe"><meta property="og:site_name" content="News\u009b31m">',
    );
    expect(pageOnly(html)).toMatchObject({
      byline: 'Jane\u001b]8;;https://evil\u0007 Doe',
      siteName: 'News\u009b31m',
    });
  });

  it('are cut to a length, whatever their size', () => {
    const huge = 'x'.repeat(5_000_000);
    const found = pageOnly(
      page(`<meta name="author" content="${huge}"><meta name="description" content="${huge}">`),
    );
    expect(found.byline?.length).toBeLessThanOrEqual(200);
    expect(found.excerpt?.length).toBeLessThanOrEqual(300);
  });

  it("lose a byline that is an address, also Readability's", () => {
    expect(
      articleMetadata({ byline: ['Jane Doe'] }, { byline: 'https://example.com/jane' }, undefined)
        .byline,
    ).toBe('Jane Doe');
    expect(articleMetadata({}, { byline: 'by  Jane Doe' }, undefined).byline).toBe('Jane Doe');
  });
});
