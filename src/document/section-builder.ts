import GithubSlugger from 'github-slugger';
import type { Token, Tokens } from 'marked';
import { type FootnoteDefinitions, footnoteKey } from '../markdown/footnotes.ts';
import { isInvisibleHtml } from '../markdown/html-text.ts';
import type { BlockSource } from './block-source.ts';
import { footnoteLabels } from './footnote-references.ts';
import { introductionTitle, type Section } from './model.ts';
import { inlineText, tokenText } from './token-text.ts';
import { countWords } from './words.ts';

interface Draft {
  heading: Tokens.Heading | undefined;
  title: string;
  level: number;
  words: number;
  raws: string[];
  /** The keys of the defined footnotes its text refers to, each once, in order of first use. */
  footnotes: string[];
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
 * heading becomes the Introduction. The sections so far can be finished at
 * any time (a document still being parsed), given the shallowest level of
 * the whole, and building goes on.
 */
export class SectionBuilder {
  titleHeading: Tokens.Heading | undefined;
  /** The title heading came right after text of the section, with no blank line between. */
  private breakAfterTitle = false;
  private readonly roots: Draft[] = [];
  private current: Draft | undefined;
  /** The words of each footnote, by key. */
  private readonly noteWords = new Map<string, number>();

  constructor(
    private readonly titleFromHeading: boolean,
    private readonly blocks: BlockSource,
    notes: FootnoteDefinitions,
  ) {
    for (const [key, note] of Object.entries(notes))
      this.noteWords.set(key, countWords(note.tokens.map(tokenText).join(' ')));
  }

  /**
   * When an Introduction comes first, the shallowest level of the headings so
   * far (7: none yet): the numbers hang on the shallowest level of the whole
   * document, which is no deeper. Undefined when the numbers hang on nothing
   * to come (no Introduction first).
   */
  get introductionShallowest(): number | undefined {
    const introduction = this.roots[0];
    if (introduction === undefined || introduction.heading !== undefined) return undefined;
    return Math.min(7, ...introduction.children.map((child) => child.level));
  }

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
        footnotes: [],
        tokens: [],
        parent,
        children: [],
        visible: true,
      };
      (parent ? parent.children : this.roots).push(draft);
      this.current = draft;
      this.referTo(draft, heading);
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
        footnotes: [],
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
    this.referTo(this.current, token);
    this.current.raws.push(token.raw);
    this.current.visible ||= isVisible(token);
    if (this.keepTokens) this.current.tokens.push(token);
  }

  /** The notes a block refers to join its section's, their words too: a note prints under each section that refers to it. */
  private referTo(draft: Draft, token: Token): void {
    if (this.noteWords.size === 0) return;
    for (const label of footnoteLabels(token)) {
      const key = footnoteKey(label);
      const words = this.noteWords.get(key);
      if (words === undefined || draft.footnotes.includes(key)) continue;
      draft.footnotes.push(key);
      draft.words += words;
    }
  }

  /** The sections of the blocks added so far; `shallowest`: the shallowest heading level of the whole document, when more is to come. */
  finish(shallowest?: number): Section[] {
    const slugger = new GithubSlugger();
    const sections: Section[] = [];
    // Footnotes are numbered in order of first use, through sections in document order.
    const numbers = new Map<string, number>();
    const numberOf = (key: string): number => {
      const known = numbers.get(key) ?? numbers.size + 1;
      numbers.set(key, known);
      return known;
    };
    const finish = (draft: Draft, number: string, depth: number): Section => {
      const section: Section = {
        number,
        id: slugger.slug(draft.title),
        title: draft.title,
        depth,
        heading: draft.heading,
        words: draft.words,
        markdown: draft.raws.join(''),
        footnotes: draft.footnotes
          .map((key) => ({ key, number: numberOf(key) }))
          .sort((a, b) => a.number - b.number),
        subsections: [],
      };
      sections.push(section);
      this.blocks.keepSection?.(section, draft.tokens);
      for (const [index, child] of draft.children.entries()) {
        section.subsections.push(finish(child, `${number}.${index + 1}`, depth + 1));
      }
      return section;
    };
    for (const [index, draft] of topLevel(this.roots, shallowest).entries())
      finish(draft, String(index + 1), 1);
    return sections;
  }
}

/**
 * While reading, the Introduction (level 0) adopts every heading that follows
 * it. Once the shallowest level is known, the headings at that level and
 * their subsections leave it for the top; deeper headings that came before
 * the first of them stay as its subsections. The drafts are left as they
 * are: a document still being parsed is finished again later.
 */
function topLevel(roots: Draft[], given: number | undefined): Draft[] {
  const introduction = roots[0];
  if (!introduction || introduction.heading) return roots;
  const levels = (draft: Draft): number[] => [draft.level, ...draft.children.flatMap(levels)];
  const shallowest = given ?? Math.min(...introduction.children.flatMap(levels));
  const lifted = introduction.children.filter((child) => child.level === shallowest);
  const children = introduction.children.filter((child) => child.level !== shallowest);
  const kept = introduction.visible || children.length > 0 ? [{ ...introduction, children }] : [];
  return [...kept, ...lifted, ...roots.slice(1)];
}

/** Blocks that show nothing: blank lines, link definitions, HTML of comments and empty tags. */
function isVisible(token: Token): boolean {
  if (token.type === 'space' || token.type === 'def') return false;
  return token.type !== 'html' || !isInvisibleHtml(token.text);
}
