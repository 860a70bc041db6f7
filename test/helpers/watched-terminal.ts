import type { HeadlessTerminal } from '../../scripts/pseudo-terminal.mjs';
import { runInTerminal } from './pty.ts';

export interface WatchedTerminalResult {
  /** Every row of the emulated terminal after exit, scrollback included, trailing spaces and blank tail trimmed. */
  readonly screen: string[];
  /** The same rows as logical lines: a row the terminal soft-wrapped is joined with its continuation. */
  readonly lines: string[];
  /** Everything the program wrote to the terminal, as received. */
  readonly raw: string;
  readonly exitCode: number;
  /**
   * What the program made the terminal do besides printing and colouring
   * text, in the order the terminal's parser met it: `title <text>` for a
   * title change, `bell`, `osc <n>` for an operating system command (8 is a
   * hyperlink, 52 the clipboard), `dcs <final>`, `esc <final>` for an escape
   * sequence such as ESC c (reset), and `csi <final>` for any control
   * sequence but SGR (`m`), such as cursor moves (A–H) and erasing (J, K).
   */
  readonly events: string[];
}

const oscCodes = [0, 1, 2, 4, 7, 8, 9, 10, 11, 12, 50, 51, 52, 104, 110, 111, 112, 133, 777, 1337];
const escFinals = ['c', '7', '8', 'D', 'E', 'H', 'M', 'Z', '=', '>', 'n', 'o', '|', '}', '~'];
/** Final bytes of CSI and DCS sequences: 0x40 to 0x7e. */
const finals = Array.from({ length: 0x7f - 0x40 }, (_, index) => String.fromCharCode(0x40 + index));

/**
 * Runs the built `article` in a pseudo-terminal of `cols` x `rows` with
 * runInTerminal (the same environment: no pager, no colour variables), and
 * also records every terminal action that is not text or
 * colour. The handlers only watch: each returns false, so xterm.js still
 * performs the action and the screen shows its effect.
 */
export async function runInWatchedTerminal(
  args: readonly string[],
  options: { cols?: number; rows?: number; timeout?: number } = {},
): Promise<WatchedTerminalResult> {
  const events: string[] = [];
  const result = await runInTerminal(args, { ...options, watch: (term) => watch(term, events) });
  return { ...result, events };
}

function watch(term: HeadlessTerminal, events: string[]): void {
  term.onTitleChange((title) => events.push(`title ${title}`));
  term.onBell(() => events.push('bell'));
  for (const code of oscCodes) {
    term.parser.registerOscHandler(code, () => {
      events.push(`osc ${code}`);
      return false;
    });
  }
  for (const final of escFinals) {
    term.parser.registerEscHandler({ final }, () => {
      events.push(`esc ${final}`);
      return false;
    });
  }
  for (const final of finals) {
    term.parser.registerDcsHandler({ final }, () => {
      events.push(`dcs ${final}`);
      return false;
    });
    if (final === 'm') continue;
    term.parser.registerCsiHandler({ final }, () => {
      events.push(`csi ${final}`);
      return false;
    });
  }
}
