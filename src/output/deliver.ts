import type { Io } from '../io.ts';
import { canRun, measureHeight, pagerCommand, runPager } from './pager.ts';
import { writeOutput } from './write.ts';

export interface Delivery {
  /** true pages whatever the height (--pager), false never (--no-pager), undefined when taller than the screen. */
  readonly pager: boolean | undefined;
  /** The configured pager command, used when ARTICLE_PAGER is unset. */
  readonly pagerCommand?: string | undefined;
}

/**
 * Output goes to standard output, or through a pager when it is a terminal
 * and the text is taller than the screen (or --pager says so); never in CI.
 * Returns the exit status: the pager's, where one ran.
 */
export async function deliver(
  output: Iterable<string>,
  delivery: Delivery,
  io: Io,
): Promise<number> {
  const choice = delivery.pager;
  const command = pagerCommand(io.env, delivery.pagerCommand);
  const terminal = io.stdout.isTTY === true && !io.env.CI;
  if (!terminal || choice === false || !command || !canRun(command, io.env)) {
    await writeOutput(io.stdout, output);
    return 0;
  }
  const { fits, rest } = choice
    ? { fits: false, rest: output }
    : measureHeight(output, { rows: io.stdout.rows ?? 24, columns: io.stdout.columns });
  // A pager that cannot be started (a broken #! line, say) takes nothing: the text is printed.
  const status = fits ? undefined : await runPager(command, rest, io.env, { forced: choice });
  if (status !== undefined) return status;
  await writeOutput(io.stdout, rest);
  return 0;
}
