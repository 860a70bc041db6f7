import type { YAMLError } from 'yaml';
import {
  frontMatterFields,
  type Metadata,
  type MetadataKey,
  metadataKeys,
  metadataValue,
} from '../extract/metadata-fields.ts';
import { yaml } from '../libraries.ts';

/** The fields read: the title, the notice, and the article's metadata (`frontMatterFields` names them). */
export interface FrontMatter extends Metadata {
  readonly title?: string | undefined;
  readonly notice?: string | undefined;
}

export interface SplitDocument {
  readonly frontMatter: FrontMatter;
  /** The Markdown after the front matter block. */
  readonly body: string;
  /** The front matter block as written, its closing line included, when it was read as front matter. */
  readonly block?: string | undefined;
  /** A block that is not valid YAML, left in the body as text: for a warning, which is not the parser's to give. */
  readonly invalidYaml?: InvalidYaml | undefined;
}

export interface InvalidYaml {
  /** The line of the file where the YAML goes wrong, when the library says. */
  readonly line: number | undefined;
}

// The lines inside are optional and lazy (`??`): an empty block ends at its own closing line,
// not at a rule further down.
const block = /^---[ \t]*\n(?:([\s\S]*?)\n)??(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Separates a leading YAML block from the body. A block that is not a YAML
 * mapping is not front matter (it may be a rule and a setext heading), so it
 * stays in the body and is shown as Markdown.
 */
export function splitFrontMatter(text: string): SplitDocument {
  const match = block.exec(text);
  if (!match) return { frontMatter: {}, body: text };
  let data: unknown;
  try {
    // 'error': warnings (unknown tags, collection keys) are not printed by the library, which
    // would quote the document raw on standard error. Aliases that expand past maxAliasCount
    // (a "billion laughs" block) fail at once instead of filling the memory.
    data = yaml().parse(match[1] ?? '', { logLevel: 'error', maxAliasCount: 100 });
  } catch (error) {
    // Any failure (a syntax error, ReferenceError for an alias bomb, RangeError for deep
    // nesting) means the block is not front matter: it stays in the body, as invalid YAML does.
    // Only a syntax error is invalid YAML, worth a warning; the others are hostile input.
    const invalid = error instanceof yaml().YAMLError;
    return {
      frontMatter: {},
      body: text,
      ...(invalid ? { invalidYaml: { line: fileLine(error) } } : {}),
    };
  }
  // An empty block is empty front matter, as static site generators read it.
  if (data === null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { frontMatter: {}, body: text };
  }
  const fields = data as Record<string, unknown>;
  return {
    frontMatter: {
      title: asText(fields.title),
      notice: asText(fields.notice),
      ...metadataOf(fields),
    },
    body: text.slice(match[0].length).replace(/^\n+/, ''),
    block: match[0],
  };
}

/** What splitting a text read in pieces gives: the front matter, and the body's pieces after it. */
export interface SplitPieces {
  readonly split: Omit<SplitDocument, 'body'>;
  readonly body: Generator<string>;
}

const opening = /^---[ \t]*\n/;
const closingLine = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * splitFrontMatter for a text read in pieces of whole lines (a big file):
 * the pieces are held only until the block's closing line (or, when none
 * closes it, the end), and the body goes on with the pieces after it.
 */
export function splitFrontMatterOfPieces(pieces: Iterable<string>): SplitPieces {
  const iterator = pieces[Symbol.iterator]();
  let head = '';
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const searchFrom = head === '' ? (opening.exec(next.value)?.[0].length ?? -1) : 0;
    head += next.value;
    if (searchFrom === -1 || closingLine.test(next.value.slice(searchFrom))) break;
  }
  const { body, ...split } = splitFrontMatter(head);
  return { split, body: bodyPieces(body, split.block !== undefined && body === '', iterator) };
}

/** The body's first piece, then the rest; blank lines right after the front matter left out. */
function* bodyPieces(first: string, trimStart: boolean, rest: Iterator<string>): Generator<string> {
  try {
    if (first) yield first;
    let trimming = trimStart;
    for (let next = rest.next(); !next.done; next = rest.next()) {
      const piece = trimming ? next.value.replace(/^\n+/, '') : next.value;
      trimming &&= piece === '';
      if (piece) yield piece;
    }
  } finally {
    // Stopped early (a reader closed the pipe): the file is closed.
    rest.return?.();
  }
}

/**
 * The metadata fields, under the rules a page's values follow (a person's
 * front matter is as untrusted as a page). Only the fields present are
 * given, so that a document without them has none.
 */
function metadataOf(fields: Record<string, unknown>): Metadata {
  const metadata: { [key in MetadataKey]?: string } = {};
  for (const key of metadataKeys) {
    const raw = fields[frontMatterFields[key]];
    const text =
      key === 'byline' ? authorText(raw) : key === 'published' ? dateText(raw) : asText(raw);
    const value = text === undefined ? undefined : metadataValue(key, text);
    if (value !== undefined) metadata[key] = value;
  }
  return metadata;
}

/**
 * An author, or several as Pandoc and Hugo write them: a name, `{name}`, or
 * a list of either; each held to a byline's rules (an address is no name).
 */
function authorText(value: unknown): string | undefined {
  const authors = Array.isArray(value) ? value.slice(0, 20) : [value];
  const names = authors
    .map((author) => asText(typeof author === 'object' && author !== null ? author.name : author))
    .map((name) => (name === undefined ? undefined : metadataValue('byline', name)))
    .filter((name) => name !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

/**
 * A date as written. The yaml library reads `2024-05-02` as a string (its
 * core schema has no timestamps), but a date may come as a Date all the
 * same: then as ISO 8601, the day alone when it has no time.
 */
function dateText(value: unknown): string | undefined {
  if (!(value instanceof Date)) return asText(value);
  if (Number.isNaN(value.getTime())) return undefined;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The block's first line is the file's second, after the opening ---. */
function fileLine(error: YAMLError): number | undefined {
  const line = error.linePos?.[0].line;
  return line === undefined ? undefined : line + 1;
}

/** The warning for a block that is not valid YAML, one line, for standard error. */
export function invalidYamlWarning(name: string, invalid: InvalidYaml): string {
  const where = invalid.line === undefined ? '' : ` (line ${invalid.line})`;
  return `${name}: front matter is not valid YAML${where}; shown as text`;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}
