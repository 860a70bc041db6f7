import type { Token, Tokens } from 'marked';
import { decodeEntities } from '../markdown/entities.ts';
import { htmlText } from '../markdown/html-text.ts';

/**
 * A `<details>` block as GitHub shows it: a summary line that opens to the
 * blocks inside. marked gives the tags as HTML blocks around ordinary tokens
 * (`<details>\n<summary>…</summary>` then the Markdown, then `</details>`),
 * or one HTML block holding them all; grouping makes them one token.
 */
export interface DetailsToken {
  readonly type: 'details';
  /** The source of the whole block, tags included: sections are made of raws. */
  raw: string;
  /** The summary's HTML as written, or undefined when there is none (GitHub then says "Details"). */
  readonly summary: string | undefined;
  /** Written `<details open>`: shown unfolded to start with. */
  readonly open: boolean;
  readonly tokens: Token[];
}

/**
 * Source held while a block stays open before it is given up as unclosed:
 * a document's token tree is never held whole (a `<details>` left open at
 * the top of a big file would hold it all). Past this much, the block ends
 * where it got to and a later `</details>` is dropped.
 */
const mostHeld = 256 * 1024;

/** The tags that matter here; comments are matched so that a tag inside one stays text. */
const parts =
  /<!--[\s\S]*?(?:-->|$)|<details(?=[\s>/])[^>]*>|<\/details\s*>|<summary(?=[\s>/])[^>]*>([\s\S]*?)(?:<\/summary\s*>|$)/gi;
const detailsTag = /<\/?details[\s>/]/i;

interface Frame {
  readonly open: boolean;
  summary: string | undefined;
  raw: string;
  readonly tokens: Token[];
}

/**
 * Groups details blocks a batch of block tokens at a time, as the lexer gives
 * them: a block that runs on into the next batch is held until it closes, so
 * that the batches given out hold whole blocks only.
 */
export class DetailsGrouper {
  private readonly frames: Frame[] = [];
  private root: Token[] = [];

  /** The whole blocks of a batch so far: those before a block still open, and blocks closed in it. */
  add(tokens: readonly Token[]): Token[] {
    for (const token of tokens) this.token(token);
    if (this.held() > mostHeld) this.closeAll();
    return this.take();
  }

  /** What is left at the end of the document: blocks left open end there, as in a browser. */
  finish(): Token[] {
    this.closeAll();
    return this.take();
  }

  private take(): Token[] {
    const tokens = this.root;
    this.root = [];
    return tokens;
  }

  private token(token: Token): void {
    if (token.type === 'html' && detailsTag.test(token.raw)) this.html(token as Tokens.HTML);
    else this.push(withinContainers(token));
  }

  /** An HTML block cut at its details and summary tags, each piece placed where it belongs. */
  private html(token: Tokens.HTML): void {
    const raw = token.raw;
    let at = 0;
    for (const found of raw.matchAll(parts)) {
      const tag = found[0];
      if (tag.startsWith('<!--')) continue;
      this.text(raw.slice(at, found.index));
      at = found.index + tag.length;
      const frame = this.frames.at(-1);
      if (/^<details/i.test(tag)) {
        this.frames.push({
          open: /\sopen(?:[\s=/>])/i.test(tag),
          summary: undefined,
          raw: tag,
          tokens: [],
        });
      } else if (/^<\/details/i.test(tag)) {
        if (frame) this.close(tag);
        else this.text(tag);
      } else if (frame && frame.summary === undefined) {
        frame.summary = found[1] ?? '';
        frame.raw += tag;
      } else this.text(tag);
    }
    this.text(raw.slice(at));
  }

  /** HTML between the tags: blank, it keeps its place in the source; else it shows as raw HTML does. */
  private text(raw: string): void {
    if (!raw) return;
    if (!raw.trim()) this.push({ type: 'space', raw });
    else this.push({ type: 'html', block: true, pre: false, raw, text: raw });
  }

  private push(token: Token): void {
    const frame = this.frames.at(-1);
    if (!frame) {
      this.root.push(token);
      return;
    }
    frame.tokens.push(token);
    frame.raw += token.raw;
  }

  private close(tag: string): void {
    const frame = this.frames.pop() as Frame;
    frame.raw += tag;
    const details: DetailsToken = {
      type: 'details',
      raw: frame.raw,
      summary: frame.summary,
      open: frame.open,
      tokens: frame.tokens,
    };
    this.push(details as unknown as Token);
  }

  private closeAll(): void {
    while (this.frames.length > 0) this.close('');
  }

  private held(): number {
    return this.frames[0]?.raw.length ?? 0;
  }
}

/** Block tokens with their details blocks grouped, the blocks inside list items and quotes too. */
export function groupDetails(tokens: readonly Token[]): Token[] {
  const grouper = new DetailsGrouper();
  return [...grouper.add(tokens), ...grouper.finish()];
}

/** Batches of block tokens with their details blocks grouped: a block is never cut between batches. */
export function* groupDetailsInBatches(batches: Iterable<Token[]>): Generator<Token[]> {
  const grouper = new DetailsGrouper();
  for (const batch of batches) {
    const tokens = grouper.add(batch);
    if (tokens.length > 0) yield tokens;
  }
  const rest = grouper.finish();
  if (rest.length > 0) yield rest;
}

/** A list or a quote with details blocks grouped in what it holds; other tokens as they are. */
function withinContainers(token: Token): Token {
  if ((token.type !== 'blockquote' && token.type !== 'list') || !detailsTag.test(token.raw))
    return token;
  if (token.type === 'blockquote') {
    const quote = token as Tokens.Blockquote;
    quote.tokens = groupDetails(quote.tokens);
  } else if (token.type === 'list') {
    for (const item of (token as Tokens.List).items) item.tokens = groupDetails(item.tokens);
  }
  return token;
}

/** Whether a token is a grouped details block. */
export function isDetails(token: Token): token is Token & DetailsToken {
  return token.type === 'details';
}

/** What GitHub shows when a block has no summary, or an empty one. */
export const defaultSummary = 'Details';

/** The summary's words on one line, tags gone and entities decoded (control characters as they are). */
export function summaryText(token: DetailsToken): string {
  const text = decodeEntities(htmlText(token.summary ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text || defaultSummary;
}
