import { ArticleError } from '../errors.ts';
import { yaml } from '../libraries.ts';
import type { MarkdownText, Source } from '../source/source.ts';
import { baseAddress, resolveAddresses } from './addresses.ts';
import { removeLinkLists, removePageChrome } from './boilerplate.ts';
import { markCaptions } from './captions.ts';
import { cleanHeadings, removeRepeatedTitle } from './headings.ts';
import { articleMetadata, pageMetadata } from './metadata.ts';
import { frontMatterFields, type Metadata, metadataKeys } from './metadata-fields.ts';
import { type Page, parsePage } from './page.ts';
import { pageTitle, readableArticle } from './readable.ts';
import { toMarkdown } from './to-markdown.ts';

export interface ExtractOptions {
  /** The whole page's body, not the article reader mode finds in it (--whole-page). */
  readonly wholePage: boolean;
  /** The article as Readability alone finds it, without this stage's removal of the boxes around it (--whole-article). */
  readonly wholeArticle?: boolean | undefined;
}

/** A page read as Markdown, and whether it is the whole page because no article was found in it. */
export interface Extracted {
  readonly markdown: MarkdownText;
  readonly noArticle: boolean;
}

/**
 * Reader mode: the article of an HTML page as a Markdown document, its title
 * in front matter (a first heading that repeats it is left out), so that the
 * document stage reads it as it reads any Markdown.
 */
export function extractArticle(source: Source, options: ExtractOptions): Extracted {
  try {
    return extract(source, options);
  } catch (error) {
    // The DOM, Readability and turndown all walk the tree recursively.
    if (error instanceof RangeError) {
      throw new ArticleError(`${source.name}: the page nests its elements too deeply to read`);
    }
    throw error;
  }
}

function extract(source: Source, options: ExtractOptions): Extracted {
  const whole = parsePage(source.text);
  // Read before anything changes the page: Readability removes the scripts that hold JSON-LD.
  const fromPage = pageMetadata(whole);
  markCaptions(whole);
  const fallbackTitle = pageTitle(whole);
  const base = baseAddress(whole, source.address);
  const cleaned = !options.wholeArticle;
  const article = options.wholePage
    ? undefined
    : readableArticle(cleaned ? withoutChrome(whole) : whole);
  // Readability changed the page it read: without an article, the whole page is parsed again.
  const content = article ? article.content : parsePage(source.text).body;
  if (article && cleaned) removeLinkLists(article.content);
  if (content && cleaned) cleanHeadings(content);
  if (content) resolveAddresses(content, base);
  const title = article?.title ?? fallbackTitle;
  if (content && cleaned) removeRepeatedTitle(content, title);
  const metadata = articleMetadata(fromPage, article?.metadata, base);
  const body = withoutRepeatedTitle(toMarkdown(content), title);
  if (!body.trim()) throw new ArticleError(`${source.name}: an empty page, no text to read`);
  return {
    markdown: { name: source.name, text: withFrontMatter(title, metadata, body) },
    noArticle: !options.wholePage && article === undefined,
  };
}

function withoutChrome(page: Page): Page {
  removePageChrome(page);
  return page;
}

/**
 * The title and metadata as YAML front matter, under the field names
 * Markdown users' front matter has (`frontMatterFields`), written by the
 * same library that reads them back.
 */
function withFrontMatter(title: string | undefined, metadata: Metadata, body: string): string {
  const fields: Record<string, string> = title === undefined ? {} : { title };
  for (const key of metadataKeys) {
    const value = metadata[key];
    if (value !== undefined) fields[frontMatterFields[key]] = value;
  }
  if (Object.keys(fields).length === 0) return `${body}\n`;
  // One line a field (no folding at 80 columns): each is one line of text.
  return `---\n${yaml().stringify(fields, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** The body without a first heading that says the title again. */
function withoutRepeatedTitle(markdown: string, title: string | undefined): string {
  if (title === undefined) return markdown;
  const first = /^\s*#{1,6} +(.*)\n*/.exec(markdown);
  return first && normalise(first[1] ?? '') === normalise(title)
    ? markdown.slice(first[0].length)
    : markdown;
}

function normalise(text: string): string {
  return text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
}
