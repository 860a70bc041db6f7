/**
 * Control characters from an untrusted document, made visible so that none
 * can reach the terminal raw: C0 as caret notation (ESC is `^[`), DEL as `^?`,
 * C1 and bidirectional overrides as `<U+009B>`. Tab and newline are kept.
 */
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function showControls(text: string): string {
  return text.replace(controls, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return `^${String.fromCharCode(code + 64)}`;
    if (code === 0x7f) return '^?';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * An SGR sequence (colours and attributes), the one kind that styles text:
 * blank lines and line ends are told with it, where a hyperlink would be text.
 */
export const sgrSource = /\u001b\[[0-9;]*m/.source;

/** An OSC 8 hyperlink's opening or closing sequence. */
const osc8Source = /\u001b\]8;;[\x21-\x7e]*(?:\u001b\\|\u0007)/.source;

/**
 * The escape sequences the text format writes: our own SGR sequences and OSC 8
 * hyperlinks, ended by ST or by BEL (wrap-ansi ends the hyperlinks it reopens
 * across line breaks with BEL). The one definition of them: a source for
 * `new RegExp` (no flags, no groups that capture), from which each module
 * builds the variant it needs (`g`, `y`, a capturing group for split) once,
 * at module level.
 */
export const escapeSequenceSource = `(?:${sgrSource}|${osc8Source})`;

const escapeSequences = new RegExp(escapeSequenceSource, 'g');

/** Text without the escape sequences the text format writes (what a terminal would show). */
export function stripEscapes(text: string): string {
  return text.includes('\u001b') ? text.replace(escapeSequences, '') : text;
}

/** Wider on purpose: a sequence we write (captured), or else a lone ESC that starts anything else. */
const escapeOrSequence = new RegExp(`(${escapeSequenceSource})|\\u001b`, 'g');

/**
 * A last guard on rendered output: any escape but a plain SGR or a hyperlink
 * is shown, not sent. (Text from the document had its escapes made visible
 * already; this only catches what a bug would let through.)
 */
export function guardEscapes(text: string): string {
  return text.replace(escapeOrSequence, (whole, ours: string | undefined) => (ours ? whole : '^['));
}

/** Tabs to spaces at stops of four, counted from the start of each line, so that widths can be counted. */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  let lineStart = 0;
  for (const char of text) {
    if (char === '\t') out += ' '.repeat(4 - ((out.length - lineStart) % 4));
    else out += char;
    if (char === '\n') lineStart = out.length;
  }
  return out;
}

/**
 * Control characters shown for a message that must stay on one line (an
 * error naming a file or quoting an argument): newline and tab as well, as
 * `^J` and `^I`. Document text keeps its newlines; messages may not.
 */
export function showControlsInLine(text: string): string {
  return showControls(text).replace(/[\n\t]/g, (char) => (char === '\n' ? '^J' : '^I'));
}
