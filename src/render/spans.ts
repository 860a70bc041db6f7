import type { Tokens } from 'marked';
import { inlineText } from '../document/token-text.ts';
import type { SpanVisitor } from '../document/token-walk.ts';
import { decodeEntities } from '../markdown/entities.ts';
import { htmlText } from '../markdown/html-text.ts';
import { showControls, stripEscapes } from './controls.ts';
import type { Theme } from './theme.ts';

/**
 * How spans look on the terminal: each styled by the theme (plain text with
 * the identity styles), control characters shown, and a link's target after
 * its text unless it is a hyperlink or says the same.
 */
export class TerminalSpans implements SpanVisitor {
  constructor(
    private readonly theme: Theme,
    /** Links as OSC 8 hyperlinks, which show the text and hide the target. */
    private readonly hyperlinks: boolean,
  ) {}

  text(text: string): string {
    return cleanText(text);
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

  checkbox(checked: boolean): string {
    return checked ? '[x] ' : '[ ] ';
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

  link(token: Tokens.Link, text: string): string {
    const { theme } = this;
    const target = cleanUrl(token.href);
    const linkable = this.hyperlinks ? hyperlinkTarget(decodeEntities(token.href)) : undefined;
    if (linkable) return osc8(linkable, theme.link(text));
    // An autolink shows its target already (www.x.org links to http://www.x.org).
    const bare = target.replace(/^(?:mailto:|https?:\/\/)/, '');
    // Compared without colour: a target written as a code span is still the target.
    const shown = theme.colour ? stripEscapes(text) : text;
    if (shown === target || shown === bare) return theme.href(text);
    return `${theme.link(text)} (${theme.href(target)})`;
  }

  image(token: Tokens.Image): string {
    // The alt text is plain text, as CommonMark gives it: no emphasis marks, no escapes.
    const alt = showControls(inlineText(token.tokens ?? []));
    const label = this.theme.image(alt ? `[image: ${alt}]` : '[image]');
    return token.href ? `${label} (${this.theme.href(cleanUrl(token.href))})` : label;
  }
}

/** Text from the document: entities decoded, soft line breaks as spaces, controls shown. */
export function cleanText(text: string): string {
  return showControls(decodeEntities(text).replace(/[\n\t]/g, ' '));
}

/**
 * A target the terminal may open: http, https or mailto, and nothing in it
 * that could end the escape sequence or hide in it (controls, spaces,
 * non-ASCII). Anything else is shown as text, never linked.
 */
export function hyperlinkTarget(href: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)[\x21-\x7e]+$/i.test(href) ? href : undefined;
}

function osc8(target: string, text: string): string {
  return `\u001b]8;;${target}\u001b\\${text}\u001b]8;;\u001b\\`;
}

/** A target with its entities decoded: `&#9;` would be a raw tab, which no width counts. */
function cleanUrl(href: string): string {
  return showControls(decodeEntities(href).replace(/[\n\t]/g, ' '));
}

/** A tag within a line: nothing, or a line break for `<br>` (a comment may span lines: it goes too). */
export function inlineHtml(html: string): string {
  const text = htmlText(html);
  return text === '\n' ? text : cleanText(text);
}
