import { ArticleError } from '../errors.ts';

/**
 * Bytes to text as editors would show them: a byte order mark picks UTF-16,
 * anything else is UTF-8 with invalid bytes shown as U+FFFD. NUL bytes outside
 * UTF-16 mean a binary file, which is refused rather than printed as noise.
 */
export function decode(bytes: Uint8Array, name: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (bytes.includes(0)) throw binaryFile(name);
    // TextDecoder drops a UTF-8 byte order mark by default.
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Text in the character set a label names (a response's `charset`): a byte
 * order mark still comes first, and a label for UTF-8, or one TextDecoder
 * does not know, is read as decode reads any file.
 */
export function decodeInCharset(
  bytes: Uint8Array,
  name: string,
  label: string | undefined,
): string {
  const encoding = label === undefined ? undefined : encodingOf(label);
  if (encoding === undefined || encoding === 'utf-8' || hasByteOrderMark(bytes)) {
    return decode(bytes, name);
  }
  return new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
}

/** The encoding a label names, by the WHATWG Encoding standard's labels, or undefined. */
function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

export function binaryFile(name: string): ArticleError {
  return new ArticleError(`${name}: binary file (contains NUL bytes), not Markdown`);
}
