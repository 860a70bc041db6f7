import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Environment } from '../io.ts';
import { childProcess } from '../libraries.ts';
import { cellWidth } from '../render/wrap.ts';

/** Characters that make a command a shell command line rather than a program and its arguments. */
const shellSyntax = /[|&;<>()$`\\"'*?[#~=%]/;
/** `NAME=value` before a command, which the shell takes as the command's environment. */
const assignment = /^[A-Za-z_][A-Za-z0-9_]*=\S*$/;

/**
 * The pager to run, as git picks it: $ARTICLE_PAGER, else the configured one,
 * else $PAGER, else less. Empty or `cat` means none.
 */
export function pagerCommand(env: Environment, configured?: string): string | undefined {
  const command = (env.ARTICLE_PAGER ?? configured ?? env.PAGER ?? 'less').trim();
  return command === '' || command === 'cat' ? undefined : command;
}

/**
 * Whether the program of a pager command can be run, looked up as it will be
 * run: a plain command directly (its first word), a shell command line by
 * the shell (its first word after any `NAME=value`). A shell command whose
 * program is not a plain word (quoted, a variable…) is left to the shell.
 */
export function canRun(command: string, env: Environment): boolean {
  const words = command.trim().split(/\s+/);
  const program = shellSyntax.test(command)
    ? words.find((word) => !assignment.test(word))
    : words[0];
  if (program === undefined) return false;
  if (shellSyntax.test(program)) return true;
  const candidates = program.includes('/')
    ? [program]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((folder) => join(folder, program));
  return candidates.some((path) => {
    try {
      // A folder is searchable (X_OK) but not a program.
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * Pipes the output through the pager and returns its exit status, or
 * undefined when the pager could not be started (a broken `#!` line, say):
 * then not one text has been taken, and the caller prints them itself. A
 * reader who quits early closes the pipe: the rest is not written, and that
 * is no error. While the pager runs, Ctrl-C belongs to it (less uses it to
 * stop a search), so article ignores SIGINT, as git does.
 *
 * `forced` (--pager) leaves F out of the default LESS: less would otherwise
 * quit at once on text that fits the screen, and paging would do nothing.
 */
export async function runPager(
  command: string,
  output: Iterable<string>,
  env: Environment,
  { forced = false } = {},
): Promise<number | undefined> {
  const options = {
    stdio: ['pipe', 'inherit', 'inherit'] as ['pipe', 'inherit', 'inherit'],
    // less: quit when the text fits one screen, pass colours through, leave the text on the screen.
    env: { ...env, LESS: env.LESS ?? (forced ? 'RX' : 'FRX'), LV: env.LV ?? '-c' },
  };
  const { spawn } = childProcess();
  // A command without shell syntax runs directly, as git runs it: a shell in between would
  // die of the Ctrl-C meant for the pager, and its end be taken for the pager's.
  const start = () => {
    if (shellSyntax.test(command)) return spawn(command, { ...options, shell: true });
    const [program = command, ...args] = command.trim().split(/\s+/);
    return spawn(program, args, options);
  };
  let child: ReturnType<typeof start>;
  try {
    child = start();
  } catch {
    return undefined;
  }
  const exited = new Promise<number>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? 128 + signalNumber(signal)));
  });
  let closed = false;
  child.stdin.on('error', () => {
    closed = true;
  });
  child.stdin.on('close', () => {
    closed = true;
  });
  // Nothing is written before the pager has started: a pager that cannot start loses no text.
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) return undefined;
  // An error after the start (a failed kill, say) ends nothing by itself: its close gives the status.
  child.on('error', () => {});
  const ignoreInterrupt = () => {};
  process.on('SIGINT', ignoreInterrupt);
  try {
    for (const text of output) {
      if (closed) break;
      if (!child.stdin.write(text)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            child.stdin.removeListener('drain', done);
            child.stdin.removeListener('close', done);
            resolve();
          };
          child.stdin.on('drain', done);
          child.stdin.on('close', done);
        });
      }
    }
    child.stdin.end();
    return await exited;
  } finally {
    process.removeListener('SIGINT', ignoreInterrupt);
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGPIPE: 13,
    SIGTERM: 15,
  };
  return (signal && numbers[signal]) ?? 1;
}

/** The screen the text is measured against. */
export interface Screen {
  readonly rows: number;
  /** Undefined or 0 when unknown: then every line counts as one row. */
  readonly columns?: number | undefined;
}

/**
 * Holds back the first texts of the output until they make more rows than the screen, so
 * that the pager is started only for text that does not fit; `rest` then
 * yields everything, the held texts first. Rows are counted as the terminal
 * shows them: a line wider than the screen (with `-w 0`, say) takes a row for
 * each screen width it fills, wide characters counting two cells and escape
 * sequences none.
 */
export function measureHeight(
  output: Iterable<string>,
  screen: Screen,
): { fits: boolean; rest: Iterable<string> } {
  const columns = screen.columns && screen.columns > 0 ? screen.columns : Infinity;
  const rowsOf = (cells: number) => Math.max(1, Math.ceil(cells / columns));
  const iterator = output[Symbol.iterator]();
  const held: string[] = [];
  let rows = 0;
  // Cells of the line not ended yet: a text may end in the middle of a line.
  let open = 0;
  let fits = true;
  while (fits) {
    const next = iterator.next();
    if (next.done) break;
    held.push(next.value);
    const lines = next.value.split('\n');
    for (const [at, line] of lines.entries()) {
      open += cellWidth(line);
      if (at === lines.length - 1) break;
      rows += rowsOf(open);
      open = 0;
      if (rows >= screen.rows) {
        fits = false;
        break;
      }
    }
  }
  // A last line without a newline shows too.
  if (fits && open > 0 && rows + rowsOf(open) >= screen.rows) fits = false;
  function* rest(): Generator<string> {
    yield* held;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  }
  return { fits, rest: rest() };
}
