import type { Token } from 'marked';
import type { DocumentText } from './document.ts';

/** The bundled article as parsed at build time: its text and its block tokens, piece by piece. */
export interface PreparedDocument {
  readonly text: DocumentText;
  readonly pieces: Token[][];
}

declare const __PREPARED_ARTICLE__: PreparedDocument | undefined;

/**
 * Filled in by scripts/build.mjs, so that reading the bundled article lexes
 * nothing and loads neither marked nor yaml. Undefined when the sources run
 * unbundled (unit tests), which read and parse content/article.md instead.
 */
export const preparedArticle: PreparedDocument | undefined =
  typeof __PREPARED_ARTICLE__ === 'undefined' ? undefined : __PREPARED_ARTICLE__;
