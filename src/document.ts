import { decodeHTML } from 'entities';
import GithubSlugger from 'github-slugger';
import { Lexer, type Token, type Tokens } from 'marked';
import { splitFrontMatter } from './front-matter.ts';
import type { Source } from './source.ts';

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
  /** Block tokens of the section's own text, heading and subsections excluded. */
  readonly body: readonly Token[];
  /** Words of the section's own text, heading included, subsections excluded. */
  readonly words: number;
  /** The section's own Markdown source, heading included, subsections excluded. */
  readonly markdown: string;
  readonly subsections: Section[];
}

export interface Document {
  readonly title: string;
  readonly notice: string | undefined;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** Every section in document order, subsections right after their parent. */
  readonly sections: readonly Section[];
}

export const introductionTitle = 'Introduction';

export function parseDocument(source: Source): Document {
  const { frontMatter, body } = splitFrontMatter(source.text);
  const tokens = new Lexer({ gfm: true }).lex(body);
  const titleIndex = frontMatter.title === undefined ? firstTitleHeading(tokens) : -1;
  const titleHeading = titleIndex >= 0 ? (tokens[titleIndex] as Tokens.Heading) : undefined;
  const rest = titleIndex >= 0 ? tokens.filter((_, index) => index !== titleIndex) : tokens;
  return {
    title: frontMatter.title ?? (titleHeading ? inlineText(titleHeading.tokens) : source.name),
    notice: frontMatter.notice,
    body,
    sections: splitSections(rest),
  };
}

function firstTitleHeading(tokens: readonly Token[]): number {
  return tokens.findIndex((token) => token.type === 'heading' && token.depth === 1);
}

interface Draft {
  heading: Tokens.Heading | undefined;
  title: string;
  level: number;
  body: Token[];
  parent: Draft | undefined;
  children: Draft[];
}

/**
 * Splits at the shallowest heading level present; deeper headings open
 * subsections of the nearest shallower one. Text before the first heading
 * becomes the Introduction.
 */
function splitSections(tokens: readonly Token[]): Section[] {
  const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
  const topLevel = Math.min(...headings.map((heading) => heading.depth));
  const roots: Draft[] = [];
  let current: Draft | undefined;
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      let parent = current;
      while (parent && parent.level >= heading.depth) parent = parent.parent;
      if (heading.depth === topLevel) parent = undefined;
      const draft: Draft = {
        heading,
        title: inlineText(heading.tokens),
        level: heading.depth,
        body: [],
        parent,
        children: [],
      };
      (parent ? parent.children : roots).push(draft);
      current = draft;
    } else if (current) {
      current.body.push(token);
    } else if (token.type !== 'space' || roots.length > 0) {
      current = {
        heading: undefined,
        title: introductionTitle,
        level: 0,
        body: [token],
        parent: undefined,
        children: [],
      };
      roots.push(current);
    }
  }
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  const finish = (draft: Draft, number: string, depth: number): Section => {
    const section: Section = {
      number,
      id: slugger.slug(draft.title),
      title: draft.title,
      depth,
      heading: draft.heading,
      body: draft.body,
      words: countWords(
        draft.heading ? `${draft.title} ${blockText(draft.body)}` : blockText(draft.body),
      ),
      markdown: (draft.heading?.raw ?? '') + draft.body.map((token) => token.raw).join(''),
      subsections: [],
    };
    sections.push(section);
    draft.children.forEach((child, index) => {
      section.subsections.push(finish(child, `${number}.${index + 1}`, depth + 1));
    });
    return section;
  };
  for (const [index, draft] of roots.entries()) finish(draft, String(index + 1), 1);
  return sections;
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

/** A word is a run of non-space characters with at least one letter or digit in it. */
export function countWords(text: string): number {
  let count = 0;
  for (const run of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(run)) count++;
  return count;
}

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
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text);
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
      return decodeHTML(token.text.replace(/<[^>]*>/g, ' '));
    case 'image':
      return decodeHTML(token.text);
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
