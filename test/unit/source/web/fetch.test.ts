import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../../package.json' with { type: 'json' };
import { ArticleError } from '../../../../src/errors.ts';
import type { Environment } from '../../../../src/io.ts';
import {
  type FetchProgress,
  fetchPage,
  type WebReading,
} from '../../../../src/source/web/fetch.ts';
import { temporaryFolder } from '../../../helpers/temporary-folder.ts';
import { articlePage, russian, startTestSite, type TestSite } from '../../../helpers/web-site.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());
const temp = temporaryFolder('fetch');
let caches = 0;

/** A reading with a cache folder of its own, unless the environment gives one. */
function reading(options: Partial<WebReading> & { env?: Environment } = {}): WebReading {
  caches++;
  return {
    timeout: 10,
    refresh: false,
    ...options,
    env: { XDG_CACHE_HOME: join(temp.path, `cache-${caches}`), ...options.env },
  };
}

const fetch = (path: string, options?: Parameters<typeof reading>[0]) =>
  fetchPage(`${site.http}${path}`, undefined, reading(options));

describe('fetchPage', () => {
  it('reads a page as HTML, named by its address, and says who asks', async () => {
    const page = await fetch('/article');
    expect(page).toMatchObject({ name: `${site.http}/article`, format: 'html' });
    expect(page.address).toBe(`${site.http}/article`);
    expect(page.text).toBe(articlePage.toString('utf8'));
    const headers = site.headers.at(-1);
    expect(headers?.['user-agent']).toMatch(
      new RegExp(`^article-reader/${packageJson.version.replaceAll('.', '\\.')} `),
    );
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers?.cookie).toBeUndefined();
  });

  it('reads Markdown by its type, and a raw .md sent as text/plain', async () => {
    expect((await fetch('/story')).format).toBe('markdown');
    const raw = await fetch('/raw/README.md');
    expect(raw).toMatchObject({ format: 'markdown' });
    expect(raw.text.startsWith('# Owls\n')).toBe(true);
  });

  it('lets --from force a format', async () => {
    const forced = await fetchPage(`${site.http}/story`, 'html', reading());
    expect(forced.format).toBe('html');
  });

  it('follows redirects, and resolves links against the address that answered', async () => {
    const page = await fetch('/chain/3');
    expect(page.name).toBe(`${site.http}/chain/3`);
    expect(page.address).toBe(`${site.http}/article`);
    expect(page.text).toBe(articlePage.toString('utf8'));
  });

  it('decodes gzip, and a page in the charset of its header', async () => {
    expect((await fetch('/gzip')).text).toBe(articlePage.toString('utf8'));
    expect((await fetch('/cp1251')).text).toContain(russian.text);
    expect((await fetch('/cp1251-meta')).text).toContain(russian.text);
  });

  it('tells its progress: the host, and the bytes so far', async () => {
    const told: FetchProgress[] = [];
    await fetch('/slow', { onProgress: (progress) => told.push(progress) });
    const host = new URL(site.http).host;
    expect(told[0]).toEqual({ host, bytes: 0 });
    expect(told.at(-1)).toEqual({ host, bytes: articlePage.length });
    expect(told.length).toBeGreaterThan(3);
  });

  it('refuses what is not an article, with one message each', async () => {
    const cases: [string, string][] = [
      ['/missing', `${site.http}/missing answered 404 Not Found`],
      ['/broken', `${site.http}/broken answered 500 Internal Server Error`],
      ['/doc.pdf', `${site.http}/doc.pdf: not an article: application/pdf`],
      ['/empty', `${site.http}/empty: an empty page, no text to read`],
      // The cache says so of an empty page it would keep; this one it may not keep.
      ['/empty-uncacheable', `${site.http}/empty-uncacheable: an empty page, no text to read`],
      ['/to-file', 'redirected to file:///etc/passwd; only http and https addresses are followed'],
      ['/loop', `${site.http}/loop: more than 10 redirects`],
      ['/bomb', `${site.http}/bomb: larger than 50 MB once decompressed, too large to read`],
      ['/binary', `${site.http}/binary: binary file (contains NUL bytes), not Markdown`],
    ];
    for (const [path, message] of cases) {
      const attempt = fetch(path);
      await expect(attempt).rejects.toThrow(ArticleError);
      await expect(attempt).rejects.toThrow(message);
    }
  });

  it('gives up when the time runs out, the body included', async () => {
    await expect(fetch('/endless', { timeout: 0.5 })).rejects.toThrow(
      `${site.http}/endless: no answer within 0.5 s`,
    );
    await expect(fetch('/silent', { timeout: 0.5 })).rejects.toThrow(/no answer within 0\.5 s/);
  });

  it('takes a time longer than a timer can hold as no limit', async () => {
    expect((await fetch('/story', { timeout: 1e10 })).format).toBe('markdown');
  });

  it('says a connection was refused', async () => {
    await expect(fetchPage('http://127.0.0.1:1/', undefined, reading())).rejects.toThrow(
      'http://127.0.0.1:1/: connection refused',
    );
  });

  it('refuses a self-signed certificate', async () => {
    await expect(fetchPage(`${site.https}/article`, undefined, reading())).rejects.toThrow(
      `${site.https}/article: certificate error: a self-signed certificate`,
    );
  });
});

describe('fetching through a proxy', () => {
  it('goes through http_proxy, and around it for a host NO_PROXY names', async () => {
    const before = site.proxied.length;
    const page = await fetch('/story', { env: { http_proxy: site.proxy } });
    expect(page.format).toBe('markdown');
    expect(site.proxied.slice(before)).toEqual([`${site.http}/story`]);
    await fetch('/story', { env: { http_proxy: site.proxy, NO_PROXY: 'localhost,127.0.0.1' } });
    expect(site.proxied.slice(before)).toHaveLength(1);
  });

  it('reads the proxy from the environment it is given, not from the process', async () => {
    process.env.http_proxy = 'http://127.0.0.1:1';
    try {
      expect((await fetch('/story')).format).toBe('markdown');
    } finally {
      delete process.env.http_proxy;
    }
  });
});

describe('the cache', () => {
  it('answers a fresh page itself, and revalidates a stale one (304)', async () => {
    const env = { XDG_CACHE_HOME: join(temp.path, 'shared-cache') };
    for (let run = 0; run < 3; run++) await fetch('/fresh', { env });
    expect(site.count('/fresh')).toBe(1);
    const first = await fetch('/revalidated', { env });
    const second = await fetch('/revalidated', { env });
    expect(second.text).toBe(first.text);
    expect(site.requests.filter((line) => line.includes('/revalidated'))).toEqual([
      'GET /revalidated',
      'GET /revalidated (if-none-match)',
    ]);
  });

  it('is skipped by --refresh, which fetches anew and stores the answer', async () => {
    const env = { XDG_CACHE_HOME: join(temp.path, 'refreshed-cache') };
    const before = site.count('/fresh');
    await fetch('/fresh', { env });
    await fetch('/fresh', { env, refresh: true });
    await fetch('/fresh', { env });
    expect(site.count('/fresh') - before).toBe(2);
  });

  it('does not stop the reading when it cannot be written', async () => {
    const file = temp.write('not-a-folder', '');
    const page = await fetch('/story', { env: { XDG_CACHE_HOME: file } });
    expect(page.format).toBe('markdown');
    writeFileSync(file, '');
  });

  it('keeps nothing a page forbids it to keep', async () => {
    const env = { XDG_CACHE_HOME: join(temp.path, 'no-store-cache') };
    const before = site.count('/uncacheable');
    await fetch('/uncacheable', { env });
    await fetch('/uncacheable', { env });
    expect(site.count('/uncacheable') - before).toBe(2);
  });
});
