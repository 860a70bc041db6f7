import { existsSync } from 'node:fs';
import { parseCommandLine } from './cli/command-line.ts';
import { readConfig, withConfig } from './cli/config.ts';
import { completeSections, run } from './cli/run.ts';
import { ArticleError, describeFailure, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { standardOutput } from './output/stdout.ts';
import { writeOutput } from './output/write.ts';
import { showControlsInLine } from './render/controls.ts';
import { NoSuchSection } from './select/select.ts';

/** Runs `article` with these arguments and returns its exit status: the one place that decides it. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    if (argv[0] === 'completion') return await completion(argv.slice(1), io);
    const parsed = parseCommandLine(argv);
    if ('information' in parsed) {
      await writeOutput(io.stdout, [parsed.information]);
      return 0;
    }
    return await run(withConfig(parsed, readConfig(io.env), io.env), io);
  } catch (error) {
    // Messages quote file names and arguments: their control characters are shown, not sent, and
    // a newline in them does not break the message in two.
    io.stderr.write(`article: ${showControlsInLine(messageFor(error))}\n`);
    return error instanceof ArticleError ? error.exitCode : 1;
  }
}

/**
 * `article completion bash|zsh|fish` prints a completion script;
 * `article completion sections [file] [word]`, which the scripts call, the
 * section numbers and ids of the bundled article or of the file (after a `/`
 * in the word, the paths to the subsections of the section before it).
 */
async function completion(args: readonly string[], io: Io): Promise<number> {
  const [what, file, word] = args;
  if (what === 'sections') return await completeSections(file || undefined, word, io);
  const { buildProgram, shellNames } = await import('./cli/command-line.ts');
  if (args.length !== 1 || what === undefined) {
    throw new UsageError(`completion takes one shell: ${shellNames}`);
  }
  const { completionScript } = await import('./cli/completion/script.ts');
  await writeOutput(io.stdout, [completionScript(what, buildProgram())]);
  return 0;
}

function messageFor(error: unknown): string {
  // A file named where a section was meant: say how to read it.
  if (error instanceof NoSuchSection && existsSync(error.reference)) {
    return `no section '${error.reference}'; to read a file, use --file ${error.reference}`;
  }
  if (error instanceof UsageError) return `${error.message} (see 'article --help')`;
  if (error instanceof ArticleError) return error.message;
  return `unexpected error: ${describeFailure(error)}`;
}

/**
 * Starts the program on the real process. The exit status is set, never
 * forced, so piped output is not cut; a write to standard output that fails
 * after main has returned (reported on a later turn) makes it 1.
 */
export async function start(): Promise<void> {
  let failedLate = false;
  const stdout = standardOutput(() => {
    failedLate = true;
    process.exitCode = 1;
  });
  const status = await main(process.argv.slice(2), {
    stdout,
    // Standard error and input are made on first use: each loads Node's stream modules.
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  });
  process.exitCode = failedLate && status === 0 ? 1 : status;
}
