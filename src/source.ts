import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { type PreparedDocument, preparedArticle } from './bundled-article.ts';
import { ArticleError } from './errors.ts';

/** Text of the document to read, decoded and with line ends normalised. */
export interface Source {
  /** A human name for messages and the fallback title: the file's name without extension. */
  readonly name: string;
  readonly text: string;
  /** The same text parsed at build time, for the bundled article. */
  readonly prepared?: PreparedDocument | undefined;
}

export interface SourceRequest {
  /** A path, `-` for standard input, or undefined for the bundled article. */
  readonly file?: string | undefined;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

const bundledArticle = new URL('../content/article.md', import.meta.url);

export async function readSource(request: SourceRequest): Promise<Source> {
  const { file } = request;
  if (file === undefined) {
    if (preparedArticle) return { name: 'article', text: '', prepared: preparedArticle };
    return { name: 'article', text: decode(await readFile(bundledArticle), 'the bundled article') };
  }
  if (file === '-') {
    if (request.stdin.isTTY) {
      throw new ArticleError(
        '--file -: standard input is a terminal; pipe a Markdown file into it',
      );
    }
    return { name: 'standard input', text: decode(await readAll(request.stdin), 'standard input') };
  }
  return { name: basename(file, extname(file)), text: decode(await readPath(file), file) };
}

async function readPath(path: string): Promise<Buffer> {
  try {
    if ((await stat(path)).isDirectory()) {
      throw new ArticleError(`${path}: is a directory, not a Markdown file`);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    throw new ArticleError(`${path}: ${explainFileError(error)}`);
  }
}

function explainFileError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a Markdown file';
    default:
      return `cannot read: ${(error as Error).message}`;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

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
    if (bytes.includes(0)) {
      throw new ArticleError(`${name}: binary file (contains NUL bytes), not Markdown`);
    }
    // TextDecoder drops a UTF-8 byte order mark by default.
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return text.replace(/\r\n?/g, '\n');
}
