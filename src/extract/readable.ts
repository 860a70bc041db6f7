import { readability } from '../libraries.ts';
import type { ReadabilityMetadata } from './metadata.ts';
import type { Page } from './page.ts';

/** What reader mode finds of a page: its title, the article's element, and what it read of the metadata. */
export interface ReadableArticle {
  readonly title: string | undefined;
  readonly content: Element;
  readonly metadata: ReadabilityMetadata;
}

/**
 * The article of a page, as Firefox's reader view finds it (Readability),
 * or undefined when it finds none. Readability changes the page it reads.
 */
export function readableArticle(page: Page): ReadableArticle | undefined {
  const { Readability } = readability();
  // Classes kept: turndown reads a code block's language from `class="language-x"`. The article
  // comes as its element, not as HTML to parse again (linkedom writes `&` in attributes as it is).
  const article = new Readability<Element>(page as unknown as Document, {
    keepClasses: true,
    serializer: (element) => element as Element,
  }).parse();
  if (!article?.content?.textContent?.trim()) return undefined;
  return {
    title: article.title?.trim() || undefined,
    content: article.content,
    metadata: {
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      excerpt: article.excerpt,
    },
  };
}

/** The title of a whole page: its <title>, else its first heading. */
export function pageTitle(page: Page): string | undefined {
  const title = page.querySelector('title')?.textContent ?? page.querySelector('h1')?.textContent;
  return title?.replace(/\s+/g, ' ').trim() || undefined;
}
