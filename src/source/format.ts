import { extname } from 'node:path';

/** What a text is written in: the document stage reads Markdown, the extraction stage turns HTML into it. */
export const sourceFormats = ['markdown', 'html'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

const byExtension: Readonly<Record<string, SourceFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The format a file's name says, or undefined when its extension says none. */
export function formatOfName(path: string): SourceFormat | undefined {
  return byExtension[extname(path).toLowerCase()];
}

/**
 * What the start of a text says, as browsers sniff a page without a type:
 * HTML when its first tag (after white space, a byte order mark, comments
 * and an XML declaration) is a doctype for HTML, `<html>`, `<head>` or
 * `<body>`. A Markdown file may start with raw HTML (`<p align="center">`,
 * `<div>`), so other tags do not make it a page.
 */
export function sniffFormat(text: string): SourceFormat {
  const start = text.slice(0, 4096).replace(leadingNoise, '');
  return pageStart.test(start) ? 'html' : 'markdown';
}

const leadingNoise = /^(?:\ufeff|\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/;
const pageStart = /^<(?:!doctype\s+html|html|head|body)[\s>/]/i;

/** The format of a text: forced (--from), else its file's extension, else sniffed from its start. */
export function decideFormat(
  forced: SourceFormat | undefined,
  path: string | undefined,
  text: string,
): SourceFormat {
  return forced ?? (path === undefined ? undefined : formatOfName(path)) ?? sniffFormat(text);
}
