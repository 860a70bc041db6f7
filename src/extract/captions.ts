import type { Page } from './page.ts';

/** Class or id words of captions and photo credits that pages write as plain elements. */
const captionName = /caption|credit/i;

/**
 * Makes `<figcaption>` of what a page marks as a caption by its class or id
 * (`<div class="wp-caption-text">`, `<span class="photo-credit">`), so that
 * the Markdown keeps every caption the same way, apart from the article's
 * paragraphs. Not a wrapper that holds the image itself, nor a table's cell,
 * where a block would break the table.
 */
export function markCaptions(page: Page): void {
  const body = page.body as unknown as Element | null;
  if (!body) return;
  for (const element of [...body.querySelectorAll('[class], [id]')]) {
    const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (element.localName === 'figcaption' || !captionName.test(name)) continue;
    if (element.querySelector('img, picture, figure, figcaption') || element.closest('td, th'))
      continue;
    element.replaceWith(asCaption(element));
  }
}

function asCaption(element: Element): Element {
  const caption = element.ownerDocument.createElement('figcaption');
  caption.append(...element.childNodes);
  return caption;
}
