import type { spawn as Spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Environment } from './terminal.ts';

/**
 * The pager to run, as git picks it: $ARTICLE_PAGER, else the configured one,
 * else $PAGER, else less. Empty or `cat` means none.
 */
export function pagerCommand(env: Environment, configured?: string): string | undefined {
  const command = (env.ARTICLE_PAGER ?? configured ?? env.PAGER ?? 'less').trim();
  return command === '' || command === 'cat' ? undefined : command;
}

/** Whether the first word of a shell command names a program that can be run. */
export function canRun(command: string, env: Environment): boolean {
  const program = command.split(/\s+/)[0] ?? '';
  const candidates = program.includes('/')
    ? [program]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((folder) => join(folder, program));
  return candidates.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Pipes the pieces through the pager and returns its exit status. A reader
 * who quits early closes the pipe: the rest is not written, and that is no
 * error. While the pager runs, Ctrl-C belongs to it (less uses it to stop a
 * search), so article ignores SIGINT, as git does.
 */
export async function runPager(
  command: string,
  pieces: Iterable<string>,
  env: Environment,
): Promise<number> {
  const options = {
    stdio: ['pipe', 'inherit', 'inherit'] as ['pipe', 'inherit', 'inherit'],
    // less: quit when the text fits one screen, pass colours through, leave the text on the screen.
    env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' },
  };
  // A command without shell syntax runs directly, as git runs it: a shell in between would
  // die of the Ctrl-C meant for the pager, and its end be taken for the pager's.
  const words = /[|&;<>()$`\\"'*?[#~=%]/.test(command) ? undefined : command.split(/\s+/);
  // Required here: child_process (with net and streams) is 3 ms of start-up that only paging needs.
  const { spawn } = require('node:child_process') as { spawn: typeof Spawn };
  const child = words
    ? spawn(words[0] ?? command, words.slice(1), options)
    : spawn(command, { ...options, shell: true });
  const ignoreInterrupt = () => {};
  process.on('SIGINT', ignoreInterrupt);
  const exited = new Promise<number>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? 128 + signalNumber(signal)));
    child.on('error', () => resolve(1));
  });
  let closed = false;
  child.stdin.on('error', () => {
    closed = true;
  });
  child.stdin.on('close', () => {
    closed = true;
  });
  try {
    for (const piece of pieces) {
      if (closed) break;
      if (!child.stdin.write(piece)) {
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

/**
 * Holds back the first pieces until they make more lines than the screen, so
 * that the pager is started only for text that does not fit; `rest` then
 * yields everything, the held pieces first.
 */
export function measureHeight(
  pieces: Iterable<string>,
  rows: number,
): { fits: boolean; rest: Iterable<string> } {
  const iterator = pieces[Symbol.iterator]();
  const held: string[] = [];
  let lines = 0;
  let fits = true;
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    held.push(next.value);
    lines += next.value.split('\n').length - 1;
    if (lines >= rows) {
      fits = false;
      break;
    }
  }
  function* rest(): Generator<string> {
    yield* held;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  }
  return { fits, rest: rest() };
}
