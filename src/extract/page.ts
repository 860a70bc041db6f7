import { linkedom } from '../libraries.ts';

/** A parsed page: linkedom's document, which never runs a script nor loads what the page refers to. */
export type Page = ReturnType<ReturnType<typeof linkedom>['parseHTML']>['document'];

/**
 * Parses HTML as a page. linkedom builds the tree as the tags are written,
 * without the HTML parser's repairs, so markup without a `<body>` (a
 * fragment, or a page that leaves the tag out, as HTML allows) is put in
 * one first: its content would otherwise stand outside the body. A page
 * without `<html>` gets one: linkedom makes its first tag the document's root.
 */
export function parsePage(html: string): Page {
  if (/<body[\s>]/i.test(html))
    return parse(/<html[\s>]/i.test(html) ? html : `<html>${html}</html>`);
  const inner = html.replace(beforeContent, '').replace(afterContent, '');
  return parseFragment(inner);
}

/** A doctype, `<html>` and `<head>` up to its end, where there is one. */
const beforeContent = /^[\s\S]*?(?:<\/head\s*>|<html[^>]*>)/i;
const afterContent = /<\/html\s*>[\s\S]*$/i;

/** Markup that belongs in a body (Readability's article), parsed inside one. */
function parseFragment(html: string): Page {
  return parse(`<!doctype html><html><head></head><body>${html}</body></html>`);
}

function parse(html: string): Page {
  const dom = linkedom();
  withTableRows(dom.HTMLElement.prototype);
  return dom.parseHTML(html).document;
}

/**
 * `table.rows`, which turndown's GFM tables read and linkedom leaves out (its
 * tables are plain HTML elements): the rows of the table's head, bodies and
 * foot, and its own, in document order; undefined on other elements.
 */
function withTableRows(element: object): void {
  if ('rows' in element) return;
  Object.defineProperty(element, 'rows', {
    get(this: Element) {
      if (this.localName !== 'table') return undefined;
      return [...this.children].flatMap((child) =>
        child.localName === 'tr'
          ? [child]
          : [...child.children].filter((row) => row.localName === 'tr'),
      );
    },
  });
}
