import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ArticleError } from '../errors.ts';
import { binaryFile } from './decode.ts';
import { formatOfName, type SourceFormat, sniffFormat } from './format.ts';
import { explainFileError, largestDocument } from './source.ts';
import { isWebAddress, otherScheme } from './web/address.ts';

/**
 * A Markdown file read from its start each time it is asked for, a piece at
 * a time, so that a big document is never held whole: the document stage
 * reads it once for its link definitions and again to print it.
 */
export interface TextPieces {
  /** A human name, as a whole read gives it: the file's name without extension. */
  readonly name: string;
  /** The text decoded as a whole read decodes it (decode.ts), in pieces of whole lines. */
  pieces(): Iterable<string>;
}

/** Bytes read at a time: small enough to hold nothing much, large enough for few calls. */
const pieceBytes = 64 * 1024;

/**
 * The file as pieces when it is a regular Markdown file of at least
 * `smallest` bytes; undefined for anything else (standard input, an address,
 * HTML, a smaller or unreadable file), which is read whole as before and
 * reports its own errors.
 */
export function largeMarkdownFile(
  file: string | undefined,
  from: SourceFormat | undefined,
  smallest: number,
): TextPieces | undefined {
  if (file === undefined || file === '-' || isWebAddress(file) || otherScheme(file) !== undefined)
    return undefined;
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size < smallest || info.size > largestDocument) return undefined;
    const pieces = () => readPieces(file);
    const format = from ?? formatOfName(file) ?? sniffFormat(firstPiece(pieces()));
    return format === 'markdown' ? { name: basename(file, extname(file)), pieces } : undefined;
  } catch {
    return undefined;
  }
}

function firstPiece(pieces: Iterable<string>): string {
  for (const piece of pieces) return piece;
  return '';
}

/**
 * The file's text in pieces that end at a line end (the last may not):
 * UTF-16 after its byte order mark, else UTF-8, NUL bytes refused, line ends
 * made `\n`, exactly as decode() reads the whole.
 */
export function* readPieces(path: string): Generator<string> {
  const fail = (error: unknown) => new ArticleError(`${path}: ${explainFileError(error)}`);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fail(error);
  }
  const read: ByteReader = (bytes, offset, length) => {
    try {
      return readSync(fd, bytes, offset, length, null);
    } catch (error) {
      throw fail(error);
    }
  };
  try {
    yield* decodedPieces(path, read);
  } finally {
    closeSync(fd);
  }
}

/** Reads bytes into a buffer from an offset, at most a length of them; 0 at the end. */
export type ByteReader = (into: Uint8Array, offset: number, length: number) => number;

/** Pieces of text from a reader of bytes (a file's, or a test's). */
export function* decodedPieces(
  name: string,
  read: ByteReader,
  size: number = pieceBytes,
): Generator<string> {
  const bytes = new Uint8Array(size);
  const decoder = new PieceDecoder(name);
  // The text after the last line end, line ends made \n, and whether a carriage return ended the
  // last piece (it may pair with a line feed at the start of the next).
  let rest = '';
  let carriageReturn = false;
  // Bytes of a character that the last read cut in two, kept at the buffer's start.
  let kept = 0;
  for (;;) {
    const count = read(bytes, kept, size - kept);
    const total = kept + count;
    let text = decoder.decode(bytes.subarray(0, total), count === 0);
    kept = decoder.kept;
    if (kept > 0) bytes.copyWithin(0, total - kept, total);
    if (carriageReturn) text = `\r${text}`;
    if (count === 0) {
      const last = rest + normalise(text);
      if (last) yield last;
      return;
    }
    carriageReturn = text.endsWith('\r');
    text = normalise(carriageReturn ? text.slice(0, -1) : text);
    // Only the new text is searched: a file without line ends is read in linear time all the same.
    const end = text.lastIndexOf('\n') + 1;
    if (end === 0) {
      rest += text;
      continue;
    }
    yield rest + text.slice(0, end);
    rest = text.slice(end);
  }
}

/**
 * Decodes bytes as decode() decodes the whole, a piece at a time: UTF-16
 * after a byte order mark, else UTF-8 (its byte order mark dropped at the
 * start only), NUL bytes refused. A UTF-8 character cut by the end of a
 * piece is kept for the next (`kept` bytes), which a streaming TextDecoder
 * would do too, at several times the cost.
 */
class PieceDecoder {
  kept = 0;
  private utf16: TextDecoder | undefined;
  private utf8: TextDecoder | undefined;

  constructor(private readonly name: string) {}

  decode(bytes: Uint8Array, last: boolean): string {
    if (this.utf16) return this.utf16.decode(bytes, { stream: !last });
    if (!this.utf8) {
      const order =
        bytes[0] === 0xff && bytes[1] === 0xfe
          ? 'le'
          : bytes[0] === 0xfe && bytes[1] === 0xff
            ? 'be'
            : '';
      if (order) {
        this.utf16 = new TextDecoder(`utf-16${order}`);
        return this.decode(bytes.subarray(2), last);
      }
    }
    if (bytes.includes(0)) throw binaryFile(this.name);
    const whole = last ? bytes.length : completeUtf8(bytes);
    this.kept = bytes.length - whole;
    // The first text's decoder drops a byte order mark; later pieces' keep what they read.
    const decoder = this.utf8 ?? new TextDecoder('utf-8');
    if (whole > 0) this.utf8 ??= new TextDecoder('utf-8', { ignoreBOM: true });
    return decoder.decode(bytes.subarray(0, whole));
  }
}

/** How many bytes from the start hold whole UTF-8 characters: a lead byte short of its continuation bytes starts the rest. */
function completeUtf8(bytes: Uint8Array): number {
  let at = bytes.length - 1;
  while (at >= 0 && bytes.length - at <= 3 && (bytes[at] ?? 0) >> 6 === 2) at--;
  if (at < 0) return bytes.length;
  const lead = bytes[at] ?? 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - at >= length ? bytes.length : at;
}

function normalise(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
