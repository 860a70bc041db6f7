import type TurndownService from 'turndown';
import { turndown, turndownGfm } from '../libraries.ts';
import type { Page } from './page.ts';

/** Elements that show nothing a reader wants in the terminal, say what only a browser reads, or would run or load something. */
const dropped = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'form',
  'button',
  'select',
  'textarea',
  'input',
]);

let service: TurndownService | undefined;

/**
 * The converter, made on first use: turndown with GitHub's tables,
 * strike-through and task lists; ATX headings and fenced code (turndown keeps
 * the language of `class="language-x"`), as the rest of the program writes
 * Markdown.
 */
function converter(): TurndownService {
  if (service) return service;
  const Turndown = turndown();
  service = new Turndown({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  service.use(turndownGfm().gfm);
  service.remove((node) => dropped.has(node.nodeName.toLowerCase()));
  service.addRule('caption', { filter: 'figcaption', replacement: captionBlock });
  return service;
}

/**
 * A caption as an HTML block of its own, `<figcaption>`, its text only: shown
 * as text, it stays a caption in the Markdown, where rendering can tell it
 * from the article's own paragraphs (text for other tools leaves it out with
 * the images it describes).
 */
function captionBlock(_content: string, node: TurndownService.Node): string {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return '';
  return `\n\n<figcaption>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</figcaption>\n\n`;
}

/** An element of a page, and what it holds, as Markdown. */
export function toMarkdown(element: ReturnType<Page['querySelector']> | Element): string {
  if (!element) return '';
  return converter().turndown(element as unknown as TurndownService.Node);
}
