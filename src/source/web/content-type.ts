import { MIMEType } from 'node:util';
import { ArticleError } from '../../errors.ts';
import type { SourceFormat } from '../format.ts';

/** What a response's Content-Type says: its type and subtype, and its character set. */
export interface ContentType {
  /** `text/html`, in lower case; undefined when there is no header or it cannot be read. */
  readonly essence: string | undefined;
  readonly charset: string | undefined;
}

/** The header read by Node's MIMEType (WHATWG's MIME type rules); one it cannot read says nothing. */
export function parseContentType(header: string | null): ContentType {
  if (!header) return { essence: undefined, charset: undefined };
  try {
    const type = new MIMEType(header);
    return { essence: type.essence, charset: type.params.get('charset') ?? undefined };
  } catch {
    return { essence: undefined, charset: undefined };
  }
}

const byType: Readonly<Record<string, SourceFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** Types that say nothing about the text: servers send them for files they do not know. */
const unspecific = new Set(['text/plain', 'application/octet-stream']);

/**
 * The format of a response: by its type, else, when the type says nothing,
 * by an address ending `.md` or `.markdown` (a raw README), else `sniff`:
 * by the text's start, as for standard input. Any other type is refused.
 */
export function formatOfResponse(type: ContentType, address: URL): SourceFormat | 'sniff' {
  const { essence } = type;
  const named = essence === undefined ? undefined : byType[essence];
  if (named) return named;
  if (essence !== undefined && !unspecific.has(essence)) {
    throw new ArticleError(`${address.href}: not an article: ${essence}`);
  }
  return /\.(?:md|markdown)$/i.test(address.pathname) ? 'markdown' : 'sniff';
}
