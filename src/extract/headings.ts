/**
 * Takes out of an article's headings what a page adds to them for the
 * browser and not for the reader: permalink marks (`#`, `¶`, `§`, `🔗`) and
 * wiki edit links (`[edit]`). Section titles are what `--list` shows and
 * what sections are addressed by.
 */
export function cleanHeadings(article: Element): void {
  for (const heading of [...article.querySelectorAll('h1, h2, h3, h4, h5, h6')]) {
    for (const element of [...heading.querySelectorAll('a, span')]) {
      if (heading.contains(element) && isBrowserMark(element) && leavesTitle(heading, element))
        element.remove();
    }
  }
}

/** Text that only marks a permalink (or nothing: an anchor to jump to). */
const permalinkMark = /^[#¶§🔗\s]*$/u;
/** An edit link as wikis write it, brackets and all. */
const editLink = /^\[?\s*edit\s*\]?$/i;

function isBrowserMark(element: Element): boolean {
  const text = (element.textContent ?? '').trim();
  if (element.localName === 'a' && permalinkMark.test(text)) return !element.querySelector('img');
  const editBox = element.localName === 'a' || /edit/i.test(element.getAttribute('class') ?? '');
  return editBox && editLink.test(text);
}

/** Whether the heading still has a title without the element: a heading that says "Edit" keeps it. */
function leavesTitle(heading: Element, element: Element): boolean {
  const text = (element.textContent ?? '').trim();
  return text === '' || (heading.textContent ?? '').trim().length > text.length;
}

/**
 * Takes out the article's first heading when it says the title again, as
 * pages do under a picture or a standfirst: the title already heads the
 * document, and the section it would make is the whole article.
 */
export function removeRepeatedTitle(article: Element, title: string | undefined): void {
  if (title === undefined) return;
  const first = article.querySelector('h1, h2, h3, h4, h5, h6');
  if (first && sameTitle(first.textContent ?? '', title)) first.remove();
}

function sameTitle(heading: string, title: string): boolean {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return words(heading) !== '' && words(heading) === words(title);
}
