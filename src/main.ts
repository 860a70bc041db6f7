import { existsSync } from 'node:fs';
import { parseCommandLine } from './cli.ts';
import { ArticleError, describeFailure, UsageError } from './errors.ts';
import { type OutputStream, writeOutput } from './output.ts';
import { renderRequest } from './print.ts';
import { NoSuchSection } from './select.ts';
import type { Environment } from './terminal.ts';

/** The process around the program, injectable so that tests can run it in process. */
export interface Io {
  readonly stdout: OutputStream & { isTTY?: boolean; columns?: number };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: Environment;
}

/** Runs `article` with these arguments and returns its exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const request = parseCommandLine(argv);
    if ('information' in request) {
      await writeOutput(io.stdout, [request.information]);
      return 0;
    }
    await writeOutput(io.stdout, await renderRequest(request, io));
    return 0;
  } catch (error) {
    io.stderr.write(`article: ${messageFor(error, argv)}\n`);
    return error instanceof ArticleError ? error.exitCode : 1;
  }
}

function messageFor(error: unknown, argv: readonly string[]): string {
  if (error instanceof NoSuchSection) {
    const path = argv.find((argument) => error.message.startsWith(`no section '${argument}'`));
    if (path && existsSync(path)) return `no section '${path}'; to read a file, use --file ${path}`;
  }
  if (error instanceof UsageError) return `${error.message} (see 'article --help')`;
  if (error instanceof ArticleError) return error.message;
  return `unexpected error: ${describeFailure(error)}`;
}

/** Starts the program on the real process; the exit status is set, never forced, so piped output is not cut. */
export async function start(): Promise<void> {
  // A reader that closes the pipe early is a normal end; without a listener Node would throw.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exitCode = 1;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
}
