import { existsSync } from 'node:fs';
import { parseCommandLine, type Request } from './cli/command-line.ts';
import { readConfig, withConfig } from './cli/config.ts';
import type { Environment } from './cli/display.ts';
import { display, readDocument, renderRequest, sourceRequest } from './cli/run.ts';
import { openDocument, parseDocument } from './document/document.ts';
import { ArticleError, describeFailure, UsageError } from './errors.ts';
import { canRun, measureHeight, pagerCommand, runPager } from './output/pager.ts';
import { standardOutput } from './output/stdout.ts';
import { type OutputStream, writeOutput } from './output/write.ts';
import { showControlsInLine } from './render/controls.ts';
import { NoSuchSection } from './select/select.ts';
import { readSource } from './source/source.ts';

/** The process around the program, injectable so that tests can run it in process. */
export interface Io {
  readonly stdout: OutputStream & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: Environment;
}

/** Runs `article` with these arguments and returns its exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    if (argv[0] === 'completion') return await completion(argv.slice(1), io);
    const parsed = parseCommandLine(argv);
    if ('information' in parsed) {
      await writeOutput(io.stdout, [parsed.information]);
      return 0;
    }
    const request = withConfig(parsed, readConfig(io.env), io.env);
    if (request.interactive) return await interactive(request, io);
    const pieces = await renderRequest(request, io);
    return await deliver(pieces, request, io);
  } catch (error) {
    // Messages quote file names and arguments: their control characters are shown, not sent, and
    // a newline in them does not break the message in two.
    io.stderr.write(`article: ${showControlsInLine(messageFor(error, argv))}\n`);
    return error instanceof ArticleError ? error.exitCode : 1;
  }
}

/**
 * `article completion bash|zsh|fish` prints a completion script;
 * `article completion sections [file]`, which the scripts call, the section
 * numbers and ids of the bundled article or of the file.
 */
async function completion(args: readonly string[], io: Io): Promise<number> {
  const [what, file] = args;
  if (what === 'sections') {
    const source = await readSource(sourceRequest(file || undefined, io));
    const { sections } = parseDocument(openDocument(source));
    await writeOutput(io.stdout, [
      sections.map((section) => `${section.number}\n${section.id}\n`).join(''),
    ]);
    return 0;
  }
  const { buildProgram, shellNames } = await import('./cli/command-line.ts');
  if (args.length !== 1 || what === undefined) {
    throw new UsageError(`completion takes one shell: ${shellNames}`);
  }
  const { completionScript } = await import('./cli/completion/script.ts');
  await writeOutput(io.stdout, [completionScript(what, buildProgram())]);
  return 0;
}

async function interactive(request: Request, io: Io): Promise<number> {
  const { runInteractive } = await import('./reader/terminal.ts');
  const { document, chosen } = await readDocument(request, io);
  const options = {
    ...display(request, io),
    // The reader cuts lines at the screen's edge, which would cut hyperlink sequences apart.
    hyperlinks: false,
    width: request.width,
    notice: request.notice,
    start: chosen[0],
  };
  return runInteractive(document, options, io);
}

/**
 * Output goes to standard output, or through a pager when it is a terminal
 * and the text is taller than the screen (or --pager says so); never in CI.
 */
async function deliver(pieces: Iterable<string>, request: Request, io: Io): Promise<number> {
  const choice = request.pager;
  const command = pagerCommand(io.env, request.pagerCommand);
  const terminal = io.stdout.isTTY === true && !io.env.CI;
  if (!terminal || choice === false || !command || !canRun(command, io.env)) {
    await writeOutput(io.stdout, pieces);
    return 0;
  }
  const { fits, rest } = choice
    ? { fits: false, rest: pieces }
    : measureHeight(pieces, { rows: io.stdout.rows ?? 24, columns: io.stdout.columns });
  // A pager that cannot be started (a broken #! line, say) takes nothing: the text is printed.
  const status = fits ? undefined : await runPager(command, rest, io.env, { forced: choice });
  if (status !== undefined) return status;
  await writeOutput(io.stdout, rest);
  return 0;
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
  process.exitCode = await main(process.argv.slice(2), {
    stdout: standardOutput(),
    // Standard error and input are made on first use: each loads Node's stream modules (a few ms).
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  });
}
