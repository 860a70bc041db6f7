import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const articleBin = fileURLToPath(new URL('../../bin/article.cjs', import.meta.url));
/** The tests' own code cache folder, so that they never write into the user's. */
export const testCacheHome = join(tmpdir(), 'article-reader-test-cache');

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/**
 * The environment every test runs article in: no colour variables, no CI, no
 * pager settings, and cache and configuration folders of the tests' own (no
 * configuration of the user's: a test that wants one writes its own).
 */
export function testEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    XDG_CACHE_HOME: testCacheHome,
    XDG_CONFIG_HOME: join(testCacheHome, 'no-config'),
    // The reader's history: sessions in a terminal each have one of their own (freshStateHome).
    XDG_STATE_HOME: join(testCacheHome, 'state'),
    LANG: 'C.UTF-8',
  };
}

/**
 * Runs the built `article` as a user would in a pipe: stdout and stderr are
 * pipes, the environment is controlled (no colour variables, no CI), and
 * standard input is whatever `input` says (empty by default).
 */
export function runArticle(
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): RunResult {
  const env = testEnvironment();
  const result = spawnSync(process.execPath, [articleBin, ...args], {
    input: options.input ?? '',
    env: { ...env, ...options.env },
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * runArticle without blocking: for tests whose server runs in the test's own
 * process (test/helpers/web-site.ts), which spawnSync would stop from answering.
 */
export function runArticleAsync(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; bin?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? articleBin, ...args], {
      env: { ...testEnvironment(), ...options.env },
      cwd: options.cwd ?? root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
  });
}

/**
 * A new, empty folder for the reader's history ($XDG_STATE_HOME), so that no
 * session resumes where another left off; the caller removes it.
 */
export function freshStateHome(): string {
  return mkdtempSync(join(tmpdir(), 'article-state-'));
}
