import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    // code-cache-<node>-<arch>-<file>-<install>-<size>-<time>.bin
    const files = readdirSync(join(cacheHome, 'article-reader')).map((file) =>
      file.split('-').slice(4, -3).join('-'),
    );
    // The showcase has entities and East Asian text; in colour its JavaScript would load highlight.
    expect(files.sort()).toEqual(['article', 'css-line-break', 'entities', 'marked']);
    expect(runArticle(args, { env: { XDG_CACHE_HOME: cacheHome } })).toEqual(cold);
    expect(cold.stdout).toBe(runArticle(args).stdout);
    rmSync(cacheHome, { recursive: true, force: true });
  });

  it('replaces the caches of earlier builds of the same install, keeping other installs and Nodes', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'article-cache-'));
    const folder = join(cacheHome, 'article-reader');
    runArticle(['--list'], { env: { XDG_CACHE_HOME: cacheHome } });
    const [current = ''] = readdirSync(folder);
    // code-cache-<node>-<arch>-article-<install>-<size>-<time>.bin
    const parts = current.split('-');
    const named = (change: Record<number, string>) =>
      parts.map((part, index) => change[index] ?? part).join('-');
    const earlier = named({ [parts.length - 2]: '1234', [parts.length - 1]: '5678.bin' });
    const otherInstall = named({ [parts.length - 3]: '00000000' });
    const otherNode = named({ 2: 'v1.2.3' });
    for (const file of [earlier, otherInstall, otherNode]) writeFileSync(join(folder, file), 'x');
    // A cache V8 rejects is written again, as after an upgrade.
    writeFileSync(join(folder, current), 'not a cache');
    runArticle(['--list'], { env: { XDG_CACHE_HOME: cacheHome } });
    expect(readdirSync(folder).sort()).toEqual([current, otherInstall, otherNode].sort());
    rmSync(cacheHome, { recursive: true, force: true });
  });

  it('is skipped silently when the cache folder cannot be written', () => {
    // /dev/null is a file: no folder can be made under it, even by root.
    const unwritable = runArticle(['--list'], { env: { XDG_CACHE_HOME: '/dev/null' } });
    expect(unwritable).toEqual(runArticle(['--list']));
    expect(unwritable.stderr).toBe('');
  });
});
