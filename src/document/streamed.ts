import { chunksOfPieces } from '../markdown/chunks.ts';
import { splitFrontMatterOfPieces } from '../markdown/front-matter.ts';
import { lexChunks } from '../markdown/lex.ts';
import { DefinitionsInChunks } from '../markdown/link-definitions.ts';
import type { TextPieces } from '../source/pieces.ts';
import { type BlockSource, lexedBlocks } from './block-source.ts';
import { groupDetailsInBatches } from './details.ts';
import type { DocumentText } from './model.ts';
import { definesFragment, mayHoldFragmentLink } from './section-links.ts';

/**
 * A big file opened without holding its text: read once, a chunk at a
 * time, for what every chunk needs (its front matter, link and footnote
 * definitions, whether it links to its own sections), then read again as
 * its blocks are printed. Its body is read whole only if something asks for
 * it (printing it as Markdown does).
 */
export function openStreamedDocument(file: TextPieces): DocumentText {
  const { split, body } = splitFrontMatterOfPieces(file.pieces());
  const definitions = new DefinitionsInChunks();
  let fragments = false;
  for (const chunk of chunksOfPieces(body)) {
    definitions.add(chunk.text);
    fragments ||= mayHoldFragmentLink(chunk.text);
  }
  const { links, footnotes } = definitions.finish();
  const { title, notice, ...metadata } = split.frontMatter;
  return {
    frontMatterTitle: title,
    notice,
    metadata,
    frontMatterBlock: split.block,
    get body() {
      return [...bodyOf(file)].join('');
    },
    links,
    footnotes,
    name: file.name,
    invalidFrontMatter: split.invalidYaml,
    blocks: streamedBlocks(file),
    fragmentLinks: fragments || definesFragment(links),
  };
}

function bodyOf(file: TextPieces): Iterable<string> {
  return splitFrontMatterOfPieces(file.pieces()).body;
}

/** The body's blocks lexed as the file is read again; a section's, from its own source. */
function streamedBlocks(file: TextPieces): BlockSource {
  return {
    batches: (text) => groupDetailsInBatches(lexChunks(chunksOfPieces(bodyOf(file)), text.links)),
    sectionBlocks: lexedBlocks.sectionBlocks,
  };
}
