import type { Token } from 'marked';
import { splitFrontMatter } from '../markdown/front-matter.ts';
import { findDefinitions } from '../markdown/link-definitions.ts';
import type { MarkdownText } from '../source/source.ts';
import { lexedBlocks, PreparedBlocks } from './block-source.ts';
import type { Document, DocumentText, Section } from './model.ts';
import { DocumentParse } from './parse-steps.ts';

/** The bundled article as read at build time (its blocks apart), and its block tokens. */
export interface PreparedDocument {
  readonly text: Omit<DocumentText, 'blocks'>;
  readonly batches: Token[][];
}

/**
 * Filled in by scripts/build.mjs, so that reading the bundled article lexes
 * nothing and loads neither marked nor yaml. Undefined when the sources run
 * unbundled (unit tests), which read and parse content/article.md instead.
 */
declare const __PREPARED_ARTICLE__: PreparedDocument | undefined;
const preparedArticle: PreparedDocument | undefined =
  typeof __PREPARED_ARTICLE__ === 'undefined' ? undefined : __PREPARED_ARTICLE__;

export function openDocument(source: MarkdownText): DocumentText {
  if (source.bundled && preparedArticle) {
    return { ...preparedArticle.text, blocks: new PreparedBlocks(preparedArticle.batches) };
  }
  const { frontMatter, body, invalidYaml, block } = splitFrontMatter(source.text);
  const { title, notice, ...metadata } = frontMatter;
  const { links, footnotes } = findDefinitions(body);
  return {
    frontMatterTitle: title,
    notice,
    metadata,
    frontMatterBlock: block,
    body,
    links,
    footnotes,
    name: source.name,
    invalidFrontMatter: invalidYaml,
    blocks: lexedBlocks,
  };
}

/** The body's block tokens, a batch at a time: the whole token tree of a big file is never held. */
export function documentBlocks(text: DocumentText): Iterable<Token[]> {
  return text.blocks.batches(text);
}

/** A section's own block tokens, its heading left out. */
export function sectionBlocks(document: DocumentText, section: Section): Token[] {
  return document.blocks.sectionBlocks(document, section);
}

export function parseDocument(source: MarkdownText | DocumentText): Document {
  return new DocumentParse('body' in source ? source : openDocument(source)).whole();
}
