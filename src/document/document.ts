import GithubSlugger from 'github-slugger';
import type { Links, Token, Tokens } from 'marked';
import { decodeEntities } from '../libraries.ts';
import { type InvalidYaml, splitFrontMatter } from '../markdown/front-matter.ts';
import { htmlText, isInvisibleHtml } from '../markdown/html-text.ts';

import { findLinkDefinitions } from '../markdown/link-definitions.ts';
import type { Source } from '../source/source.ts';
import { type BlockSource, lexedBlocks, PreparedBlocks } from './block-source.ts';

export const wordsPerMinute = 230;

export interface Section {
  /** "2", "2.1", "2.1.3". */
  readonly number: string;
  /** GitHub-compatible anchor slug of the title, unique in the document. */
  readonly id: string;
  readonly title: string;
  /** 1 for a top-level section. */
  readonly depth: number;
  /** The heading token, or undefined for the Introduction. */
  readonly heading: Tokens.Heading | undefined;
  /** Words of the section's own text, heading included, subsections excluded. */
  readonly words: number;
  /** The section's own Markdown source, heading included, subsections excluded. */
  readonly markdown: string;
  readonly subsections: Section[];
}

/** A document as read: enough to print it whole, a piece at a time, without finding its sections. */
export interface DocumentText {
  /** The title from front matter, if any. */
  readonly frontMatterTitle: string | undefined;
  readonly notice: string | undefined;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** Link reference definitions of the whole body, for pieces lexed on their own. */
  readonly links: Links;
  readonly name: string;
  /** A front matter block that is not valid YAML, shown as text: printing warns of it. */
  readonly invalidFrontMatter?: InvalidYaml | undefined;
  /** Where its block tokens come from. */
  readonly blocks: BlockSource;
}

export interface Document extends DocumentText {
  readonly title: string;
  /** The first `#` heading when it gave the title (it then belongs to no section). */
  readonly titleHeading: Tokens.Heading | undefined;
  /** Every section in document order, subsections right after their parent. */
  readonly sections: readonly Section[];
}

export const introductionTitle = 'Introduction';

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

export function openDocument(source: Source): DocumentText {
  if (source.bundled && preparedArticle) {
    return { ...preparedArticle.text, blocks: new PreparedBlocks(preparedArticle.batches) };
  }
  const { frontMatter, body, invalidYaml } = splitFrontMatter(source.text);
  return {
    frontMatterTitle: frontMatter.title,
    notice: frontMatter.notice,
    body,
    links: findLinkDefinitions(body),
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

export function parseDocument(source: Source | DocumentText): Document {
  const text = 'body' in source ? source : openDocument(source);
  const builder = new SectionBuilder(text.frontMatterTitle === undefined, text.blocks);
  for (const tokens of documentBlocks(text)) for (const token of tokens) builder.add(token);
  return {
    ...text,
    title:
      text.frontMatterTitle ??
      (builder.titleHeading ? inlineText(builder.titleHeading.tokens) : text.name),
    titleHeading: builder.titleHeading,
    sections: builder.finish(),
  };
}

interface Draft {
  heading: Tokens.Heading | undefined;
  title: string;
  level: number;
  words: number;
  raws: string[];
  /** Kept only for block sources that keep them (prepared documents, which are small). */
  tokens: Token[];
  parent: Draft | undefined;
  children: Draft[];
  /** Something a reader sees: an Introduction of comments and link definitions alone is no section. */
  visible: boolean;
}

/**
 * Builds sections from block tokens as they come, keeping only headings and
 * counts. The split is at the shallowest heading level present, which is
 * known only at the end, so headings are nested by level here and the
 * shallowest level becomes the top when finishing. Text before the first
 * heading becomes the Introduction.
 */
class SectionBuilder {
  titleHeading: Tokens.Heading | undefined;
  /** The title heading came right after text of the section, with no blank line between. */
  private breakAfterTitle = false;
  private readonly roots: Draft[] = [];
  private current: Draft | undefined;

  constructor(
    private readonly titleFromHeading: boolean,
    private readonly blocks: BlockSource,
  ) {}

  private get keepTokens(): boolean {
    return this.blocks.keepSection !== undefined;
  }

  add(token: Token): void {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (this.titleFromHeading && this.titleHeading === undefined && heading.depth === 1) {
        this.titleHeading = heading;
        // Text before the title and after it make one section, lexed again from its raws.
        const last = this.current?.raws.at(-1);
        this.breakAfterTitle = last !== undefined && last.trim() !== '' && !last.endsWith('\n\n');
        return;
      }
      this.breakAfterTitle = false;
      let parent = this.current;
      while (parent && parent.level >= heading.depth) parent = parent.parent;
      const title = inlineText(heading.tokens);
      const draft: Draft = {
        heading,
        title,
        level: heading.depth,
        words: countWords(title),
        raws: [heading.raw],
        tokens: [],
        parent,
        children: [],
        visible: true,
      };
      (parent ? parent.children : this.roots).push(draft);
      this.current = draft;
      return;
    }
    if (!this.current) {
      if (token.type === 'space') return;
      this.current = {
        heading: undefined,
        title: introductionTitle,
        level: 0,
        words: 0,
        raws: [],
        tokens: [],
        parent: undefined,
        children: [],
        visible: false,
      };
      this.roots.push(this.current);
    }
    if (this.breakAfterTitle) {
      // Without the heading between them, a blank line keeps a paragraph from running on into the next.
      if (token.type !== 'space')
        this.current.raws.push(this.current.raws.at(-1)?.endsWith('\n') ? '\n' : '\n\n');
      this.breakAfterTitle = false;
    }
    this.current.words += countWords(tokenText(token));
    this.current.raws.push(token.raw);
    this.current.visible ||= isVisible(token);
    if (this.keepTokens) this.current.tokens.push(token);
  }

  finish(): Section[] {
    const slugger = new GithubSlugger();
    const sections: Section[] = [];
    const finish = (draft: Draft, number: string, depth: number): Section => {
      const section: Section = {
        number,
        id: slugger.slug(draft.title),
        title: draft.title,
        depth,
        heading: draft.heading,
        words: draft.words,
        markdown: draft.raws.join(''),
        subsections: [],
      };
      sections.push(section);
      this.blocks.keepSection?.(section, draft.tokens);
      for (const [index, child] of draft.children.entries()) {
        section.subsections.push(finish(child, `${number}.${index + 1}`, depth + 1));
      }
      return section;
    };
    for (const [index, draft] of topLevel(this.roots).entries())
      finish(draft, String(index + 1), 1);
    return sections;
  }
}

/**
 * While reading, the Introduction (level 0) adopts every heading that follows
 * it. Once the shallowest level is known, the headings at that level and
 * their subsections leave it for the top; deeper headings that came before
 * the first of them stay as its subsections.
 */
function topLevel(roots: Draft[]): Draft[] {
  const introduction = roots[0];
  if (!introduction || introduction.heading) return roots;
  const levels = (draft: Draft): number[] => [draft.level, ...draft.children.flatMap(levels)];
  const shallowest = Math.min(...introduction.children.flatMap(levels));
  const lifted = introduction.children.filter((child) => child.level === shallowest);
  introduction.children = introduction.children.filter((child) => child.level !== shallowest);
  const kept = introduction.visible || introduction.children.length > 0 ? [introduction] : [];
  return [...kept, ...lifted, ...roots.slice(1)];
}

/** Blocks that show nothing: blank lines, link definitions, HTML of comments and empty tags. */
function isVisible(token: Token): boolean {
  if (token.type === 'space' || token.type === 'def') return false;
  return token.type !== 'html' || !isInvisibleHtml(token.text);
}

/** The section and all its subsections, in document order. */
export function withSubsections(section: Section): Section[] {
  return [section, ...section.subsections.flatMap(withSubsections)];
}

export function minutesFor(words: number): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** Reading time of the section with its subsections. */
export function sectionMinutes(section: Section): number {
  return minutesFor(totalWords(withSubsections(section)));
}

export function totalWords(sections: readonly Section[]): number {
  return sections.reduce((sum, section) => sum + section.words, 0);
}

/**
 * A word is a run of non-space characters with at least one letter or digit
 * in it. Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between
 * words: a run in those scripts counts the words Intl.Segmenter finds in it
 * (ICU's dictionaries: 中文段落 is 中文 and 段落).
 */
export function countWords(text: string): number {
  // Most text holds no such run and never creates the segmenter (about 7 ms).
  const spaceless = withoutSpaces.test(text);
  let count = 0;
  for (const run of text.split(/\s+/)) {
    if (!hasLetterOrDigit(run)) continue;
    if (!spaceless || !withoutSpaces.test(run)) {
      count++;
      continue;
    }
    wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
    for (const segment of wordSegmenter.segment(run)) if (segment.isWordLike) count++;
  }
  return count;
}

/**
 * A run of text is a word when it holds a letter or a digit of any script.
 * ASCII is tried first: the Unicode property expression costs 0.6 ms to
 * compile on first use, a tenth of article's start-up, and English text
 * never needs it.
 */
function hasLetterOrDigit(run: string): boolean {
  return /[A-Za-z0-9]/.test(run) || (/[^\x00-\x7f]/.test(run) && /[\p{L}\p{N}]/u.test(run));
}

/**
 * Scripts written without spaces between words, by Unicode block: Thai, Lao,
 * Myanmar, Khmer, kana and CJK ideographs (with those beyond the BMP). Ranges,
 * not script properties, which take 0.2 ms to compile.
 */
const withoutSpaces =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{3ffff}]/u;
let wordSegmenter: Intl.Segmenter | undefined;

/** The readable text of inline tokens, with entities decoded, for titles and word counts. */
export function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(tokenText).join('').replace(/\s+/g, ' ').trim();
}

function blockText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join(' ');
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'text':
      return 'tokens' in token && token.tokens
        ? inlineText(token.tokens)
        : decodeEntities(token.text);
    case 'paragraph':
    case 'heading':
    case 'strong':
    case 'em':
    case 'del':
    case 'link':
      // Inline children join without spaces: **bold**text is one word, as it is shown.
      return inlineText(token.tokens);
    case 'escape':
    case 'codespan':
    case 'code':
      return token.text;
    case 'html':
      // Counted as it is shown.
      return decodeEntities(htmlText(token.text));
    case 'image':
      return inlineText(token.tokens);
    case 'list':
      return (token as Tokens.List).items.map((item) => blockText(item.tokens)).join(' ');
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows]
        .flat()
        .map((cell) => inlineText(cell.tokens))
        .join(' ');
    }
    case 'space':
    case 'hr':
    case 'def':
    case 'br':
    case 'checkbox':
      return ' ';
    default:
      return 'tokens' in token && token.tokens ? blockText(token.tokens) : '';
  }
}
