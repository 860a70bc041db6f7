import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { articleBin, root, testCacheHome } from './run.ts';

/** GNU time, for the peak resident memory of a whole process; absent on some machines. */
export const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export interface MeasuredRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Standard output, or '' when it went to /dev/null. */
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit. */
  readonly ms: number;
  /** Peak resident set size in MB, when /usr/bin/time is there to measure it. */
  readonly peakMb: number | undefined;
}

/**
 * Runs the built `article` as runArticle does (same environment, standard
 * input empty), but asynchronously, so that the test's own timeout still
 * works, under /usr/bin/time when it exists, and with standard output either
 * collected or sent to /dev/null (a real file descriptor, as `> /dev/null`
 * gives). A run that outlives `timeout` is killed with its process group
 * (time and node) and reported as an error.
 */
export async function runMeasured(
  args: readonly string[],
  options: { stdout?: 'collect' | 'null'; timeout: number },
): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), 'article-measure-'));
  const timeFile = join(dir, 'rss');
  const command = gnuTime ?? process.execPath;
  const commandArgs = gnuTime
    ? ['-o', timeFile, '-f', '%M', process.execPath, articleBin, ...args]
    : [articleBin, ...args];
  const devNull = options.stdout === 'null' ? openSync('/dev/null', 'w') : undefined;
  const started = performance.now();
  try {
    const child = spawn(command, commandArgs, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        XDG_CACHE_HOME: testCacheHome,
        LANG: 'C.UTF-8',
      },
      stdio: ['ignore', devNull ?? 'pipe', 'pipe'],
      // Its own process group, so that a timeout can end time and node together.
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    const { status, signal } = await new Promise<{
      status: number | null;
      signal: NodeJS.Signals | null;
    }>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
        reject(new Error(`article ${args.join(' ')} did not finish within ${options.timeout} ms`));
      }, options.timeout);
      child.on('error', reject);
      child.on('close', (status, signal) => {
        clearTimeout(timer);
        resolve({ status, signal });
      });
    });
    const ms = performance.now() - started;
    let peakMb: number | undefined;
    if (gnuTime) {
      // The last line is the number; a killed command adds a line before it.
      const kilobytes = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
      peakMb = Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
    }
    return {
      status,
      signal,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      ms,
      peakMb,
    };
  } finally {
    if (devNull !== undefined) closeSync(devNull);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A finished run that said nothing on standard error: status 0, no message, no stack trace. */
export function expectClean(result: {
  status: number | null;
  stderr: string;
  signal?: NodeJS.Signals | null;
}): void {
  expect(result.stderr).toBe('');
  expect(result.signal ?? null).toBe(null);
  expect(result.status).toBe(0);
}

/**
 * An error as article promises it: exactly one line on standard error,
 * starting `article:`, the given exit status, and no stack trace.
 */
export function expectOneLineError(
  result: { status: number | null; stderr: string },
  status: number,
  pattern?: RegExp,
): void {
  expect(result.stderr).toMatch(/^article: [^\n]*\n$/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  if (pattern) expect(result.stderr).toMatch(pattern);
  expect(result.status).toBe(status);
}
