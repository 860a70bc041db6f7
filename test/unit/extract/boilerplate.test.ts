import { describe, expect, it } from 'vitest';
import { removeLinkLists, removePageChrome } from '../../../src/extract/boilerplate.ts';
import { parsePage } from '../../../src/extract/page.ts';

const story =
  'The river rose two metres overnight, and by morning the old bridge, built in 1911 for carts and cattle, stood alone in brown water that ran fast under its arches.';

function body(html: string): Element {
  return parsePage(`<html><body>${html}</body></html>`).body as unknown as Element;
}

/** The element's text nodes, one space between them (textContent runs paragraphs together). */
function text(element: Element): string {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.textContent ?? '');
    for (const child of [...node.childNodes]) walk(child);
  };
  walk(element);
  return texts.join(' ').replace(/\s+/g, ' ').replace(/ \./g, '.').trim();
}

describe('removePageChrome', () => {
  it('removes navigation, side notes, footers and the banner, keeping the story', () => {
    const page = parsePage(
      `<html><body><header role="banner">Daily News</header><nav>Home Sport</nav><main><p>${story}</p><p>${story}</p></main><aside>Most read</aside><div role="complementary">Ads</div><footer>© 2024</footer></body></html>`,
    );
    removePageChrome(page);
    expect(text(page.body as unknown as Element)).toBe(`${story} ${story}`);
  });

  it('keeps a footer or aside that holds most of the page: then it is the content', () => {
    const page = parsePage(
      `<html><body><nav>Home</nav><aside><p>${story}</p></aside></body></html>`,
    );
    removePageChrome(page);
    expect(text(page.body as unknown as Element)).toBe(story);
  });

  it('removes share bars, bylines, newsletter boxes and related stories by their class or id', () => {
    const page = parsePage(
      `<html><body><div class="share-bar">Share on Facebook</div><p class="byline">By Ann Lee</p><p>${story}</p><div id="newsletter_signup">Get our newsletter</div><section class="related">More on floods</section><p>${story}</p></body></html>`,
    );
    removePageChrome(page);
    expect(text(page.body as unknown as Element)).toBe(`${story} ${story}`);
  });

  it('matches whole words of a class, not words that contain them', () => {
    const page = parsePage(
      `<html><body><p class="shared-memory">Shared memory.</p><p class="authority">Authority.</p><p class="bad-share">x</p><p>${story}</p></body></html>`,
    );
    removePageChrome(page);
    expect(text(page.body as unknown as Element)).toBe(`Shared memory. Authority. ${story}`);
  });

  it('keeps the article and what holds it, whatever their class says', () => {
    const page = parsePage(
      `<html><body><div class="social-wrap"><article class="post author-ann"><p>${story}</p></article></div>${'<p>Comment.</p>'.repeat(80)}</body></html>`,
    );
    removePageChrome(page);
    expect(text(page.body as unknown as Element)).toContain(story);
  });

  it('keeps a box whose class says boilerplate when it holds most of the text', () => {
    const page = parsePage(
      `<html><body><div class="story-author-page"><p>${story}</p><p>${story}</p></div></body></html>`,
    );
    removePageChrome(page);
    expect(text(page.body as unknown as Element)).toBe(`${story} ${story}`);
  });
});

describe('removeLinkLists', () => {
  it('removes lists and short paragraphs of links, keeping links within the text', () => {
    const article = body(
      `<div><p>${story} See <a href="/a">the map</a>.</p><p><a href="/b">Floods hit the north</a> | <a href="/c">Dam opens</a></p><ul><li><a href="/d">Storm warning for Friday</a></li><li><a href="/e">How to sandbag a door</a></li></ul><p>${story}</p></div>`,
    );
    removeLinkLists(article);
    expect(text(article)).toBe(`${story} See the map. ${story}`);
  });

  it('keeps the links of a page that is mostly lists of links', () => {
    const links = Array.from(
      { length: 8 },
      (_, index) => `<li><a href="/${index}">A useful tool number ${index}</a></li>`,
    ).join('');
    const article = body(`<div><p>Tools we like.</p><ul>${links}</ul></div>`);
    removeLinkLists(article);
    expect(article.querySelectorAll('li')).toHaveLength(8);
  });
});
