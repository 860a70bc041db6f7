import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run.ts';

describe('the code cache', () => {
  it('is written on the first run and gives the same output when used', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'article-cache-'));
    const cold = runArticle(['--list'], { env: { XDG_CACHE_HOME: cacheHome } });
    const files = readdirSync(join(cacheHome, 'article-reader'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^code-cache-v\d+\.\d+\.\d+-/);
    const warm = runArticle(['--list'], { env: { XDG_CACHE_HOME: cacheHome } });
    expect(warm).toEqual(cold);
    expect(runArticle([], { env: { XDG_CACHE_HOME: cacheHome } }).stdout).toBe(
      runArticle([]).stdout,
    );
    rmSync(cacheHome, { recursive: true, force: true });
  });

  it('holds the libraries bundled apart too, when a document needs them', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'article-cache-'));
    const args = ['-f', 'test/fixtures/showcase.md', '--plain'];
    const cold = runArticle(args, { env: { XDG_CACHE_HOME: cacheHome } });
    // code-cache-<node>-<arch>-<file>-<size>-<time>.bin
    const files = readdirSync(join(cacheHome, 'article-reader')).map((file) =>
      file.split('-').slice(4, -2).join('-'),
    );
    // The showcase has entities and East Asian text; in colour its JavaScript would load highlight.
    expect(files.sort()).toEqual(['article', 'css-line-break', 'entities', 'marked']);
    expect(runArticle(args, { env: { XDG_CACHE_HOME: cacheHome } })).toEqual(cold);
    expect(cold.stdout).toBe(runArticle(args).stdout);
    rmSync(cacheHome, { recursive: true, force: true });
  });

  it('replaces the caches of earlier builds of the same file, and keeps those of other Node versions', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'article-cache-'));
    const folder = join(cacheHome, 'article-reader');
    mkdirSync(folder);
    const earlier = `code-cache-${process.version}-${process.arch}-article-1234-5678.bin`;
    const otherNode = `code-cache-v1.2.3-${process.arch}-article-1234-5678.bin`;
    const otherFile = `code-cache-${process.version}-${process.arch}-marked-1234-5678.bin`;
    for (const file of [earlier, otherNode, otherFile]) writeFileSync(join(folder, file), 'x');
    runArticle(['--list'], { env: { XDG_CACHE_HOME: cacheHome } });
    const files = readdirSync(folder);
    expect(files).not.toContain(earlier);
    expect(files).toContain(otherNode);
    expect(files).toContain(otherFile);
    expect(files.filter((file) => file.includes('-article-'))).toHaveLength(2);
    rmSync(cacheHome, { recursive: true, force: true });
  });

  it('is skipped silently when the cache folder cannot be written', () => {
    // /dev/null is a file: no folder can be made under it, even by root.
    const unwritable = runArticle(['--list'], { env: { XDG_CACHE_HOME: '/dev/null' } });
    expect(unwritable).toEqual(runArticle(['--list']));
    expect(unwritable.stderr).toBe('');
  });
});
