import {
  createReadStream,
  existsSync,
  fstatSync,
  readFileSync,
  type Stats,
  statSync,
} from 'node:fs';
import { basename, extname } from 'node:path';
import { ArticleError } from '../errors.ts';
import type { Io } from '../io.ts';
import { binaryFile, decode, hasByteOrderMark } from './decode.ts';
import { decideFormat, type SourceFormat } from './format.ts';
import { decodeHtml } from './html-encoding.ts';
import { isWebAddress, otherScheme, unfetchableScheme } from './web/address.ts';
import type { WebReading } from './web/fetch.ts';

/** Markdown to read, decoded and with line ends normalised: what the document stage takes. */
export interface MarkdownText {
  /** A human name for messages and the fallback title: the file's name without extension. */
  readonly name: string;
  readonly text: string;
  /** The article that comes with the program: the document stage may have it prepared at build time. */
  readonly bundled?: boolean;
  /** The web address the text was read from: relative links and images resolve against it. */
  readonly address?: string | undefined;
}

/** Text of the document to read, in Markdown or HTML. */
export interface Source extends MarkdownText {
  /** What the text is written in. */
  readonly format: SourceFormat;
}

export interface SourceRequest {
  /** A path, `-` for standard input, an http or https address, or undefined for the bundled article. */
  readonly file?: string | undefined;
  /** The format to read the text as, whatever its name, type or start says (--from). */
  readonly from?: SourceFormat | undefined;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** How to fetch a web address (time allowed, cache, progress); the defaults when not given. */
  readonly web?: WebReading | undefined;
}

/** How to fetch, as the command line sets it: the environment comes from Io. */
export type WebChoices = Omit<WebReading, 'env'>;

/** What to read; standard input is touched only when it is the file (opening it costs start-up time). */
export function sourceRequest(
  file: string | undefined,
  io: Pick<Io, 'stdin' | 'env'>,
  from?: SourceFormat,
  web?: WebChoices,
): SourceRequest {
  return {
    file,
    from,
    get stdin() {
      return io.stdin;
    },
    web: { ...defaultWebChoices, ...web, env: io.env },
  };
}

/** A web page's reading unless the command line says otherwise: 30 seconds, through the cache. */
export const defaultWebChoices: WebChoices = { timeout: 30, refresh: false };

/** Without choices, the defaults in an empty environment: no proxy, the cache under the home folder. */
function webReading(request: SourceRequest): WebReading {
  return request.web ?? { ...defaultWebChoices, env: {} };
}

export async function readSource(request: SourceRequest): Promise<Source> {
  const { file } = request;
  if (file === undefined) {
    return bundledArticle();
  }
  if (file === '-') {
    if (request.stdin.isTTY) {
      throw new ArticleError(
        '--file -: standard input is a terminal; pipe a Markdown file into it',
      );
    }
    refuseUnreadableStandardInput(request.stdin);
    const bytes = await readAll(request.stdin, 'standard input');
    return fromBytes(bytes, 'standard input', undefined, request.from);
  }
  if (isWebAddress(file)) {
    // Fetching and its libraries load only for an address.
    const { fetchPage } = await import('./web/fetch.ts');
    return await fetchPage(file, request.from, webReading(request));
  }
  const scheme = otherScheme(file);
  if (scheme !== undefined && !existsSync(file)) throw unfetchableScheme(file, scheme);
  return fromBytes(await readPath(file), basename(file, extname(file)), file, request.from);
}

/**
 * Text from bytes, and its format. Markdown is UTF-8 or UTF-16 with a byte
 * order mark; an HTML page is decoded again in the character set it declares.
 */
function fromBytes(
  bytes: Buffer,
  name: string,
  path: string | undefined,
  from: SourceFormat | undefined,
): Source {
  const label = path ?? name;
  const text = decode(bytes, label);
  const format = decideFormat(from, path, text);
  if (format === 'markdown' || hasByteOrderMark(bytes)) return { name, text, format };
  return { name, text: decodeHtml(bytes), format };
}

/**
 * The bundled article, its text read only when asked for: the bundle has it
 * prepared (lexed at build time) and never reads it.
 */
function bundledArticle(): Source {
  let text: string | undefined;
  return {
    name: 'article',
    format: 'markdown',
    bundled: true,
    get text() {
      text ??= decode(
        readFileSync(new URL('../../content/article.md', import.meta.url)),
        'the bundled article',
      );
      return text;
    },
  };
}

/**
 * Standard input that reads as nothing without being empty: a directory
 * (`< /tmp`: Node's stream just ends) or a closed file descriptor, where
 * Node reports one (it reopens fds 0-2 found closed at start-up on
 * /dev/null, which reads as an empty document). Only the process's own
 * standard input is looked at: a stream given in its place has no fd 0.
 */
function refuseUnreadableStandardInput(stdin: SourceRequest['stdin']): void {
  if ((stdin as { fd?: unknown }).fd !== 0) return;
  let info: Stats;
  try {
    info = fstatSync(0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EBADF') return;
    throw closedStandardInput();
  }
  if (info.isDirectory())
    throw new ArticleError('--file -: standard input is a directory, not a Markdown file');
  if (reopenedOnDevNull(info)) throw closedStandardInput();
}

function closedStandardInput(): ArticleError {
  return new ArticleError('--file -: standard input is closed; pipe a Markdown file into it');
}

/**
 * Node opens /dev/null on a standard input it finds closed (`0<&-`) before
 * any code runs, for reading and writing; a shell's `< /dev/null` opens it
 * for reading only, an empty document like any other. Linux shows the
 * difference in /proc; elsewhere a closed standard input reads as empty.
 */
function reopenedOnDevNull(info: Stats): boolean {
  const devNull = info.isCharacterDevice() && info.rdev >> 8 === 1 && (info.rdev & 0xff) === 3;
  if (!devNull || process.platform !== 'linux') return false;
  try {
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/0', 'utf8'))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & readWriteMask) === readWrite;
  } catch {
    return false;
  }
}

/** O_ACCMODE and O_RDWR, as Linux defines them. */
const readWriteMask = 0o3;
const readWrite = 0o2;

async function readPath(path: string): Promise<Buffer> {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new ArticleError(`${path}: is a directory, not a Markdown file`);
    // A regular file has a size to check first and is read at once; anything else
    // (a FIFO, /dev/zero) is read in chunks, so that it can be refused before it ends.
    if (!info.isFile()) return await readAll(createReadStream(path), path);
    if (info.size > largestDocument) throw tooLarge(path);
    // Read at once: the document is needed whole before anything can be printed.
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    throw new ArticleError(`${path}: ${explainFileError(error)}`);
  }
}

export function explainFileError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a Markdown file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read: ${(error as Error).message}`;
  }
}

/** Larger than this is refused: a JavaScript string holds at most about 512 million characters. */
export const largestDocument = 256 * 1024 * 1024;

/**
 * Reads to the end, but stops at once on what cannot be a Markdown document,
 * so that `--file /dev/zero` or an endless pipe ends with a message instead
 * of filling the memory: NUL bytes (unless the text starts with a UTF-16 byte
 * order mark) or more than largestDocument bytes.
 */
async function readAll(stream: NodeJS.ReadableStream, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let utf16 = false;
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.from(chunk as Buffer);
      if (size === 0)
        utf16 =
          (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
      if (!utf16 && bytes.includes(0)) throw binaryFile(name);
      size += bytes.length;
      if (size > largestDocument) {
        throw new ArticleError(
          `${name}: larger than ${largestDocument / 1024 / 1024} MB, too large to read`,
        );
      }
      chunks.push(bytes);
    }
  } finally {
    // Stop reading an endless source.
    if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
  }
  return Buffer.concat(chunks);
}

function tooLarge(name: string): ArticleError {
  return new ArticleError(
    `${name}: larger than ${largestDocument / 1024 / 1024} MB, too large to read`,
  );
}
