import type { Tokens } from 'marked';
import type { Section } from '../document/model.ts';
import { inlineText } from '../document/token-text.ts';
import type { SpanVisitor } from '../document/token-walk.ts';
import { decodeEntities } from '../markdown/entities.ts';
import type { FootnoteReference } from '../markdown/footnotes.ts';
import { htmlText } from '../markdown/html-text.ts';
import { hyperlink, isOwnAddress, shownAddress } from './addresses.ts';
import { showControls, stripEscapes } from './controls.ts';
import type { LinkMode } from './display.ts';
import { replaceShortcodes } from './emoji-shortcodes.ts';
import { Footnotes, footnoteMark } from './footnotes.ts';
import { linkedSection, sectionPlace } from './heading-links.ts';
import { markLink } from './link-marks.ts';
import { References, referenceMark } from './references.ts';
import type { Theme } from './theme.ts';

/** How links and images print, and where the numbers of numbered links come from. */
export interface LinkOptions {
  readonly mode: LinkMode;
  /** Links as OSC 8 hyperlinks, which make their text clickable (http, https and mailto only). */
  readonly hyperlinks: boolean;
  /** Numbered links: the numbers, and the addresses to list under the section. */
  readonly references: References;
  /** How a number is marked after its link's text. */
  readonly mark: (number: number) => string;
  /** The notes that footnote references name, and their numbers (none unless given). */
  readonly footnotes: Footnotes;
  /** The document's sections by id: a link to one (`#id`) says where it leads (none unless given). */
  readonly headings: ReadonlyMap<string, Section>;
  /** Where the reader collects the addresses of links, each link's text marked with its number there (link-marks.ts). */
  readonly targets: string[] | undefined;
}

/**
 * How spans look on the terminal: each styled by the theme (plain text with
 * the identity styles), control characters shown, and a link's address
 * after its text, as a number or not at all (`LinkOptions.mode`); never
 * twice where the text says it already.
 */
export class TerminalSpans implements SpanVisitor {
  private readonly links: LinkOptions;

  constructor(
    private readonly theme: Theme,
    links: Partial<LinkOptions> = {},
  ) {
    this.links = {
      mode: links.mode ?? 'inline',
      hyperlinks: links.hyperlinks ?? false,
      references: links.references ?? new References(),
      mark: links.mark ?? ((number) => referenceMark(number, theme)),
      footnotes: links.footnotes ?? new Footnotes(),
      headings: links.headings ?? new Map(),
      targets: links.targets,
    };
  }

  /** Text, with GitHub's emoji shortcodes as their emoji: replaced here, in what is shown, so that the Markdown format keeps them. */
  text(text: string): string {
    return replaceShortcodes(cleanText(text));
  }

  escape(text: string): string {
    return cleanText(text);
  }

  codespan(text: string): string {
    return this.theme.codespan(showControls(text.replace(/[\n\t]/g, ' ')));
  }

  br(): string {
    return '\n';
  }

  /** A task list's box as GitHub draws it (both one cell wide: string-width and terminals agree). */
  checkbox(checked: boolean): string {
    return checked ? '☑ ' : '☐ ';
  }

  html(html: string): string {
    return inlineHtml(html);
  }

  strong(inner: string): string {
    return this.theme.strong(inner);
  }

  em(inner: string): string {
    return this.theme.em(inner);
  }

  del(inner: string): string {
    return this.theme.del(inner);
  }

  group(inner: string): string {
    return inner;
  }

  link(token: Tokens.Link, shown: string): string {
    const { theme, links } = this;
    const text = addressAsWritten(token) ?? shown;
    const styled = theme.link(text);
    const clickable = links.hyperlinks ? hyperlink(token.href, styled) : styled;
    const linked = clickable !== styled;
    const marked = (shown: string) => this.marked(token.href, shown);
    // Compared without colour: an address written as a code span is still the address.
    if (isOwnAddress(theme.colour ? stripEscapes(text) : text, token.href))
      return marked(linked ? clickable : theme.href(text));
    // A link to a section of this document says which: `(→ 3 The cast)`, not its id.
    const section = linkedSection(token.href, links.headings);
    const place = section && sectionPlace(section);
    switch (links.mode) {
      case 'none':
        return marked(clickable);
      case 'numbered':
        return marked(clickable) + links.mark(links.references.add(token.href, place));
      case 'inline':
        return linked
          ? marked(clickable)
          : `${marked(styled)} (${theme.href(place ?? shownAddress(token.href))})`;
    }
  }

  /** A link's text, marked for the reader when it collects targets. */
  private marked(href: string, shown: string): string {
    const { targets } = this.links;
    if (!targets) return shown;
    targets.push(href);
    return markLink(targets.length - 1, shown);
  }

  footnoteReference(token: FootnoteReference): string {
    const number = this.links.footnotes.refer(token.label);
    return number === undefined ? cleanText(token.raw) : footnoteMark(number, this.theme);
  }

  image(token: Tokens.Image): string {
    const { mode } = this.links;
    if (mode === 'none') return '';
    // The alt text is plain text, as CommonMark gives it: no emphasis marks, no escapes.
    const alt = showControls(inlineText(token.tokens ?? []));
    const label = this.theme.image(alt ? `[image: ${alt}]` : '[image]');
    if (!token.href) return label;
    if (mode === 'numbered') return label + this.links.mark(this.links.references.add(token.href));
    return `${label} (${this.theme.href(shownAddress(token.href))})`;
  }
}

/**
 * An address that is its link's own text (`<https://x.org/:tada:>`) as
 * written: what looks like a shortcode in it is part of the address.
 */
function addressAsWritten(token: Tokens.Link): string | undefined {
  const [only, ...others] = token.tokens ?? [];
  if (only?.type !== 'text' || others.length > 0) return undefined;
  const text = cleanText(only.text);
  return isOwnAddress(text, token.href) ? text : undefined;
}

/** Text from the document: entities decoded, soft line breaks as spaces, controls shown. */
export function cleanText(text: string): string {
  return showControls(decodeEntities(text).replace(/[\n\t]/g, ' '));
}

/** A tag within a line: nothing, or a line break for `<br>` (a comment may span lines: it goes too). */
export function inlineHtml(html: string): string {
  const text = htmlText(html);
  return text === '\n' ? text : cleanText(text);
}
