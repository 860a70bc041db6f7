import { decodeInCharset, hasByteOrderMark } from '../decode.ts';
import { type SourceFormat, sniffFormat } from '../format.ts';
import { decodeHtml } from '../html-encoding.ts';

/** A fetched page as text, in the format its type named or its start shows. */
export interface WebText {
  readonly text: string;
  readonly format: SourceFormat;
}

/**
 * A response's bytes as text. HTML in the character set browsers would pick
 * (a byte order mark, the header's charset, a `<meta>` in the first 1024
 * bytes, else UTF-8); Markdown by its byte order mark, else the header's
 * charset, else UTF-8. A type that says nothing is sniffed as standard input
 * is, where NUL bytes mean a binary file.
 */
export function webText(
  bytes: Uint8Array,
  name: string,
  format: SourceFormat | 'sniff',
  charset: string | undefined,
): WebText {
  if (format === 'html') return { text: decodeHtml(bytes, charset), format };
  const text = decodeInCharset(bytes, name, charset);
  const decided = format === 'sniff' ? sniffFormat(text) : format;
  if (decided === 'markdown' || hasByteOrderMark(bytes)) return { text, format: decided };
  return { text: decodeHtml(bytes, charset), format: decided };
}
