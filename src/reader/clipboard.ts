/**
 * Copying through the terminal: OSC 52 (`ESC ] 52 ; c ; <base64> BEL`) asks
 * the terminal to put the text on the system clipboard, which works over ssh
 * too. The sequence is plain, not wrapped for tmux, as neovim writes it:
 * inside tmux it reaches the clipboard when tmux allows it (`set -g
 * set-clipboard on`).
 */

/**
 * The most base64 one sequence carries. Terminals drop longer ones, some
 * without a word (xterm and others stop near 100 000 bytes), so a text over
 * it is not sent at all rather than cut.
 */
export const clipboardLimit = 100_000;

/** The base64 of the text's UTF-8 bytes, which is what OSC 52 carries. */
function base64Of(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Whether the text fits in one sequence. */
export function fitsClipboard(text: string): boolean {
  // Four base64 characters for every three bytes, the last group padded.
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4 <= clipboardLimit;
}

/** The most UTF-8 bytes of text that fit in one sequence. */
export const clipboardBytes = (clipboardLimit / 4) * 3;

/** The sequence that puts the text on the clipboard; undefined when it does not fit. */
export function osc52(text: string): string | undefined {
  if (!fitsClipboard(text)) return undefined;
  return `\u001b]52;c;${base64Of(text)}\u0007`;
}
