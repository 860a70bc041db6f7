import { readability } from '../libraries.ts';
import type { Page } from './page.ts';

/** What reader mode finds of a page: its title and the article's HTML. */
export interface ReadableArticle {
  readonly title: string | undefined;
  readonly content: string;
}

/**
 * The article of a page, as Firefox's reader view finds it (Readability),
 * or undefined when it finds none. Readability changes the page it reads.
 */
export function readableArticle(page: Page): ReadableArticle | undefined {
  const { Readability } = readability();
  // Classes kept: turndown reads a code block's language from `class="language-x"`.
  const article = new Readability(page as unknown as Document, { keepClasses: true }).parse();
  if (!article?.content?.trim()) return undefined;
  return { title: article.title?.trim() || undefined, content: article.content };
}

/** The title of a whole page: its <title>, else its first heading. */
export function pageTitle(page: Page): string | undefined {
  const title = page.querySelector('title')?.textContent ?? page.querySelector('h1')?.textContent;
  return title?.replace(/\s+/g, ' ').trim() || undefined;
}
