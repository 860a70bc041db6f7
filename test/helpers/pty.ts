import { rmSync } from 'node:fs';
import { type HeadlessTerminal, PseudoTerminal } from '../../scripts/pseudo-terminal.mjs';
import { articleBin, freshStateHome, root, testEnvironment } from './run.ts';

export interface TerminalResult {
  /**
   * Every line of the emulated terminal after exit, scrollback included, one
   * entry per terminal row, trailing spaces trimmed; blank rows after the last
   * line of output (the unused part of the screen) are left out.
   */
  readonly screen: string[];
  /**
   * The same text as logical lines: a row that the terminal soft-wrapped onto
   * the next because it was wider than the screen is joined with its
   * continuation, so an overlong line shows up here as a line wider than `cols`.
   */
  readonly lines: string[];
  /** Everything the program wrote to the terminal, as received. */
  readonly raw: string;
  readonly exitCode: number;
}

export interface TerminalOptions {
  readonly cols?: number;
  readonly rows?: number;
  readonly env?: Record<string, string>;
  /** Milliseconds before the program is killed and the promise rejected. */
  readonly timeout?: number;
  /** Called with the emulated terminal before the program starts, to watch what it does. */
  readonly watch?: (terminal: HeadlessTerminal) => void;
}

/**
 * Runs the built `article` as a person would in a terminal: its standard
 * streams are a pseudo-terminal of `cols` x `rows`, and everything it writes
 * goes through a headless xterm.js, whose buffer is then read back as text.
 * The environment is controlled: no CI, no NO_COLOR or FORCE_COLOR unless given,
 * and no pager (ARTICLE_PAGER is empty) unless given, so that the whole output
 * is printed; the pager's own tests drive it with runSession.
 */
export async function runInTerminal(
  args: readonly string[],
  options: TerminalOptions = {},
): Promise<TerminalResult> {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const stateHome = freshStateHome();
  const env = {
    ...testEnvironment(),
    TERM: 'xterm-256color',
    ARTICLE_PAGER: '',
    XDG_STATE_HOME: stateHome,
    ...options.env,
  };
  const child = new PseudoTerminal(process.execPath, [articleBin, ...args], {
    cols,
    rows,
    scrollback: 5000,
    cwd: root,
    env,
  });
  // Output is parsed on later turns: handlers added now see all of it.
  options.watch?.(child.term);
  const exitCode = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.dispose();
      reject(
        new Error(`article ${args.join(' ')} did not exit within ${options.timeout ?? 20_000} ms`),
      );
    }, options.timeout ?? 20_000);
    child.exited.then(({ exitCode }) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  await child.settle();
  const { term, output: raw } = child;
  const buffer = term.buffer.active;
  const screen: string[] = [];
  const logical: string[] = [];
  for (let i = 0; i < buffer.length; i++) {
    const line = buffer.getLine(i);
    if (!line) continue;
    screen.push(line.translateToString(true));
    // A soft-wrapped row continues the one above, which was full: join them untrimmed.
    const row = line.translateToString(false);
    if (line.isWrapped && logical.length > 0) logical.push(`${logical.pop()}${row}`);
    else logical.push(row);
  }
  const lines = logical.map((text) => text.trimEnd());
  child.dispose();
  rmSync(stateHome, { recursive: true, force: true });
  while (screen.length > 0 && screen.at(-1) === '') screen.pop();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return { screen, lines, raw, exitCode };
}
