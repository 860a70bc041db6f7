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

/** How much text a reading in pieces scans at a time, at least. */
const scannedAtOnce = 256 * 1024;

/**
 * scanChunks for a body read in pieces of whole lines (a big file), with the
 * same chunks: the text is scanned a window at a time, and the last chunk a
 * window gives, which may go on in the next, is scanned again with it, from
 * its start, where a chunk lexes as in the whole. A window grows while no
 * chunk ends in it (a long code block), so that nothing is scanned often.
 */
export function* chunksOfPieces(
  pieces: Iterable<string>,
  sizes: ChunkSizes = defaultSizes,
  limit: number = deepestNesting,
  window: number = scannedAtOnce,
): Generator<Chunk> {
  // From the start of a chunk.
  let pending = '';
  let scanAt = window;
  let cut = false;
  for (const piece of pieces) {
    pending += piece;
    if (pending.length < scanAt) continue;
    let last: Chunk | undefined;
    for (const chunk of scanChunks(pending, cut ? laterOnly(sizes) : sizes, limit)) {
      if (last) {
        yield last;
        cut = true;
      }
      last = chunk;
    }
    pending = last?.text ?? '';
    scanAt = Math.max(window, 2 * pending.length);
  }
  if (pending) yield* scanChunks(pending, cut ? laterOnly(sizes) : sizes, limit);
}

/** The sizes after the first chunk. */
function laterOnly(sizes: ChunkSizes): ChunkSizes {
  return { first: sizes.later, later: sizes.later };
}
