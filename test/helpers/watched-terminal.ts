import { spawn } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { articleBin, root, testCacheHome } from './run.ts';

// @xterm/headless is CommonJS: its classes hang off the default export.
const { Terminal } = xterm;

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
 * Runs the built `article` in a pseudo-terminal of `cols` x `rows`, as
 * runInTerminal in pty.ts does (the same environment: no pager, no colour
 * variables), and also records every terminal action that is not text or
 * colour. The handlers only watch: each returns false, so xterm.js still
 * performs the action and the screen shows its effect.
 */
export async function runInWatchedTerminal(
  args: readonly string[],
  options: { cols?: number; rows?: number; timeout?: number } = {},
): Promise<WatchedTerminalResult> {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const timeout = options.timeout ?? 20_000;
  const term = new Terminal({ cols, rows, scrollback: 5000, allowProposedApi: true });
  const events: string[] = [];
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
  const child = spawn(process.execPath, [articleBin, ...args], {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      XDG_CACHE_HOME: testCacheHome,
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      ARTICLE_PAGER: '',
    },
  });
  let raw = '';
  let written: Promise<void> = Promise.resolve();
  child.onData((data) => {
    raw += data;
    written = new Promise((resolve) => term.write(data, resolve));
  });
  const exitCode = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`article ${args.join(' ')} did not exit within ${timeout} ms`));
    }, timeout);
    child.onExit(({ exitCode }) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  await written;
  await new Promise<void>((resolve) => term.write('', resolve));
  const buffer = term.buffer.active;
  const screen: string[] = [];
  const logical: string[] = [];
  for (let i = 0; i < buffer.length; i++) {
    const line = buffer.getLine(i);
    if (!line) continue;
    screen.push(line.translateToString(true));
    const row = line.translateToString(false);
    if (line.isWrapped && logical.length > 0) logical.push(`${logical.pop()}${row}`);
    else logical.push(row);
  }
  term.dispose();
  const lines = logical.map((text) => text.trimEnd());
  while (screen.length > 0 && screen.at(-1) === '') screen.pop();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return { screen, lines, raw, exitCode, events };
}
