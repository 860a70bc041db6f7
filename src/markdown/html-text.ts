/**
 * What a reader sees of raw HTML in Markdown, as glow shows it: comments
 * dropped, `<br>` a line break, every other tag removed and the text between
 * tags kept. The tags GFM's tag filter disallows (script, style, title and
 * the like) GitHub shows as text, and so are they here. Entities are left for
 * the caller to decode. (Inline HTML reaches here one tag at a time; the text
 * between tags is Markdown of its own.)
 */
export function htmlText(html: string): string {
  if (!html.includes('<')) return html;
  return (
    html
      // An unclosed comment runs to the end of the block, as in a browser.
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      // Tags, declarations (<!DOCTYPE>, CDATA) and processing instructions; [^<>] keeps it linear.
      .replace(
        /<\/?([A-Za-z][A-Za-z0-9-]*)[^<>]*>|<![^<>]*>|<\?[^<>]*\?>/g,
        (tag, name?: string) => (name && filtered.has(name.toLowerCase()) ? tag : ''),
      )
  );
}

/** GFM's disallowed raw HTML: shown as text. */
const filtered = new Set([
  'title',
  'textarea',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'script',
  'plaintext',
]);

/** HTML that shows nothing: only comments, tags without text, white space. */
export function isInvisibleHtml(html: string): boolean {
  return htmlText(html).trim() === '';
}
