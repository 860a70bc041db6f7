import { yaml } from './lazy.ts';

export interface FrontMatter {
  readonly title?: string | undefined;
  readonly notice?: string | undefined;
}

export interface SplitDocument {
  readonly frontMatter: FrontMatter;
  /** The Markdown after the front matter block. */
  readonly body: string;
}

const block = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

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
  } catch {
    // Any failure (a syntax error, ReferenceError for an alias bomb, RangeError for deep
    // nesting) means the block is not front matter: it stays in the body, as invalid YAML does.
    return { frontMatter: {}, body: text };
  }
  // An empty block is empty front matter, as static site generators read it.
  if (data === null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { frontMatter: {}, body: text };
  }
  const fields = data as Record<string, unknown>;
  return {
    frontMatter: { title: asText(fields.title), notice: asText(fields.notice) },
    body: text.slice(match[0].length).replace(/^\n+/, ''),
  };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}
