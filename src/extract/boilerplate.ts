import type { Page } from './page.ts';

/*
 * Where reader mode loses on real news pages is what Readability leaves in
 * the article: menus and footers it took for content, share bars, bylines,
 * "related stories" lists, newsletter boxes. These rules are the kind that
 * general extractors (trafilatura, boilerpipe) apply; none names a site.
 * README, "Reader mode", gives what each is worth on the benchmark's pages.
 */

/** Parts of a page that HTML itself marks as not the article: navigation, side notes, footers. */
const pageChrome =
  'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"]';

/**
 * Class or id words of the boxes around an article: sharing, newsletters,
 * related stories, advertising, bylines and tags. Matched as whole words of
 * a class or id (`share-bar`, `related_links`), not inside others (`shared`).
 */
const boilerplateName =
  /(?:^|[-_\s])(?:share|sharing|social|newsletter|subscribe|subscription|related|recommended|promo|advert|advertisement|ads?|sponsored|outbrain|taboola|byline|author|tags|cookie|signup)(?:$|[-_\s])/i;

/** A box larger than this part of the text around it is the content, whatever its class says. */
const largestBoilerplate = 0.3;

/** A list or short paragraph whose text is this much link text is a list of links to elsewhere. */
const linkDense = 0.8;
const shortParagraph = 200;

/**
 * Removes from a page, before Readability reads it, the parts that HTML marks
 * as navigation, side notes or footers, and the boxes that their class or id
 * names as boilerplate. Before, because Readability drops the class of many
 * elements it keeps (a `<div>` around one paragraph gives way to it).
 */
export function removePageChrome(page: Page): void {
  const body = page.body as unknown as Element | null;
  if (!body) return;
  const total = textLength(body);
  for (const element of [...body.querySelectorAll(pageChrome)]) {
    if (body.contains(element) && textLength(element) < total / 2) element.remove();
  }
  for (const element of [...body.querySelectorAll('[class], [id]')]) {
    if (!body.contains(element) || !boilerplateName.test(nameOf(element))) continue;
    if (holdsTheArticle(element)) continue;
    if (textLength(element) < total * largestBoilerplate) element.remove();
  }
}

/** What HTML marks as the article, or holds it, whatever its class says (`<article class="author-ann">`). */
function holdsTheArticle(element: Element): boolean {
  return element.matches(articleElements) || element.querySelector(articleElements) !== null;
}

const articleElements = 'article, main, [role="main"], [itemprop="articleBody"]';

/**
 * Removes from the article its lists and short paragraphs of links (more
 * stories, "see also"), unless they are most of it: a page that is a
 * collection of links keeps them.
 */
export function removeLinkLists(article: Element): void {
  const lists = [...article.querySelectorAll('ul, ol, p')].filter(isLinkList);
  const listed = lists.reduce((sum, element) => sum + textLength(element), 0);
  if (listed > textLength(article) * largestBoilerplate) return;
  for (const element of lists) element.remove();
}

function isLinkList(element: Element): boolean {
  const length = textLength(element);
  if (length === 0) return false;
  if (element.localName === 'p' && length >= shortParagraph) return false;
  const linked = [...element.querySelectorAll('a')].reduce(
    (sum, link) => sum + textLength(link),
    0,
  );
  return linked / length > linkDense;
}

function nameOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
