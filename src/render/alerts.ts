import type { Token, Tokens } from 'marked';
import type { Role } from './theme.ts';

/** GitHub's five kinds of alert, in the order its documentation lists them. */
export const alertKinds = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertKind = (typeof alertKinds)[number];

/** How each kind shows: its label, a symbol one cell wide in every terminal, and its theme role. */
export const alertLooks: Readonly<
  Record<AlertKind, { readonly label: string; readonly symbol: string; readonly role: Role }>
> = {
  note: { label: 'Note', symbol: 'ℹ', role: 'alertNote' },
  tip: { label: 'Tip', symbol: '✦', role: 'alertTip' },
  important: { label: 'Important', symbol: '❢', role: 'alertImportant' },
  warning: { label: 'Warning', symbol: '⚠', role: 'alertWarning' },
  caution: { label: 'Caution', symbol: '✖', role: 'alertCaution' },
};

/** An alert's label as printed above its text: symbol and name. */
export function alertLabelText(kind: AlertKind): string {
  const { symbol, label } = alertLooks[kind];
  return `${symbol} ${label}`;
}

/** A quote that GitHub shows as an alert: its kind, and its blocks without the marker. */
export interface Alert {
  readonly kind: AlertKind;
  readonly tokens: readonly Token[];
}

/** The marker alone on the first line (spaces after it, or a hard break, allowed), in any case. */
const marker = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/**
 * The alert a quote is, if it is one. Found in the quote's tokens rather than
 * by a marked extension: the bundled article's tokens are prepared at build
 * time and printing never loads marked, and `--format markdown` keeps the
 * quote as written anyway. As on GitHub, a marker with text after it on its
 * line, an unknown kind, or a marker with nothing under it leaves an ordinary quote.
 */
export function alertOf(quote: Tokens.Blockquote): Alert | undefined {
  const [first, ...rest] = quote.tokens;
  if (first?.type !== 'paragraph') return undefined;
  const paragraph = first as Tokens.Paragraph;
  const found = marker.exec(paragraph.text);
  const [start, ...spans] = paragraph.tokens;
  if (!found || start?.type !== 'text' || !marker.test(start.text)) return undefined;
  const kind = (found[1] ?? '').toLowerCase() as AlertKind;
  const remaining = withoutMarker(start as Tokens.Text, spans);
  const tokens = remaining.length
    ? [{ ...paragraph, text: paragraph.text.slice(found[0].length), tokens: remaining }, ...rest]
    : rest;
  return tokens.some((token) => token.type !== 'space') ? { kind, tokens } : undefined;
}

/** A paragraph's spans after the marker's line: the rest of its first text run, less a hard break. */
function withoutMarker(start: Tokens.Text, spans: readonly Token[]): Token[] {
  const text = start.text.replace(marker, '');
  const after = text ? [{ ...start, raw: text, text } as Token] : [];
  const following = !text && spans[0]?.type === 'br' ? spans.slice(1) : spans;
  return [...after, ...following];
}
