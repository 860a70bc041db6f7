import { BlockScan, type ChunkSizes, deepestNesting, type Run } from './block-scan.ts';

/**
 * Small chunks keep little alive at a time: larger ones peak higher and take
 * longer on a big document (the README's performance section has figures).
 */
export const defaultSizes: ChunkSizes = { first: 8 * 1024, later: 16 * 1024 };

/** A chunk of a document's source, with its blocks nested too deeply for marked (relative to the chunk). */
export interface Chunk {
  readonly text: string;
  readonly deep: Run[] | undefined;
}

/**
 * Cuts Markdown into chunks that the lexer reads alone exactly as it reads
 * them in the whole, so that a big document is lexed, rendered and written a
 * chunk at a time; where the cuts go is the block scan's rule (block-scan.ts).
 * The same scan finds each chunk's blocks nested past `limit`.
 */
export function* scanChunks(
  body: string,
  sizes: ChunkSizes = defaultSizes,
  limit: number = deepestNesting,
): Generator<Chunk> {
  const scan = new BlockScan(body, limit, sizes);
  let start = 0;
  let deep: Run[] | undefined;
  while (scan.next()) {
    if (scan.startsChunk) {
      yield { text: body.slice(start, scan.start), deep };
      start = scan.start;
      deep = undefined;
    }
    if (scan.deep) {
      deep ??= [];
      deep.push([scan.start - start, scan.end - start]);
    }
  }
  if (start < body.length) yield { text: body.slice(start), deep };
}

/** The chunks' text alone. */
export function* markdownChunks(body: string, sizes: ChunkSizes = defaultSizes): Generator<string> {
  for (const chunk of scanChunks(body, sizes)) yield chunk.text;
}

/**
 * Every place the body may be cut (the chunks at their smallest), in order,
 * 0 first: the text from one of them lexes as it does in the whole, whatever
 * fence or raw HTML block came before.
 */
export function cutPoints(body: string): number[] {
  const scan = new BlockScan(body, deepestNesting, { first: 1, later: 1 });
  const cuts = [0];
  while (scan.next()) if (scan.startsChunk) cuts.push(scan.start);
  return cuts;
}
