import { htmlEncodingSniffer } from '../libraries.ts';

/**
 * The character set of an HTML page as browsers decide it (WHATWG): a byte
 * order mark, else a transport-layer label (a response's `charset`, when
 * there is one), else a `<meta charset>` or `http-equiv` in the first 1024
 * bytes, else UTF-8. html-encoding-sniffer does the standard's prescan.
 */
export function htmlEncoding(bytes: Uint8Array, transportLabel?: string): string {
  return htmlEncodingSniffer()(bytes, {
    transportLayerEncodingLabel: transportLabel,
    defaultEncoding: 'UTF-8',
  });
}

/** The page's text in its character set; bytes it cannot hold show as U+FFFD. */
export function decodeHtml(bytes: Uint8Array, transportLabel?: string): string {
  const encoding = htmlEncoding(bytes, transportLabel);
  // TextDecoder knows every encoding the standard names (Node has full ICU) and drops a BOM.
  return new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
}
